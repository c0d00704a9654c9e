import type { GhostNotes } from '../state/GhostNotes.js';
import type { RollView } from '../state/RollView.js';

/**
 * Selecting proposed notes while they are shown: a click on one picks it (Shift/Ctrl adds), a
 * Shift + drag from empty space selects those in a rectangle. Runs before the editing gestures
 * (capture phase) and keeps them from seeing these pointer events; every other event passes.
 * Enter and Esc become `ghost-accept` / `ghost-reject` events for the server.
 */
export class GhostInput {
  constructor(private readonly ghosts: GhostNotes, private readonly view: RollView,
    private readonly canvas: HTMLCanvasElement, private readonly host: HTMLElement) {
    canvas.parentElement!.addEventListener('pointerdown', (e) => this.down(e), { capture: true });
  }

  /** True if the key was for the proposal. */
  key(e: KeyboardEvent): boolean {
    if (!this.ghosts.shown || e.ctrlKey || e.metaKey || e.altKey) return false;
    const origin = e.composedPath()[0] as HTMLElement | undefined;
    if (origin?.closest?.('select, input, form, button')) return false;
    const name = e.key === 'Enter' ? 'ghost-accept' : e.key === 'Escape' ? 'ghost-reject' : undefined;
    if (!name) return false;
    e.preventDefault();
    this.host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
    return true;
  }

  private down(e: PointerEvent): void {
    if (!this.ghosts.shown || e.button !== 0 || e.target !== this.canvas) return;
    const start = this.point(e);
    const hit = this.ghosts.at(start.tick, start.pitch);
    if (!hit && !e.shiftKey) return;
    e.stopPropagation();
    e.preventDefault();
    if (hit) {
      this.ghosts.pick(hit, e.shiftKey || e.ctrlKey || e.metaKey);
      return;
    }
    const move = (m: PointerEvent) => {
      const p = this.point(m);
      this.ghosts.band = { fromTick: Math.min(start.tick, p.tick), toTick: Math.max(start.tick, p.tick),
        lowPitch: Math.min(start.pitch, p.pitch), highPitch: Math.max(start.pitch, p.pitch) };
      this.ghosts.changed();
    };
    const up = () => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', up, true);
      if (this.ghosts.band) this.ghosts.selectIn(this.ghosts.band);
    };
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', up, true);
  }

  private point(e: PointerEvent): { tick: number; pitch: number } {
    const box = this.canvas.getBoundingClientRect();
    const t = this.view.transform;
    return { tick: t.tick(e.clientX - box.left), pitch: Math.round(t.pitch(e.clientY - box.top)) };
  }
}
