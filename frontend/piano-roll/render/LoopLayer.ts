import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';

/** The loop region, drawn over the ruler: a green band, and thin lines where the loop starts and ends. */
export class LoopLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t }: Scene): void {
    const loop = view.loop;
    if (!loop) return;
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, 0, view.width - KEYBOARD_WIDTH, view.height);
    ctx.clip();
    const from = t.x(loop.from);
    const to = t.x(loop.to);
    ctx.fillStyle = 'rgba(47, 158, 68, 0.75)';
    ctx.fillRect(from, RULER_HEIGHT - 7, to - from, 6);
    ctx.fillStyle = 'rgba(47, 158, 68, 0.5)';
    for (const x of [from, to]) ctx.fillRect(Math.round(x), RULER_HEIGHT, 1, view.height - RULER_HEIGHT);
  }
}
