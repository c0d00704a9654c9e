import type { Note } from '../model/Note.js';
import type { GhostNotes } from '../state/GhostNotes.js';
import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';
import { trackColor } from './trackColor.js';

/** The AI's proposed notes: translucent with a dashed outline in the target track's colour; selected ones solid. */
export class GhostLayer implements Layer {
  constructor(private readonly ghosts: GhostNotes) {}

  draw(ctx: CanvasRenderingContext2D, scene: Scene): void {
    const { view, t } = scene;
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, RULER_HEIGHT, view.width - KEYBOARD_WIDTH, view.height - RULER_HEIGHT);
    ctx.clip();
    const color = view.tracks.find((tr) => tr.id === this.ghosts.trackId)?.color ?? '#5b6bd6';
    for (const note of this.ghosts.excerpt) this.drawNote(ctx, scene, note, '#6b7280', 0.3, false);
    for (const note of this.ghosts.notes) {
      const selected = this.ghosts.selected.has(note.id);
      this.drawNote(ctx, scene, note, trackColor(color, selected), selected ? 0.75 : 0.35, true);
    }
    const band = this.ghosts.band;
    if (band) {
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = '#1b1f3b';
      const y = t.y(band.highPitch);
      ctx.strokeRect(t.x(band.fromTick), y, t.x(band.toTick) - t.x(band.fromTick), t.y(band.lowPitch) + t.keyHeight - y);
    }
  }

  private drawNote(ctx: CanvasRenderingContext2D, { t }: Scene, note: Note, color: string, alpha: number,
    outline: boolean): void {
    const x = Math.round(t.x(note.start));
    const w = Math.max(2, Math.round(t.width(note.duration)));
    const y = Math.round(t.y(note.pitch)) + 1;
    const h = Math.max(2, Math.round(t.keyHeight) - 2);
    ctx.globalAlpha = alpha;
    ctx.fillStyle = color;
    ctx.fillRect(x, y, w, h);
    ctx.globalAlpha = 1;
    if (!outline) return;
    ctx.setLineDash([3, 2]);
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    ctx.setLineDash([]);
  }
}
