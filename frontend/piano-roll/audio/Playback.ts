import type { Note } from '../model/Note.js';
import { span } from '../model/Selection.js';
import type { RollDocument } from '../state/RollDocument.js';
import type { RollView } from '../state/RollView.js';
import type { AudioEngine } from './AudioEngine.js';

const LOOP_BARS = 4;
const NO_SOUND = 'The sounds could not be loaded, so nothing can play.';

/**
 * Play / stop, loop, metronome and follow, for the roll. Sound starts only after a click or key
 * press: the first one loads Tone.js and the piano samples (`loading` until then). While playing,
 * the playhead follows the audio clock once per frame; Stop puts it back where playback started.
 */
export class Playback {
  playing = false;
  loading = false;
  soundsLoaded = false;
  metronome = false;
  follow = true;
  private engine?: Promise<AudioEngine>;
  private ready?: AudioEngine;
  private startTick = 0;
  private frame = 0;
  private wanted = false;
  /** Notes heard with the project that are not part of it (the AI's proposal). */
  extraNotes: () => Note[] = () => [];
  /** While set, only these notes play (a training excerpt to compare with). */
  private solo?: Note[];

  constructor(private readonly doc: RollDocument, private readonly view: RollView,
    private readonly changed: () => void, private readonly failed: (message: string) => void) {
    doc.onChange(() => this.resync());
  }

  /** Call when `extraNotes` would answer something new. */
  resync(): void { if (!this.solo) this.ready?.sync(this.heard()); }

  /** Plays only `notes` from the first of them, e.g. a training excerpt; Stop returns to the project. */
  playOnly(notes: Note[]): void {
    this.stop();
    if (notes.length === 0) return;
    this.solo = notes;
    this.view.playhead = Math.min(...notes.map((n) => n.start));
    this.play().catch(() => this.failed(NO_SOUND));
  }

  private heard(): Note[] { return this.solo ?? [...this.doc.all(), ...this.extraNotes()]; }

  toggle(): void {
    if (this.playing || this.wanted) this.stop();
    else this.play().catch(() => this.failed(NO_SOUND));
  }

  async play(): Promise<void> {
    this.wanted = true;
    const engine = await this.load();
    if (!this.wanted || this.playing) return;
    this.configure(engine);
    engine.sync(this.heard());
    const loop = this.view.loop;
    this.startTick = this.view.playhead;
    const inLoop = loop && this.startTick >= loop.from && this.startTick < loop.to;
    engine.transport.loop(loop);
    engine.start(loop && !inLoop ? loop.from : this.startTick);
    this.playing = true;
    this.follow && this.view.reveal(this.view.playhead);
    this.animate(engine);
    this.changed();
  }

  stop(): void {
    this.wanted = false;
    if (this.solo) {
      this.solo = undefined;
      this.ready?.sync(this.heard());
    }
    if (!this.playing) return this.changed();
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.ready?.stop();
    this.view.playhead = this.startTick;
    this.view.changed();
    this.changed();
  }

  /** L: loops the selection's time span, or the 4 bars from the playhead's bar; L again: no loop. */
  toggleLoop(): void {
    const { view } = this;
    if (view.loop) view.loop = null;
    else if (view.selection.size > 0) {
      const { start, end } = span(this.selectedNotes());
      view.loop = { from: start, to: end };
    } else {
      const bar = view.meter.ticksPerBar;
      const from = Math.floor(view.playhead / bar) * bar;
      view.loop = { from, to: from + LOOP_BARS * bar };
    }
    this.ready?.transport.loop(view.loop);
    view.changed();
    this.changed();
  }

  toggleMetronome(): void {
    this.metronome = !this.metronome;
    if (this.ready) this.ready.metronome.enabled = this.metronome;
    this.changed();
  }

  toggleFollow(): void {
    this.follow = !this.follow;
    this.changed();
  }

  /** A click on a piano key: sounds the pitch in the active track's instrument. */
  playKey(pitch: number): void {
    this.load().then((engine) => {
      if (!this.playing) this.configure(engine);
      engine.preview(this.view.activeTrackId, pitch);
    }, () => this.failed(NO_SOUND));
  }

  /** New track settings (mute, solo, volume, instrument) apply at once, also while playing. */
  tracksChanged(): void {
    this.ready?.mixer.update(this.view.tracks);
  }

  private configure(engine: AudioEngine): void {
    engine.configure(this.view.meter, this.view.tempoMap, this.view.tracks);
    engine.metronome.enabled = this.metronome;
  }

  private load(): Promise<AudioEngine> {
    if (!this.engine) {
      this.loading = true;
      this.changed();
      this.engine = import('./AudioEngine.js').then((m) => m.AudioEngine.create()).then((engine) => {
        this.ready = engine;
        this.loading = false;
        this.soundsLoaded = true;
        this.changed();
        return engine;
      }, (error: unknown) => {
        this.engine = undefined;
        this.loading = false;
        this.changed();
        throw error;
      });
    }
    return this.engine;
  }

  private animate(engine: AudioEngine): void {
    this.frame = requestAnimationFrame(() => {
      if (!this.playing) return;
      this.view.playhead = Math.round(engine.transport.tick);
      if (this.follow) this.view.reveal(this.view.playhead);
      this.view.changed();
      this.animate(engine);
    });
  }

  private selectedNotes() {
    return [...this.view.selection].map((id) => this.doc.get(id)).filter((n) => n !== undefined);
  }
}
