import type { Note, NoteChange } from '../model/Note.js';
import type { QuantizeSettings, Quantizer } from '../model/Quantizer.js';
import type { Command } from './Command.js';
import { UpdateNotesCommand } from './UpdateNotesCommand.js';

/** Pulls the start and/or length of notes to the grid; one `UpdateNotes` op for all of them. */
export class QuantizeNotesCommand extends UpdateNotesCommand {
  constructor(changes: NoteChange[], restore: NoteChange[]) {
    super(changes, restore);
  }

  static of(notes: Note[], quantizer: Quantizer, settings: QuantizeSettings): QuantizeNotesCommand {
    const moved: Note[] = [];
    const changes: NoteChange[] = [];
    for (const n of notes) {
      const change = quantizer.quantize(n, settings);
      if (!change) continue;
      moved.push(n);
      changes.push(change);
    }
    return new QuantizeNotesCommand(changes, UpdateNotesCommand.restoring(moved, changes));
  }

  inverse(): Command {
    return new QuantizeNotesCommand(this.restore, this.changes);
  }
}
