import { html, type LitElement, type TemplateResult } from 'lit';
import { type QuantizeSettings, SNAP_OPTIONS } from '../model/Quantizer.js';
import type { RollView } from '../state/RollView.js';

/**
 * Q: a small form over the roll. Quantizes the start and/or length of the selected notes (or of
 * all the active track's notes when none is selected) to the current snap grid, at a strength.
 */
export class QuantizeDialog {
  open = false;
  readonly settings: QuantizeSettings = { start: true, length: false, strength: 1 };

  constructor(private readonly host: LitElement, private readonly apply: (settings: QuantizeSettings) => void) {}

  /** Opens the form with the Quantize button focused, so Enter applies and Esc cancels. */
  show(): void {
    this.open = true;
    this.changed();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('#quantize-apply:enabled, #quantize input')?.focus());
  }

  /** Closes the form and gives the keys back to the roll. */
  close(): void {
    this.open = false;
    this.changed();
    this.host.focus({ preventScroll: true });
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  /** The form, with the snap grid of `view` (none when snapping is off) and how many notes it affects. */
  render(view: RollView, noteCount: () => number): TemplateResult | string {
    if (!this.open) return '';
    const grid = view.snapKey === 'off' ? null : SNAP_OPTIONS.find((o) => o.key === view.snapKey)?.label;
    const count = noteCount();
    const s = this.settings;
    const check = (e: Event) => (e.target as HTMLInputElement).checked;
    const submit = (e: Event) => { e.preventDefault(); this.close(); this.apply({ ...s }); };
    const keys = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); this.close(); } };
    return html`<form id="quantize" role="dialog" aria-label="Quantize" @submit=${submit} @keydown=${keys}>
      <h3>Quantize ${count} note${count === 1 ? '' : 's'}</h3>
      <label><input type="checkbox" id="quantize-start" .checked=${s.start}
        @change=${(e: Event) => { s.start = check(e); this.changed(); }}> Start</label>
      <label><input type="checkbox" id="quantize-length" .checked=${s.length}
        @change=${(e: Event) => { s.length = check(e); this.changed(); }}> Length</label>
      <label>Strength <input type="range" id="quantize-strength" min="0" max="100" step="5"
        .value=${String(Math.round(s.strength * 100))}
        @input=${(e: Event) => { s.strength = Number((e.target as HTMLInputElement).value) / 100; this.changed(); }}>
        <output>${Math.round(s.strength * 100)} %</output></label>
      <p class="hint">${grid ? html`Grid: <strong>${grid}</strong> (the snap setting)`
        : 'Snap is off: choose a grid in Snap first.'}</p>
      <div class="actions">
        <button type="button" id="quantize-cancel" @click=${() => this.close()}>Cancel</button>
        <button type="submit" id="quantize-apply" class="primary"
          ?disabled=${!grid || count === 0 || (!s.start && !s.length)}>Quantize</button>
      </div>
    </form>`;
  }
}
