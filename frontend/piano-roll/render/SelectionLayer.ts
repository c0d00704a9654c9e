import type { Layer, Scene } from './Layer.js';

/** The rubber band while the user drags out a selection rectangle. */
export class SelectionLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t }: Scene): void {
    const band = view.rubberBand;
    if (!band) return;
    const x = t.x(band.fromTick);
    const y = t.y(band.highPitch);
    const w = t.x(band.toTick) - x;
    const h = t.y(band.lowPitch) + t.keyHeight - y;
    ctx.fillStyle = 'rgba(79, 124, 255, 0.12)';
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = '#4f7cff';
    ctx.setLineDash([4, 3]);
    ctx.strokeRect(x + 0.5, y + 0.5, w, h);
  }
}
