import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';

/** The playhead: where paste puts notes and, later, where playback starts. */
export class CursorLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t }: Scene): void {
    const x = Math.round(t.x(view.playhead)) + 0.5;
    if (x < KEYBOARD_WIDTH) return;
    ctx.strokeStyle = '#e0453a';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, RULER_HEIGHT);
    ctx.lineTo(x, view.height);
    ctx.stroke();
    ctx.fillStyle = '#e0453a';
    ctx.beginPath();
    ctx.moveTo(x - 6, RULER_HEIGHT - 8);
    ctx.lineTo(x + 6, RULER_HEIGHT - 8);
    ctx.lineTo(x, RULER_HEIGHT);
    ctx.fill();
  }
}
