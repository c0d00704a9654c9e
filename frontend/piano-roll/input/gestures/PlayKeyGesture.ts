import type { Gesture, RollContext, RollPoint } from '../Gesture.js';

/** Press a piano key: highlights it and tells listeners (audio comes later) which pitch. */
export class PlayKeyGesture implements Gesture {
  constructor(private readonly ctx: RollContext, private readonly host: HTMLElement, p: RollPoint) {
    this.press(p.pitch);
  }

  move(p: RollPoint): void {
    if (p.pitch !== this.ctx.view.pressedKey) this.press(p.pitch);
  }

  up(): void {
    this.ctx.view.pressedKey = null;
    this.ctx.view.changed();
  }

  private press(pitch: number): void {
    if (pitch < 0 || pitch > 127) return;
    this.ctx.view.pressedKey = pitch;
    this.ctx.view.changed();
    this.host.dispatchEvent(new CustomEvent('key-pressed', { detail: { pitch }, bubbles: true, composed: true }));
  }
}
