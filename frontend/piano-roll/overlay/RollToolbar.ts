import { html, type TemplateResult } from 'lit';
import { SNAP_OPTIONS } from '../model/Quantizer.js';
import type { RollView, Tool } from '../state/RollView.js';

export interface ToolbarActions {
  tool(tool: Tool): void;
  snap(key: string): void;
  zoom(factor: number): void;
  help(): void;
}

/** Tool, snap and zoom controls above the roll, then `extra` (the playback controls). */
export function rollToolbar(view: RollView, on: ToolbarActions, extra: TemplateResult): TemplateResult {
  const toolButton = (tool: Tool, label: string, title: string) => html`<button id="tool-${tool}"
    aria-pressed=${view.tool === tool} title=${title} ?disabled=${!view.editable} @click=${() => on.tool(tool)}>
    ${label}</button>`;
  return html`<div class="toolbar" role="toolbar">
    ${toolButton('pencil', '✎ Draw', 'Draw notes (P)')}
    ${toolButton('select', '⬚ Select', 'Select with a rectangle (V)')}
    <label>Snap <select id="snap" @change=${(e: Event) => on.snap((e.target as HTMLSelectElement).value)}>
      ${SNAP_OPTIONS.map((o) => html`<option value=${o.key} ?selected=${o.key === view.snapKey}>${o.label}</option>`)}
    </select></label>
    <button id="zoom-out" title="Zoom out (Ctrl + wheel)" @click=${() => on.zoom(1 / 1.25)}>−</button>
    <button id="zoom-in" title="Zoom in (Ctrl + wheel)" @click=${() => on.zoom(1.25)}>+</button>
    ${extra}
    <span class="spacer"></span>
    ${view.editable ? '' : html`<span id="view-only" class="badge">View only</span>`}
    <button id="help-button" title="Shortcuts (?)" @click=${on.help}>?</button>
  </div>`;
}
