import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/** Click or drag on the ruler: puts the playhead there, snapped to the grid. */
export class MovePlayheadGesture implements Gesture {
  constructor(private readonly ctx: RollContext, p: RollPoint) {
    this.move(p);
  }

  move(p: RollPoint): void {
    this.ctx.view.playhead = Math.max(0, this.ctx.view.quantizer.round(p.tick));
    this.ctx.view.changed();
  }

  up(): void {}
}
