import { intersects, rectFromPoints } from '../../model/Selection.js';
import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/** Rubber band: drag out a rectangle to select the active notes it touches (see `RollView.isActive`). */
export class SelectRectGesture implements Gesture {
  private readonly base: Set<string>;

  constructor(private readonly ctx: RollContext, private readonly from: RollPoint) {
    this.base = from.shift || from.mod ? new Set(ctx.view.selection) : new Set();
    ctx.view.select(this.base);
  }

  move(p: RollPoint): void {
    const { view, doc } = this.ctx;
    const rect = rectFromPoints(this.from, p);
    view.rubberBand = rect;
    const hits = doc.visible(rect.fromTick, rect.toTick, rect.lowPitch, rect.highPitch)
      .filter((n) => view.isActive(n) && intersects(rect, n));
    view.select([...this.base, ...hits.map((n) => n.id)]);
  }

  up(): void {
    this.ctx.view.rubberBand = null;
    this.ctx.view.changed();
  }
}
