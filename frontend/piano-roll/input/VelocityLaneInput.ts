import { VelocityScale } from '../model/VelocityScale.js';
import type { RollContext, RollPoint } from './Gesture.js';
import { DragVelocityGesture } from './gestures/DragVelocityGesture.js';
import { observeDrag } from './observeDrag.js';
import { velocityBarAt } from './velocityBarAt.js';

/** Pointer input on the velocity lane: press a stem and drag it up or down (with edit rights). */
export class VelocityLaneInput {
  constructor(private readonly ctx: RollContext, private readonly canvas: HTMLCanvasElement,
    private readonly host: HTMLElement) {
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => e.buttons === 0 && this.hover(e));
  }

  get scale(): VelocityScale {
    return new VelocityScale(this.canvas.getBoundingClientRect().height);
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0 || !this.ctx.view.editable) return;
    e.preventDefault();
    this.host.focus({ preventScroll: true });
    const p = this.point(e);
    const note = velocityBarAt(this.ctx.doc, this.ctx.view, this.scale, p.x, p.y);
    if (!note) return;
    const gesture = new DragVelocityGesture(this.ctx, note, this.scale, p);
    observeDrag(e.pointerId, (m) => gesture.move(this.point(m)), () => gesture.up());
  }

  private hover(e: PointerEvent): void {
    const p = this.point(e);
    const hit = this.ctx.view.editable && velocityBarAt(this.ctx.doc, this.ctx.view, this.scale, p.x, p.y);
    this.canvas.style.cursor = hit ? 'ns-resize' : 'default';
  }

  private point(e: PointerEvent): RollPoint {
    const box = this.canvas.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    return { x, y, tick: this.ctx.view.transform.tick(x), pitch: -1, shift: e.shiftKey,
      mod: e.ctrlKey || e.metaKey, alt: e.altKey };
  }
}
