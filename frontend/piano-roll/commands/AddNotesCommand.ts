import type { EditOp } from '../model/EditOp.js';
import type { Note } from '../model/Note.js';
import type { Command } from './Command.js';
import { DeleteNotesCommand } from './DeleteNotesCommand.js';

export class AddNotesCommand implements Command {
  readonly op: EditOp;

  constructor(readonly notes: Note[]) {
    this.op = { type: 'AddNotes', notes: notes.map((n) => ({ ...n })) };
  }

  inverse(): Command {
    return new DeleteNotesCommand(this.notes);
  }
}
