import { SetVelocityCommand } from '../../commands/SetVelocityCommand.js';
import { MAX_VELOCITY, MIN_VELOCITY, type Note } from '../../model/Note.js';
import type { VelocityScale } from '../../model/VelocityScale.js';
import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/**
 * Drag a stem in the velocity lane: the note takes the velocity under the pointer. If the note
 * is one of several selected, all of them scale by the same factor (so their differences keep
 * their shape). One command at release.
 */
export class DragVelocityGesture implements Gesture {
  private readonly notes: Note[];
  private after: Note[];

  constructor(private readonly ctx: RollContext, private readonly grabbed: Note,
    private readonly scale: VelocityScale, p: RollPoint) {
    const { view, doc } = ctx;
    if (!view.selection.has(grabbed.id)) view.select([grabbed.id]);
    this.notes = [...view.selection].map((id) => doc.get(id)).filter((n): n is Note => !!n);
    this.after = this.notes;
    this.move(p);
  }

  move(p: RollPoint): void {
    const factor = this.scale.velocity(p.y) / this.grabbed.velocity;
    const clamp = (v: number) => Math.min(MAX_VELOCITY, Math.max(MIN_VELOCITY, Math.round(v)));
    this.after = this.notes.map((n) => ({ ...n, velocity: clamp(n.velocity * factor) }));
    this.ctx.view.preview = new Map(this.after.map((n) => [n.id, n]));
    this.ctx.view.changed();
  }

  up(): void {
    const { view, bus } = this.ctx;
    view.preview = new Map();
    const command = SetVelocityCommand.between(this.notes, this.after);
    if (command.changes.length > 0) bus.execute(command);
    view.changed();
  }
}
