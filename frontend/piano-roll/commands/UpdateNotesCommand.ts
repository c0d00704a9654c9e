import type { EditOp } from '../model/EditOp.js';
import { type Note, type NoteChange, restoring } from '../model/Note.js';
import type { Command } from './Command.js';

/** Shared shape of commands that become one `UpdateNotes` op: the changes and what they replace. */
export abstract class UpdateNotesCommand implements Command {
  readonly op: EditOp;

  protected constructor(
    readonly changes: NoteChange[],
    readonly restore: NoteChange[],
  ) {
    this.op = { type: 'UpdateNotes', changes };
  }

  abstract inverse(): Command;

  /** The changes that undo `changes` on the notes as they are now. */
  protected static restoring(notes: Note[], changes: NoteChange[]): NoteChange[] {
    return changes.map((c, i) => restoring(notes[i], c));
  }
}
