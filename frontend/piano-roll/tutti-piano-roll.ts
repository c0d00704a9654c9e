import { html, LitElement } from 'lit';
import type { Command } from './commands/Command.js';
import { CommandBus } from './commands/CommandBus.js';
import { EditActions } from './input/EditActions.js';
import { KeyboardShortcuts } from './input/KeyboardShortcuts.js';
import { PointerRouter } from './input/PointerRouter.js';
import { WheelScroller } from './input/WheelScroller.js';
import type { EditOp } from './model/EditOp.js';
import type { Note } from './model/Note.js';
import { helpOverlay } from './overlay/HelpOverlay.js';
import { rollStyles } from './overlay/rollStyles.js';
import { rollToolbar } from './overlay/RollToolbar.js';
import { CursorLayer } from './render/CursorLayer.js';
import { GridLayer } from './render/GridLayer.js';
import { KeyboardLayer } from './render/KeyboardLayer.js';
import { NoteLayer } from './render/NoteLayer.js';
import { RollRenderer } from './render/RollRenderer.js';
import { RulerLayer } from './render/RulerLayer.js';
import { SelectionLayer } from './render/SelectionLayer.js';
import { RollDocument } from './state/RollDocument.js';
import { KEYBOARD_WIDTH, RollView } from './state/RollView.js';
import { type RollState, ServerChannel } from './sync/ServerChannel.js';

/**
 * `<tutti-piano-roll>`: wiring only. Creates the document, view state, renderer, input and the
 * server channel; the Java `PianoRoll` calls load / acknowledge / reject / applyRemote.
 */
export class TuttiPianoRoll extends LitElement {
  static styles = rollStyles;

  private helpOpen = false;
  private toast = '';

  private readonly doc = new RollDocument();
  private readonly view = new RollView();
  private readonly channel = new ServerChannel(this, this.doc, (c, m) => this.rejected(c, m));
  private readonly bus = new CommandBus(this.doc, (c) => this.channel.send(c));
  private readonly actions = new EditActions({ doc: this.doc, view: this.view, bus: this.bus });
  private renderer?: RollRenderer;
  private shortcuts?: KeyboardShortcuts;
  private readonly onKey = (e: KeyboardEvent) => this.shortcuts?.handle(e);
  private resizeObserver?: ResizeObserver;
  private toastTimer = 0;

  get noteCount(): number { return this.doc.size; }
  get selectedIds(): string[] { return [...this.view.selection]; }
  get notes(): Note[] { return this.doc.all(); }
  get pendingCount(): number { return this.channel.pendingCount; }

  /** Page coordinates of a tick and pitch (middle of the row), for tests and tooltips. */
  clientPoint(tick: number, pitch: number): { x: number; y: number } {
    const box = this.canvas.getBoundingClientRect();
    const t = this.view.transform;
    return { x: box.left + t.x(tick), y: box.top + t.y(pitch) + t.keyHeight / 2 };
  }

  load(state: RollState): void {
    this.view.configure(state);
    this.channel.load(state);
    this.view.centerPitch(this.doc.medianPitch());
    this.setAttribute('data-ready', '');
  }

  acknowledge(id: string, seq: number): void { this.channel.acknowledge(id, seq); }
  reject(id: string, message: string): void { this.channel.reject(id, message); }
  applyRemote(seq: number, op: EditOp): void { this.channel.applyRemote(seq, op); }

  connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.addEventListener('keydown', this.onKey);
    if (this.hasUpdated) this.observeSize();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    this.resizeObserver?.disconnect();
    this.renderer?.dispose();
  }

  private get canvas(): HTMLCanvasElement { return this.renderRoot.querySelector('canvas')!; }

  protected firstUpdated(): void {
    const ctx = { doc: this.doc, view: this.view, bus: this.bus };
    this.renderer = new RollRenderer(this.canvas, this.doc, this.view, [new GridLayer(), new NoteLayer(),
      new SelectionLayer(), new RulerLayer(), new CursorLayer(), new KeyboardLayer()]);
    new PointerRouter(ctx, this.canvas, this);
    new WheelScroller(this.view, this.canvas);
    this.shortcuts = new KeyboardShortcuts(ctx, this.actions, (open) => this.showHelp(open ?? !this.helpOpen));
    const redraw = () => this.renderer?.requestDraw();
    this.doc.onChange(() => { this.view.keepSelected((id) => !!this.doc.get(id)); redraw(); });
    this.view.onChange(() => { redraw(); this.requestUpdate(); });
    this.observeSize();
  }

  /** Also after a re-attach: Vaadin may move the element, which disconnects it for a moment. */
  private observeSize(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(([entry]) =>
      this.renderer?.resize(entry.contentRect.width, entry.contentRect.height));
    this.resizeObserver.observe(this.renderRoot.querySelector('.stage')!);
  }

  protected render() {
    const v = this.view;
    return html`${rollToolbar(v, {
      tool: (tool) => { v.tool = tool; v.changed(); },
      snap: (key) => { v.snapKey = key; v.changed(); },
      zoom: (f) => v.zoomX(f, KEYBOARD_WIDTH),
      help: () => this.showHelp(!this.helpOpen),
    })}
    <div class="stage">
      <canvas id="roll-canvas" aria-label="Piano roll"></canvas>
      ${this.helpOpen ? helpOverlay(v.editable, () => this.showHelp(false)) : ''}
      ${this.toast ? html`<div id="toast" role="status">${this.toast}</div>` : ''}
    </div>`;
  }

  private rejected(command: Command | undefined, message: string): void {
    if (command) this.bus.revert(command);
    this.toast = message;
    this.requestUpdate();
    clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => { this.toast = ''; this.requestUpdate(); }, 6000);
  }

  private showHelp(open: boolean): void {
    this.helpOpen = open;
    this.requestUpdate();
  }
}

customElements.define('tutti-piano-roll', TuttiPianoRoll);
