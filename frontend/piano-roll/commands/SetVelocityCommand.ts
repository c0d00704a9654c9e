import type { Note, NoteChange } from '../model/Note.js';
import type { Command } from './Command.js';
import { UpdateNotesCommand } from './UpdateNotesCommand.js';

/** Sets the velocity of notes (a drag in the velocity lane). */
export class SetVelocityCommand extends UpdateNotesCommand {
  constructor(changes: NoteChange[], restore: NoteChange[]) {
    super(changes, restore);
  }

  /** From the notes before and after a drag; notes whose velocity did not change are left out. */
  static between(before: Note[], after: Note[]): SetVelocityCommand {
    const changed = before.filter((b, i) => after[i].velocity !== b.velocity);
    const changes = after.filter((a, i) => a.velocity !== before[i].velocity)
      .map((a) => ({ id: a.id, velocity: a.velocity }));
    return new SetVelocityCommand(changes, UpdateNotesCommand.restoring(changed, changes));
  }

  inverse(): Command {
    return new SetVelocityCommand(this.restore, this.changes);
  }
}
