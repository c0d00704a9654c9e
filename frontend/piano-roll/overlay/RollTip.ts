import { html, type TemplateResult } from 'lit';

const WIDTH = 320;

/**
 * A tooltip for what the pointer rests on, keyed by what it is about (a note id, a ruler mark):
 * its text shows only while the pointer is still over that thing, so an answer from the server
 * that arrives late for a note the pointer has left is dropped.
 */
export class RollTip {
  private hovered: { key: string; x: number; y: number } | null = null;
  private text = '';

  constructor(private readonly changed: () => void) {}

  get shownText(): string {
    return this.hovered ? this.text : '';
  }

  /** The pointer is over `key` at canvas point (x, y). */
  point(key: string, x: number, y: number): void {
    const same = this.hovered?.key === key;
    this.hovered = { key, x, y };
    if (same && !this.text) return;
    if (!same) this.text = '';
    this.changed();
  }

  /** The text for `key`; shown if the pointer is still over it. */
  show(key: string, text: string): void {
    if (this.hovered?.key !== key || this.text === text) return;
    this.text = text;
    this.changed();
  }

  clear(): void {
    if (!this.hovered) return;
    this.hovered = null;
    this.text = '';
    this.changed();
  }

  /** Below and right of the pointer, kept inside a stage of `width` × `height`. */
  render(width: number, height: number): TemplateResult | '' {
    if (!this.hovered || !this.text) return '';
    const { x, y } = this.hovered;
    const left = Math.max(4, Math.min(x + 14, width - WIDTH - 4));
    const top = y + 80 > height ? Math.max(4, y - 70) : y + 18;
    return html`<div id="roll-tip" role="tooltip" style="left: ${left}px; top: ${top}px; max-width: ${WIDTH}px"
      >${this.text}</div>`;
  }
}
