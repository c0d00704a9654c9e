import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { PresenceChannel } from '../sync/PresenceChannel.js';
import type { Layer, Scene } from './Layer.js';

/** The others in the project: each one's playhead, selection outline and notes being dragged, in their colour. */
export class PresenceLayer implements Layer {
  constructor(private readonly presence: PresenceChannel) {}

  draw(ctx: CanvasRenderingContext2D, { doc, view, t }: Scene): void {
    for (const p of this.presence.others) {
      ctx.strokeStyle = p.colour;
      ctx.fillStyle = p.colour;
      ctx.lineWidth = 2;
      for (const id of p.selection) {
        const n = doc.get(id);
        if (n) ctx.strokeRect(t.x(n.start) - 1, t.y(n.pitch) - 1, n.duration * t.pixelsPerTick + 2, t.keyHeight + 2);
      }
      ctx.globalAlpha = 0.45;
      for (const n of p.dragging) ctx.fillRect(t.x(n.start), t.y(n.pitch), n.duration * t.pixelsPerTick, t.keyHeight);
      ctx.globalAlpha = 1;
      const x = Math.round(t.x(p.playhead)) + 0.5;
      if (x < KEYBOARD_WIDTH) continue;
      ctx.lineWidth = 1;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, RULER_HEIGHT);
      ctx.lineTo(x, view.height);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = '600 10px sans-serif';
      ctx.fillText(p.initials, x + 3, RULER_HEIGHT + 11);
    }
  }
}
