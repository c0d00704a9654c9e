import { ResizeNotesCommand } from '../../commands/ResizeNotesCommand.js';
import type { Note } from '../../model/Note.js';
import type { NoteEdge } from '../noteAt.js';
import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/**
 * Drag a note's left or right edge. If the note is selected, every selected note changes by the
 * same amount; the grabbed edge snaps to the grid and no note gets shorter than one grid step.
 */
export class ResizeNoteGesture implements Gesture {
  private readonly notes: Note[];
  private after: Note[];

  constructor(private readonly ctx: RollContext, private readonly grabbed: Note,
    private readonly edge: Exclude<NoteEdge, null>) {
    const { view, doc } = ctx;
    if (!view.selection.has(grabbed.id)) view.select([grabbed.id]);
    this.notes = [...view.selection].map((id) => doc.get(id)).filter((n): n is Note => !!n);
    this.after = this.notes;
  }

  move(p: RollPoint): void {
    const q = this.ctx.view.quantizer;
    const min = Math.min(q.step, ...this.notes.map((n) => n.duration));
    if (this.edge === 'end') {
      const delta = q.round(p.tick) - (this.grabbed.start + this.grabbed.duration);
      this.after = this.notes.map((n) => ({ ...n, duration: Math.max(min, n.duration + delta) }));
    } else {
      const delta = q.round(p.tick) - this.grabbed.start;
      this.after = this.notes.map((n) => {
        const start = Math.max(0, Math.min(n.start + delta, n.start + n.duration - min));
        return { ...n, start, duration: n.duration + n.start - start };
      });
    }
    this.ctx.view.preview = new Map(this.after.map((n) => [n.id, n]));
    this.ctx.view.changed();
  }

  up(): void {
    const { view, bus } = this.ctx;
    view.preview = new Map();
    const command = ResizeNotesCommand.between(this.notes, this.after);
    if (command.changes.length > 0) bus.execute(command);
    view.changed();
  }
}
