import { html, LitElement } from 'lit';
import { Playback } from './audio/Playback.js';
import type { Command } from './commands/Command.js';
import { CommandBus } from './commands/CommandBus.js';
import { EditActions } from './input/EditActions.js';
import { GhostInput } from './input/GhostInput.js';
import { HoverTips } from './input/HoverTips.js';
import { KeyboardShortcuts } from './input/KeyboardShortcuts.js';
import { PlaybackKeys } from './input/PlaybackKeys.js';
import { PointerRouter } from './input/PointerRouter.js';
import { VelocityLaneInput } from './input/VelocityLaneInput.js';
import { WheelScroller } from './input/WheelScroller.js';
import type { EditOp } from './model/EditOp.js';
import type { Note } from './model/Note.js';
import { markSpan, type RulerMark } from './model/RulerMark.js';
import type { Track } from './model/Track.js';
import { VelocityScale } from './model/VelocityScale.js';
import { helpOverlay } from './overlay/HelpOverlay.js';
import { playbackToolbar } from './overlay/PlaybackToolbar.js';
import { QuantizeDialog } from './overlay/QuantizeDialog.js';
import { rollStyles } from './overlay/rollStyles.js';
import { RollTip } from './overlay/RollTip.js';
import { rollToolbar } from './overlay/RollToolbar.js';
import { GhostLayer } from './render/GhostLayer.js';
import { RollCanvases } from './render/RollCanvases.js';
import { GhostNotes } from './state/GhostNotes.js';
import { RollDocument } from './state/RollDocument.js';
import { KEYBOARD_WIDTH, MARK_BAND, RollView } from './state/RollView.js';
import { PresenceLayer } from './render/PresenceLayer.js';
import { ConnectionWatch } from './sync/ConnectionWatch.js';
import { type Presence, PresenceChannel } from './sync/PresenceChannel.js';
import { SelectionChannel } from './sync/SelectionChannel.js';
import { type RollState, ServerChannel } from './sync/ServerChannel.js';

/**
 * `<tutti-piano-roll>`: wiring only. Creates the document, view state, renderers, input, playback
 * and the server channel; the Java `PianoRoll` calls load / setTracks / setActiveTrack /
 * acknowledge / reject / applyRemote, showGhostNotes / clearGhostNotes / playExcerpt for AI proposals,
 * setRulerMarks for comments and showNoteTip to answer a `note-hover` event.
 */
export class TuttiPianoRoll extends LitElement {
  static styles = rollStyles;

  private helpOpen = false;
  private toast = '';
  private readonly doc = new RollDocument();
  private readonly view = new RollView();
  private readonly channel = new ServerChannel(this, this.doc, (c, m) => this.rejected(c, m), (m) => this.tell(m));
  private readonly bus = new CommandBus(this.doc, (op, c) => this.channel.send(op, c),
    () => this.rejected(undefined, 'Nothing to undo there: others have changed those notes since.'),
    () => this.view.editable);
  private readonly actions = new EditActions({ doc: this.doc, view: this.view, bus: this.bus });
  private readonly playback = new Playback(this.doc, this.view, () => this.requestUpdate(), (m) => this.rejected(undefined, m));
  private readonly quantize = new QuantizeDialog(this, (s) => this.actions.quantize(s));
  private readonly controls = new PlaybackKeys(this.playback, this.view, this.quantize);
  private readonly connection = new ConnectionWatch((offline, back) => {
    if (back) this.channel.resubmitPending();
    this.requestUpdate();
  });
  private readonly presence = new PresenceChannel(this, this.view);
  private readonly tip = new RollTip(() => this.requestUpdate());
  private canvases?: RollCanvases;
  private shortcuts?: KeyboardShortcuts;
  private readonly ghosts = new GhostNotes();
  private ghostInput?: GhostInput;
  private readonly onKey = (e: KeyboardEvent) => { if (!this.ghostInput?.key(e)) this.shortcuts?.handle(e); };
  private toastTimer = 0;

