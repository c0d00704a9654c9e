import { KEYBOARD_WIDTH, RULER_HEIGHT } from '../state/RollView.js';
import type { Gesture, RollContext, RollPoint } from './Gesture.js';
import { CreateNoteGesture } from './gestures/CreateNoteGesture.js';
import { MoveNotesGesture } from './gestures/MoveNotesGesture.js';
import { MovePlayheadGesture } from './gestures/MovePlayheadGesture.js';
import { PlayKeyGesture } from './gestures/PlayKeyGesture.js';
import { ResizeNoteGesture } from './gestures/ResizeNoteGesture.js';
import { SelectRectGesture } from './gestures/SelectRectGesture.js';
import { noteAt } from './noteAt.js';
import { observeDrag } from './observeDrag.js';
import { rulerMarkAt } from './rulerMarkAt.js';

/**
 * Picks a gesture from where the pointer went down, the tool and the modifiers:
 * keyboard → play key; ruler mark → `ruler-mark-click` event; ruler → playhead; note edge → resize;
 * note → select / move; empty space → pencil draws a note, select tool or Alt drags a rubber band.
 * Without edit rights only selecting (click and rubber band), playing keys, marks and the playhead work.
 */
export class PointerRouter {
  constructor(private readonly ctx: RollContext, private readonly canvas: HTMLCanvasElement,
    private readonly host: HTMLElement) {
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => e.buttons === 0 && this.hover(e));
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0) return;
    e.preventDefault();
    this.host.focus({ preventScroll: true });
    const gesture = this.gestureFor(this.point(e));
    if (!gesture) return;
    observeDrag(e.pointerId, (m) => gesture.move(this.point(m)), (u) => gesture.up(this.point(u)));
  }

  private gestureFor(p: RollPoint): Gesture | null {
    const { doc, view } = this.ctx;
    if (p.y < RULER_HEIGHT) return this.rulerGesture(p);
    if (p.x < KEYBOARD_WIDTH) return new PlayKeyGesture(this.ctx, this.host, p);
    const hit = noteAt(doc, view, p.x, p.y);
    if (hit && hit.edge && view.editable) return new ResizeNoteGesture(this.ctx, hit.note, hit.edge);
    if (hit) return new MoveNotesGesture(this.ctx, hit.note, p, view.editable);
    if (view.tool === 'select' || p.alt || !view.editable) return new SelectRectGesture(this.ctx, p);
    if (p.pitch < 0 || p.pitch > 127 || !view.activeTrackId) return null;
    return new CreateNoteGesture(this.ctx, p);
  }

  private rulerGesture(p: RollPoint): Gesture | null {
    if (p.x < KEYBOARD_WIDTH) return null;
    const mark = rulerMarkAt(this.ctx.view, p.x, p.y);
    if (!mark) return new MovePlayheadGesture(this.ctx, p);
    this.host.dispatchEvent(new CustomEvent('ruler-mark-click', { detail: { id: mark.id } }));
    return null;
  }

  private hover(e: PointerEvent): void {
    const p = this.point(e);
    const { doc, view } = this.ctx;
    let cursor = 'default';
    if (p.y < RULER_HEIGHT) cursor = rulerMarkAt(view, p.x, p.y) ? 'pointer' : 'text';
    else if (p.x < KEYBOARD_WIDTH) cursor = 'pointer';
    else {
      const hit = noteAt(doc, view, p.x, p.y);
      if (hit && view.editable) cursor = hit.edge ? 'ew-resize' : 'move';
      else if (hit) cursor = 'pointer';
      else if (view.editable && view.tool === 'pencil' && !p.alt) cursor = 'crosshair';
    }
    this.canvas.style.cursor = cursor;
  }

  private point(e: PointerEvent | MouseEvent): RollPoint {
    const box = this.canvas.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const t = this.ctx.view.transform;
    return { x, y, tick: t.tick(x), pitch: t.pitch(y), shift: e.shiftKey, mod: e.ctrlKey || e.metaKey, alt: e.altKey };
  }
}
