import type { Note } from '../model/Note.js';
import { VelocityScale } from '../model/VelocityScale.js';
import { KEYBOARD_WIDTH } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';
import { trackColor } from './trackColor.js';
import { velocityColor } from './velocityColor.js';

/** The velocity lane: one stem per note of the active track at its start, as tall as its velocity. */
export class VelocityLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, { doc, view, t, height, fromTick, toTick }: Scene): void {
    const scale = new VelocityScale(height);
    ctx.fillStyle = '#fbfcfe';
    ctx.fillRect(KEYBOARD_WIDTH, 0, view.width, height);
    ctx.fillStyle = '#e3e7ee';
    for (const v of [32, 64, 96]) ctx.fillRect(KEYBOARD_WIDTH, Math.round(scale.y(v)), view.width, 1);
    this.label(ctx, height);
    ctx.fillStyle = '#c9d0dc';
    ctx.fillRect(0, 0, view.width, 1);
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, 0, view.width - KEYBOARD_WIDTH, height);
    ctx.clip();
    const track = view.tracks.find((tr) => tr.id === view.activeTrackId);
    const notes = doc.visible(fromTick, toTick, 0, 127)
      .filter((n) => n.trackId === view.activeTrackId && !view.preview.has(n.id));
    const stem = (n: Note, selected: boolean) => {
      const x = Math.round(t.x(n.start));
      const y = Math.round(scale.y(n.velocity));
      ctx.fillStyle = view.colorBy === 'track' && track ? trackColor(track.color, selected)
        : velocityColor(n.velocity, selected);
      ctx.fillRect(x, y, 2, height - y);
      ctx.fillRect(x - 3, y - 1, 8, 3);
    };
    notes.forEach((n) => !view.selection.has(n.id) && stem(n, false));
    notes.forEach((n) => view.selection.has(n.id) && stem(n, true));
    view.preview.forEach((n) => stem(n, true));
  }

  private label(ctx: CanvasRenderingContext2D, height: number): void {
    ctx.fillStyle = '#f1f3f7';
    ctx.fillRect(0, 0, KEYBOARD_WIDTH, height);
    ctx.fillStyle = '#c9d0dc';
    ctx.fillRect(KEYBOARD_WIDTH - 1, 0, 1, height);
    ctx.fillStyle = '#5b6474';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillText('Velocity', 8, height / 2);
  }
}