  get noteCount(): number { return this.doc.size; }
  get selectedIds(): string[] { return [...this.view.selection]; }
  get notes(): Note[] { return this.doc.all(); }
  get pendingCount(): number { return this.channel.pendingCount; }
  /** The others in the project, as last heard from the server. */
  get others(): Presence[] { return this.presence.others; }
  get reconnecting(): boolean { return this.connection.offline; }
  get playing(): boolean { return this.playback.playing; }
  get playheadTick(): number { return this.view.playhead; }
  get soundsLoaded(): boolean { return this.playback.soundsLoaded; }
  get activeTrackId(): string { return this.view.activeTrackId; }
  get ghostNotes(): Note[] { return this.ghosts.notes; }
  get ghostSelectedIds(): string[] { return [...this.ghosts.selected]; }
  get rulerMarks(): RulerMark[] { return this.view.rulerMarks; }
  /** The tooltip's text, empty when none is shown. */
  get tipText(): string { return this.tip.shownText; }

  /** Shows the AI's proposal over the project (heard with it when playing); replaces an earlier one. */
  showGhostNotes(notes: Note[], trackId: string): void {
    this.ghosts.show(notes, trackId);
    if (notes.length > 0) { this.view.reveal(Math.min(...notes.map((n) => n.start))); this.view.changed(); }
  }
  clearGhostNotes(): void { this.ghosts.clear(); }
  /** Plays a training excerpt alone, drawn grey where it would sit, to compare with the proposal. */
  playExcerpt(notes: Note[]): void { this.ghosts.showExcerpt(notes); this.playback.playOnly(notes); }

  /** Page coordinates of a tick and pitch (middle of the row), for tests and tooltips. */
  clientPoint(tick: number, pitch: number): { x: number; y: number } {
    const box = this.canvas('#roll-canvas').getBoundingClientRect();
    const t = this.view.transform;
    return { x: box.left + t.x(tick), y: box.top + t.y(pitch) + t.keyHeight / 2 };
  }

  /** Page coordinates of the middle of a ruler mark's first bar, or null when there is no such mark. */
  rulerMarkPoint(id: string): { x: number; y: number } | null {
    const mark = this.view.rulerMarks.find((m) => m.id === id);
    if (!mark) return null;
    const { from } = markSpan(this.view.meter, mark);
    const box = this.canvas('#roll-canvas').getBoundingClientRect();
    const x = this.view.transform.x(from + this.view.meter.ticksPerBar / 2);
    return { x: box.left + x, y: box.top + MARK_BAND.top + MARK_BAND.height / 2 };
  }

  /** Page coordinates of the top of a velocity stem at `tick` in the velocity lane, for tests. */
  velocityPoint(tick: number, velocity: number): { x: number; y: number } {
    const box = this.canvas('#velocity-canvas').getBoundingClientRect();
    return { x: box.left + this.view.transform.x(tick) + 1, y: box.top + new VelocityScale(box.height).y(velocity) };
  }

  load(state: RollState): void {
    performance.mark('roll-load-start');
    this.playback.stop();
    this.view.configure(state);
    this.channel.load(state);
    this.view.centerPitch(this.doc.medianPitch());
    this.setTracks(state.tracks);
    this.setAttribute('data-ready', '');
    performance.measure('roll-load', 'roll-load-start');
  }

  /** Who joined or moved since the last call, and the keys of everyone still here. */
  updatePresence(changed: Presence[], keys: string[]): void { this.presence.update(changed, keys); }
  follow(key: string | null): void { this.presence.follow(key); }

  setTracks(tracks: Track[]): void { this.view.setTracks(tracks); this.playback.tracksChanged(); }

