import type { EditOp } from '../model/EditOp.js';
import type { Note } from '../model/Note.js';
import { AddNotesCommand } from './AddNotesCommand.js';
import type { Command } from './Command.js';

/** Deletes notes by id; keeps the notes themselves so that undo can add them back. */
export class DeleteNotesCommand implements Command {
  readonly op: EditOp;

  constructor(readonly notes: Note[]) {
    this.op = { type: 'DeleteNotes', ids: notes.map((n) => n.id) };
  }

  inverse(): Command {
    return new AddNotesCommand(this.notes);
  }
}
