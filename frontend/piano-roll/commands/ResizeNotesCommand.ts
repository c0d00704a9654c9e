import type { Note, NoteChange } from '../model/Note.js';
import type { Command } from './Command.js';
import { UpdateNotesCommand } from './UpdateNotesCommand.js';

/** Changes where notes start and how long they last (dragging either edge). */
export class ResizeNotesCommand extends UpdateNotesCommand {
  constructor(changes: NoteChange[], restore: NoteChange[]) {
    super(changes, restore);
  }

  /** From the notes before and after a resize; only fields that differ are sent. */
  static between(before: Note[], after: Note[]): ResizeNotesCommand {
    const changes: NoteChange[] = [];
    const old: Note[] = [];
    after.forEach((n, i) => {
      const b = before[i];
      if (n.start === b.start && n.duration === b.duration) return;
      const c: NoteChange = { id: n.id };
      if (n.start !== b.start) c.start = n.start;
      if (n.duration !== b.duration) c.duration = n.duration;
      changes.push(c);
      old.push(b);
    });
    return new ResizeNotesCommand(changes, UpdateNotesCommand.restoring(old, changes));
  }

  inverse(): Command {
    return new ResizeNotesCommand(this.restore, this.changes);
  }
}