  setActiveTrack(id: string): void { this.view.setActiveTrack(id); }
  /** Replaces the marks drawn in the ruler (the open comments); a click on one sends `ruler-mark-click`. */
  setRulerMarks(marks: RulerMark[]): void { this.view.rulerMarks = marks; this.view.changed(); }
  /** The answer to a `note-hover` event: shown while the pointer is still on that note. */
  showNoteTip(id: string, text: string): void { this.tip.show(id, text); }
  showAllTracks(): void { this.view.showAllTracks = true; this.view.colorBy = 'track'; this.view.changed(); }
  showNote(id: string): void { const note = this.doc.get(id); if (note) this.view.focus(note); }
  acknowledge(id: string, seq: number, op: EditOp): void {
    this.connection.heardFromServer();
    this.channel.acknowledge(id, seq, op);
  }
  reject(id: string, message: string): void { this.channel.reject(id, message); }
  applyRemote(seq: number, op: EditOp): void { this.connection.heardFromServer(); this.channel.applyRemote(seq, op); }

  connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.addEventListener('keydown', this.onKey);
    this.canvases?.observe();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    this.canvases?.dispose();
    this.playback.stop();
  }

  private canvas(selector: string): HTMLCanvasElement { return this.renderRoot.querySelector(selector)!; }

  protected firstUpdated(): void {
    const ctx = { doc: this.doc, view: this.view, bus: this.bus };
    const roll = this.canvas('#roll-canvas');
    const lane = this.canvas('#velocity-canvas');
    const canvases = new RollCanvases(roll, lane, this.doc, this.view, [new GhostLayer(this.ghosts), new PresenceLayer(this.presence)]);
    this.ghostInput = new GhostInput(this.ghosts, this.view, roll, this);
    this.playback.extraNotes = () => this.ghosts.notes;
    this.ghosts.onChange(() => { this.playback.resync(); canvases.requestDraw(); });
    this.canvases = canvases;
    new PointerRouter(ctx, roll, this);
    new HoverTips(this.doc, this.view, roll, this, this.tip);
    new SelectionChannel(this, this.view);
    new VelocityLaneInput(ctx, lane, this);
    new WheelScroller(this.view, roll);
    this.shortcuts = new KeyboardShortcuts(ctx, this.actions, (open) => this.showHelp(open ?? !this.helpOpen),
      this.controls.keys);
    this.addEventListener('key-pressed', (e) => this.playback.playKey((e as CustomEvent<{ pitch: number }>).detail.pitch));
    this.doc.onChange(() => {
      this.view.keepSelected((id) => !!this.doc.get(id));
      canvases.requestDraw();
      if (this.connection.offline) this.requestUpdate();
    });
    this.view.onChange(() => { canvases.requestDraw(); this.requestUpdate(); });
    canvases.observe();
  }

  protected render() {
    const v = this.view;
    return html`${rollToolbar(v, {
      tool: (tool) => { v.tool = tool; v.changed(); },
      snap: (key) => { v.snapKey = key; v.changed(); },
      zoom: (f) => v.zoomX(f, KEYBOARD_WIDTH),
      help: () => this.showHelp(!this.helpOpen),
    }, playbackToolbar(this.playback, v, this.controls))}
    <div class="stage">
      <canvas id="roll-canvas" aria-label="Piano roll"></canvas>
      ${this.tip.render(v.width, v.height)}
      ${this.quantize.render(v, () => this.actions.selectedOrTrack().length)}
      ${this.helpOpen ? helpOverlay(v.editable, () => this.showHelp(false)) : ''}
      ${this.connection.offline ? html`<div id="reconnecting" role="status">Reconnecting…${this.channel.pendingCount
        ? ` ${this.channel.pendingCount} edit${this.channel.pendingCount === 1 ? '' : 's'} waiting` : ''}</div>` : ''}
      ${this.toast ? html`<div id="toast" role="status">${this.toast}</div>` : ''}
    </div>
    <div class="lane"><canvas id="velocity-canvas" aria-label="Velocity lane"></canvas></div>`;
  }

  private rejected(command: Command | undefined, message: string): void {
    if (command) this.bus.forget(command);
    this.tell(message);
  }

  /** Shows a short message over the roll for a few seconds. */
  private tell(message: string): void {
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
