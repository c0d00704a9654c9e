import { html, LitElement } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Command } from './commands/Command.js';
import { CommandBus } from './commands/CommandBus.js';
import { EditActions } from './input/EditActions.js';
import { KeyboardShortcuts } from './input/KeyboardShortcuts.js';
import { PointerRouter } from './input/PointerRouter.js';
import { WheelScroller } from './input/WheelScroller.js';
import type { EditOp } from './model/EditOp.js';
import { Meter } from './model/Meter.js';
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
@customElement('tutti-piano-roll')
export class TuttiPianoRoll extends LitElement {
  static styles = rollStyles;

  @state() private helpOpen = false;
  @state() private toast = '';
  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('.stage') private stage!: HTMLElement;

  private readonly doc = new RollDocument();
  private readonly view = new RollView();
  private readonly channel = new ServerChannel(this, this.doc, (c, m) => this.rejected(c, m));
  private readonly bus = new CommandBus(this.doc, (c) => this.channel.send(c));
  private readonly actions = new EditActions({ doc: this.doc, view: this.view, bus: this.bus });
  private renderer?: RollRenderer;
  private shortcuts?: KeyboardShortcuts;
  private readonly onKey = (e: KeyboardEvent) => this.shortcuts?.handle(e);
  private resizeObserver?: ResizeObserver;
  private centerPending = true;
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
    const v = this.view;
    v.meter = new Meter(state.ticksPerQuarter, state.beatsPerBar, state.beatUnit);
    v.editable = state.editable;
    v.tracks = state.tracks;
    v.activeTrackId = state.activeTrackId ?? state.tracks[0]?.id ?? '';
    v.pixelsPerTick = 64 / state.ticksPerQuarter;
    v.selection = new Set();
    this.channel.load(state);
    this.centerPending = true;
    this.setAttribute('data-ready', '');
    this.centerOnMusic();
    this.requestUpdate();
  }

  acknowledge(clientOpId: string, seq: number): void { this.channel.acknowledge(clientOpId, seq); }
  reject(clientOpId: string, message: string): void { this.channel.reject(clientOpId, message); }
  applyRemote(seq: number, op: EditOp): void { this.channel.applyRemote(seq, op); }

  connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    this.resizeObserver?.disconnect();
    this.renderer?.dispose();
  }

  protected firstUpdated(): void {
    const ctx = { doc: this.doc, view: this.view, bus: this.bus };
    this.renderer = new RollRenderer(this.canvas, this.doc, this.view, [new GridLayer(), new NoteLayer(),
      new SelectionLayer(), new RulerLayer(), new CursorLayer(), new KeyboardLayer()]);
    new PointerRouter(ctx, this.canvas, this);
    new WheelScroller(this.view, this.canvas);
    this.shortcuts = new KeyboardShortcuts(ctx, this.actions, (open) => { this.helpOpen = open ?? !this.helpOpen; });
    const redraw = () => this.renderer?.requestDraw();
    this.doc.onChange(() => { this.pruneSelection(); redraw(); });
    this.view.onChange(() => { redraw(); this.requestUpdate(); });
    this.resizeObserver = new ResizeObserver(([entry]) => {
      this.renderer?.resize(entry.contentRect.width, entry.contentRect.height);
      this.centerOnMusic();
    });
    this.resizeObserver.observe(this.stage);
  }

  protected render() {
    const v = this.view;
    return html`${rollToolbar(v, {
      tool: (tool) => { v.tool = tool; v.changed(); },
      snap: (key) => { v.snapKey = key; v.changed(); },
      zoom: (f) => v.zoomX(f, KEYBOARD_WIDTH),
      help: () => { this.helpOpen = !this.helpOpen; },
    })}
    <div class="stage">
      <canvas id="roll-canvas" aria-label="Piano roll"></canvas>
      ${this.helpOpen ? helpOverlay(v.editable, () => { this.helpOpen = false; }) : ''}
      ${this.toast ? html`<div id="toast" role="status">${this.toast}</div>` : ''}
    </div>`;
  }

  private rejected(command: Command | undefined, message: string): void {
    if (command) this.bus.revert(command);
    this.toast = message;
    clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => { this.toast = ''; }, 6000);
  }

  private pruneSelection(): void {
    const kept = [...this.view.selection].filter((id) => this.doc.get(id));
    if (kept.length !== this.view.selection.size) this.view.select(kept);
  }

  /** Once the roll has a size, scroll so the music (or middle C) is in view. */
  private centerOnMusic(): void {
    if (!this.centerPending || this.view.height === 0 || !this.hasAttribute('data-ready')) return;
    const pitches = this.doc.all().map((n) => n.pitch).sort((a, b) => a - b);
    this.view.centerPitch(pitches.length ? pitches[pitches.length >> 1] : 60);
    this.centerPending = false;
  }
}
