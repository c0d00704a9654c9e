import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';

/** Bar numbers and beat marks along the top; click it to move the playhead. */
export class RulerLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t, fromTick, toTick }: Scene): void {
    ctx.fillStyle = '#f1f3f7';
    ctx.fillRect(0, 0, view.width, RULER_HEIGHT);
    ctx.fillStyle = '#c9d0dc';
    ctx.fillRect(0, RULER_HEIGHT - 1, view.width, 1);
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, 0, view.width - KEYBOARD_WIDTH, RULER_HEIGHT);
    ctx.clip();
    const { ticksPerBar, ticksPerBeat } = view.meter;
    const barPx = ticksPerBar * t.pixelsPerTick;
    const labelEvery = Math.max(1, Math.ceil(44 / barPx));
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    for (let tick = Math.floor(fromTick / ticksPerBeat) * ticksPerBeat; tick <= toTick; tick += ticksPerBeat) {
      const x = Math.round(t.x(tick)) + 0.5;
      const bar = tick / ticksPerBar;
      const isBar = Number.isInteger(bar);
      if (!isBar && ticksPerBeat * t.pixelsPerTick < 6) continue;
      ctx.fillStyle = isBar ? '#5b6474' : '#aab3c2';
      ctx.fillRect(x, isBar ? 4 : RULER_HEIGHT - 7, 1, isBar ? RULER_HEIGHT - 4 : 6);
      if (isBar && bar % labelEvery === 0) {
        ctx.fillStyle = '#2b3240';
        ctx.fillText(view.meter.label(tick), x + 4, RULER_HEIGHT / 2 - 1);
      }
    }
  }
}
