import { AddNotesCommand } from '../../commands/AddNotesCommand.js';
import { DEFAULT_VELOCITY, type Note } from '../../model/Note.js';
import { newId } from '../../model/newId.js';
import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/** Pencil on empty space: a click makes a note one grid step long, a drag sets its length. */
export class CreateNoteGesture implements Gesture {
  private note: Note;

  constructor(private readonly ctx: RollContext, p: RollPoint) {
    const q = ctx.view.quantizer;
    this.note = {
      id: newId(),
      trackId: ctx.view.activeTrackId,
      pitch: p.pitch,
      start: Math.max(0, q.floor(p.tick)),
      duration: q.defaultLength,
      velocity: DEFAULT_VELOCITY,
    };
    this.show();
  }

  move(p: RollPoint): void {
    const end = this.ctx.view.quantizer.ceil(p.tick);
    this.note = { ...this.note, duration: Math.max(this.ctx.view.quantizer.defaultLength, end - this.note.start) };
    this.show();
  }

  up(): void {
    const { view, bus } = this.ctx;
    view.preview.clear();
    bus.execute(new AddNotesCommand([this.note]));
    view.select([this.note.id]);
  }

  private show(): void {
    this.ctx.view.preview = new Map([[this.note.id, this.note]]);
    this.ctx.view.changed();
  }
}
