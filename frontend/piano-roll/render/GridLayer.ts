import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import { isBlackKey, type Layer, type Scene } from './Layer.js';

/** Pitch rows (black keys shaded, C lines marked) and bar / beat / grid lines. */
export class GridLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t, fromTick, toTick, lowPitch, highPitch }: Scene): void {
    const w = view.width;
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, RULER_HEIGHT, w - KEYBOARD_WIDTH, view.height - RULER_HEIGHT);
    ctx.clip();
    ctx.fillStyle = '#fbfcfe';
    ctx.fillRect(KEYBOARD_WIDTH, RULER_HEIGHT, w, view.height);
    for (let p = lowPitch; p <= highPitch; p++) {
      const y = t.y(p);
      if (isBlackKey(p)) {
        ctx.fillStyle = '#eef1f6';
        ctx.fillRect(KEYBOARD_WIDTH, y, w, t.keyHeight);
      }
      if (p % 12 === 0 || p % 12 === 5) {
        ctx.fillStyle = p % 12 === 0 ? '#c9d0dc' : '#e3e7ee';
        ctx.fillRect(KEYBOARD_WIDTH, y + t.keyHeight - 1, w, 1);
      }
    }
    const { ticksPerBar, ticksPerBeat } = view.meter;
    const step = view.quantizer.step;
    this.lines(ctx, t, fromTick, toTick, step, '#eef0f4', view.height, step * t.pixelsPerTick >= 6);
    this.lines(ctx, t, fromTick, toTick, ticksPerBeat, '#dde1e8', view.height, ticksPerBeat * t.pixelsPerTick >= 4);
    this.lines(ctx, t, fromTick, toTick, ticksPerBar, '#aab3c2', view.height, true);
  }

  private lines(ctx: CanvasRenderingContext2D, t: Scene['t'], from: number, to: number, every: number,
    color: string, height: number, show: boolean): void {
    if (!show || every <= 1) return;
    ctx.fillStyle = color;
    for (let tick = Math.floor(from / every) * every; tick <= to; tick += every) {
      ctx.fillRect(Math.round(t.x(tick)), RULER_HEIGHT, 1, height);
    }
  }
}
