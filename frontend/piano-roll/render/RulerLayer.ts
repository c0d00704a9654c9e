import { markSpan } from '../model/RulerMark.js';
import { KEYBOARD_WIDTH, MARK_BAND, RULER_HEIGHT, type RollView } from '../state/RollView.js';
import type { NoteCoordTransform } from '../model/NoteCoordTransform.js';
import type { Layer, Scene } from './Layer.js';

const MARK_FILL = 'rgba(245, 159, 0, 0.55)';
const MARK_EDGE = '#c77700';

/**
 * Bar numbers and beat marks along the top; click it to move the playhead. Ruler marks (open
 * comments) are amber bands over their bars at the top of the ruler, under the numbers.
 */
export class RulerLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t, fromTick, toTick }: Scene): void {
    ctx.fillStyle = '#f1f3f7';
    ctx.fillRect(0, 0, view.width, RULER_HEIGHT);
    ctx.fillStyle = '#c9d0dc';
    ctx.fillRect(0, RULER_HEIGHT - 1, view.width, 1);
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, 0, view.width - KEYBOARD_WIDTH, RULER_HEIGHT);
    ctx.clip();
    this.drawMarks(ctx, view, t, fromTick, toTick);
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

  private drawMarks(ctx: CanvasRenderingContext2D, view: RollView, t: NoteCoordTransform, fromTick: number,
    toTick: number): void {
    for (const mark of view.rulerMarks) {
      const { from, to } = markSpan(view.meter, mark);
      if (to < fromTick || from > toTick) continue;
      const x = Math.round(t.x(from)) + 1;
      const w = Math.max(4, Math.round(t.x(to)) - x - 1);
      ctx.fillStyle = MARK_FILL;
      ctx.beginPath();
      ctx.roundRect(x, MARK_BAND.top, w, MARK_BAND.height, 3);
      ctx.fill();
      ctx.fillStyle = MARK_EDGE;
      ctx.fillRect(x, MARK_BAND.top, 3, MARK_BAND.height);
    }
  }
}
