import type { RollTip } from '../overlay/RollTip.js';
import type { RollDocument } from '../state/RollDocument.js';
import { KEYBOARD_WIDTH, RULER_HEIGHT, type RollView } from '../state/RollView.js';
import { noteAt } from './noteAt.js';
import { rulerMarkAt } from './rulerMarkAt.js';

/** How long the pointer rests on a note before the server is asked about it. */
const REST_MS = 200;

/**
 * Tooltips while the pointer moves with no button pressed: over a ruler mark, its label at once;
 * over a note, a `note-hover` event (after a short rest) so the server can answer with
 * `showNoteTip` (who wrote the note, in the read-only history views). Pressing hides the tip.
 */
export class HoverTips {
  private asked = '';
  private timer = 0;

  constructor(private readonly doc: RollDocument, private readonly view: RollView,
    private readonly canvas: HTMLCanvasElement, private readonly host: HTMLElement, private readonly tip: RollTip) {
    canvas.addEventListener('pointermove', (e) => (e.buttons === 0 ? this.move(e) : this.leave()));
    canvas.addEventListener('pointerleave', () => this.leave());
    canvas.addEventListener('pointerdown', () => this.leave());
  }

  private move(e: PointerEvent): void {
    const box = this.canvas.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const mark = y < RULER_HEIGHT ? rulerMarkAt(this.view, x, y) : null;
    if (mark) {
      this.forgetNote();
      this.tip.point(`mark:${mark.id}`, x, y);
      this.tip.show(`mark:${mark.id}`, mark.label);
      return;
    }
    const hit = y >= RULER_HEIGHT && x >= KEYBOARD_WIDTH ? noteAt(this.doc, this.view, x, y) : null;
    if (!hit) {
      this.leave();
      return;
    }
    const id = hit.note.id;
    this.tip.point(id, x, y);
    if (this.asked === id) return;
    this.forgetNote();
    this.asked = id;
    this.timer = window.setTimeout(() => this.host.dispatchEvent(new CustomEvent('note-hover', { detail: { id } })),
      REST_MS);
  }

  private leave(): void {
    this.forgetNote();
    this.tip.clear();
  }

  private forgetNote(): void {
    clearTimeout(this.timer);
    this.asked = '';
  }
}
