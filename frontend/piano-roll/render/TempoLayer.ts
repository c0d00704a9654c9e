import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';

const COLOR = '#b4540a';
const LABEL_TOP = 14;
/** The label starts right of the playhead's triangle (6 px either side), which often sits on a change. */
const LABEL_LEFT = 7;

/** When the tempo changes during the song: a tick mark and "♩=bpm" in the ruler at each tempo. */
export class TempoLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { view, t, fromTick, toTick }: Scene): void {
    const map = view.tempoMap;
    if (!map.changes) return;
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, 0, view.width - KEYBOARD_WIDTH, RULER_HEIGHT);
    ctx.clip();
    ctx.font = '600 10px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    const visible = map.points.filter((p, i) => p.tick <= toTick && (map.points[i + 1]?.tick ?? Infinity) > fromTick);
    for (const { tick, bpm } of visible) {
      const x = Math.max(KEYBOARD_WIDTH, Math.round(t.x(tick))) + 0.5;
      const label = `♩=${Math.round(bpm * 100) / 100}`;
      const width = ctx.measureText(label).width + 5;
      ctx.fillStyle = '#fff4e6';
      ctx.fillRect(x + LABEL_LEFT - 2, LABEL_TOP, width, RULER_HEIGHT - LABEL_TOP - 1);
      ctx.fillStyle = COLOR;
      ctx.fillRect(x - 0.5, LABEL_TOP - 3, 1.5, RULER_HEIGHT - LABEL_TOP + 2);
      ctx.fillRect(x, RULER_HEIGHT - 3, LABEL_LEFT - 2, 1.5);
      ctx.fillText(label, x + LABEL_LEFT, LABEL_TOP + (RULER_HEIGHT - LABEL_TOP) / 2);
    }
  }
}
