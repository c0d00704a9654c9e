import type { RollDocument } from '../state/RollDocument.js';
import type { Command } from './Command.js';
import { UndoStack } from './UndoStack.js';

/** Runs commands: apply locally at once (local echo), remember for undo, hand to the server. */
export class CommandBus {
  private readonly history = new UndoStack();

  constructor(
    private readonly doc: RollDocument,
    private readonly send: (command: Command) => void,
  ) {}

  execute(command: Command): void {
    this.doc.apply(command.op);
    this.history.push(command);
    this.send(command);
  }

  undo(): void {
    this.run(this.history.undo());
  }

  redo(): void {
    this.run(this.history.redo());
  }

  /** Takes back, locally only, a command the server refused. */
  revert(command: Command): void {
    this.doc.apply(command.inverse().op);
    this.history.forget(command);
  }

  private run(command: Command | undefined): void {
    if (!command) return;
    this.doc.apply(command.op);
    this.send(command);
  }
}
