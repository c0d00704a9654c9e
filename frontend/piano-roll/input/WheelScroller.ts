import type { RollView } from '../state/RollView.js';

const LINE = 16;

/**
 * Wheel and trackpad: scroll vertically, shift scrolls sideways, ctrl/cmd (and trackpad pinch,
 * which arrives as ctrl+wheel) zooms time, ctrl+shift zooms pitch rows. Two-finger trackpad
 * swipes carry both deltas and scroll both ways.
 */
export class WheelScroller {
  constructor(private readonly view: RollView, canvas: HTMLCanvasElement) {
    canvas.addEventListener('wheel', (e) => this.wheel(e, canvas), { passive: false });
  }

  private wheel(e: WheelEvent, canvas: HTMLCanvasElement): void {
    e.preventDefault();
    const scale = e.deltaMode === 1 ? LINE : e.deltaMode === 2 ? this.view.height : 1;
    const dx = e.deltaX * scale;
    const dy = e.deltaY * scale;
    const box = canvas.getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) {
      const factor = Math.exp(-(dy || dx) * 0.002);
      if (e.shiftKey) this.view.zoomY(factor, e.clientY - box.top);
      else this.view.zoomX(factor, e.clientX - box.left);
    } else if (e.shiftKey) {
      this.view.scrollBy(dy || dx, 0);
    } else {
      this.view.scrollBy(dx, dy);
    }
  }
}
