import { MoveNotesCommand } from '../../commands/MoveNotesCommand.js';
import type { Note } from '../../model/Note.js';
import { clampShift } from '../../model/Selection.js';
import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/**
 * Press on a note: selects it (shift / ctrl-click toggles), and dragging moves every selected
 * note, snapped in time and by semitones. The whole drag becomes one command at release.
 */
export class MoveNotesGesture implements Gesture {
  private readonly notes: Note[];
  private dTick = 0;
  private dPitch = 0;
  private readonly wasSelected: boolean;

  constructor(private readonly ctx: RollContext, private readonly grabbed: Note, private readonly from: RollPoint,
    private readonly canMove: boolean) {
    const { view, doc } = ctx;
    this.wasSelected = view.selection.has(grabbed.id);
    if (from.shift || from.mod) {
      const next = new Set(view.selection);
      if (this.wasSelected) next.delete(grabbed.id);
      else next.add(grabbed.id);
      view.select(next);
    } else if (!this.wasSelected) {
      view.select([grabbed.id]);
    }
    this.notes = [...view.selection].map((id) => doc.get(id)).filter((n): n is Note => !!n);
  }

  move(p: RollPoint): void {
    if (!this.canMove || !this.ctx.view.selection.has(this.grabbed.id)) return;
    const q = this.ctx.view.quantizer;
    const rawStart = this.grabbed.start + (p.tick - this.from.tick);
    const shift = clampShift(this.notes, q.round(rawStart) - this.grabbed.start, p.pitch - this.from.pitch);
    this.dTick = shift.dTick;
    this.dPitch = shift.dPitch;
    const preview = new Map<string, Note>();
    for (const n of this.notes) preview.set(n.id, { ...n, start: n.start + this.dTick, pitch: n.pitch + this.dPitch });
    this.ctx.view.preview = preview;
    this.ctx.view.changed();
  }

  up(p: RollPoint): void {
    const { view, bus } = this.ctx;
    view.preview = new Map();
    if (this.dTick !== 0 || this.dPitch !== 0) {
      bus.execute(MoveNotesCommand.by(this.notes, this.dTick, this.dPitch));
    } else if (this.wasSelected && !p.shift && !p.mod) {
      view.select([this.grabbed.id]);
    }
    view.changed();
  }
}
