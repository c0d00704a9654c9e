import type { Note, NoteChange } from '../model/Note.js';
import type { Command } from './Command.js';
import { UpdateNotesCommand } from './UpdateNotesCommand.js';

/** Shifts notes in time and/or pitch (drag, transpose, nudge). */
export class MoveNotesCommand extends UpdateNotesCommand {
  constructor(changes: NoteChange[], restore: NoteChange[]) {
    super(changes, restore);
  }

  static by(notes: Note[], dTick: number, dPitch: number): MoveNotesCommand {
    const changes = notes.map((n) => {
      const c: NoteChange = { id: n.id };
      if (dTick !== 0) c.start = n.start + dTick;
      if (dPitch !== 0) c.pitch = n.pitch + dPitch;
      return c;
    });
    return new MoveNotesCommand(changes, UpdateNotesCommand.restoring(notes, changes));
  }

  inverse(): Command {
    return new MoveNotesCommand(this.restore, this.changes);
  }
}
