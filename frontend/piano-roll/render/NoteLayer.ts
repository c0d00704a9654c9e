import type { Note } from '../model/Note.js';
import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Layer, Scene } from './Layer.js';
import { trackColor } from './trackColor.js';
import { velocityColor } from './velocityColor.js';

/** The notes in view, coloured by velocity or track; other tracks dimmed, the live drag preview drawn over the stored notes. */
export class NoteLayer implements Layer {
  draw(ctx: CanvasRenderingContext2D, scene: Scene): void {
    const { doc, view } = scene;
    ctx.beginPath();
    ctx.rect(KEYBOARD_WIDTH, RULER_HEIGHT, view.width - KEYBOARD_WIDTH, view.height - RULER_HEIGHT);
    ctx.clip();
    const notes = doc.visible(scene.fromTick, scene.toTick, scene.lowPitch, scene.highPitch);
    for (const note of notes) {
      if (!view.isActive(note)) this.drawNote(ctx, scene, note, 'ghost');
    }
    for (const note of notes) {
      if (view.isActive(note) && !view.preview.has(note.id)) {
        this.drawNote(ctx, scene, note, view.selection.has(note.id) ? 'selected' : 'normal');
      }
    }
    for (const note of view.preview.values()) this.drawNote(ctx, scene, note, 'selected');
  }

  private drawNote(ctx: CanvasRenderingContext2D, { t, view }: Scene, note: Note,
    look: 'ghost' | 'normal' | 'selected'): void {
    const x = Math.round(t.x(note.start));
    const w = Math.max(2, Math.round(t.width(note.duration)));
    const y = Math.round(t.y(note.pitch)) + 1;
    const h = Math.max(2, Math.round(t.keyHeight) - 2);
    if (look === 'ghost') {
      ctx.fillStyle = 'rgba(120, 130, 150, 0.22)';
      ctx.fillRect(x, y, w, h);
      return;
    }
    const track = view.colorBy === 'track' ? view.tracks.find((tr) => tr.id === note.trackId) : undefined;
    ctx.fillStyle = track ? trackColor(track.color, look === 'selected')
      : velocityColor(note.velocity, look === 'selected');
    ctx.fillRect(x, y, w, h);
    if (w < 5 && look !== 'selected') return;
    ctx.strokeStyle = look === 'selected' ? '#1b1f3b' : 'rgba(27, 31, 59, 0.45)';
    ctx.lineWidth = look === 'selected' ? 2 : 1;
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
  }
}
