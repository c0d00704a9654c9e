import type { EditOp } from '../model/EditOp.js';
import type { RollDocument } from '../state/RollDocument.js';
import type { Command } from './Command.js';
import { stillApplicable } from './SharedUndo.js';
import { UndoStack } from './UndoStack.js';

/**
 * Runs commands: apply locally at once (local echo), remember for undo, hand to the server. The one
 * way edits reach the document, so a read-only roll refuses them here whatever input asked.
 */
export class CommandBus {
  private readonly history = new UndoStack();

  constructor(
    private readonly doc: RollDocument,
    private readonly send: (op: EditOp, command: Command) => void,
    private readonly nothingLeft: () => void = () => {},
    private readonly editable: () => boolean = () => true,
  ) {}

  execute(command: Command): void {
    if (!this.editable()) return;
    this.doc.apply(command.op);
    this.history.push(command);
    this.send(command.op, command);
  }

  /** Takes back this user's latest own edit, as a new op against the document as it is now. */
  undo(): void {
    this.run(this.history.undo());
  }

  redo(): void {
    this.run(this.history.redo());
  }

  /** Forgets a command the server refused, so undo does not try to take it back. */
  forget(command: Command): void {
    this.history.forget(command);
  }

  private run(command: Command | undefined): void {
    if (!command || !this.editable()) return;
    const op = stillApplicable(command, this.doc);
    if (!op) {
      this.nothingLeft();
      return;
    }
    this.doc.apply(op);
    this.send(op, command);
  }
}
