import * as Tone from 'tone';
import type { Meter } from '../model/Meter.js';
import { type Note, noteEnd } from '../model/Note.js';
import type { TempoMap } from '../model/TempoMap.js';
import type { Track } from '../model/Track.js';
import { Metronome } from './Metronome.js';
import { NoteScheduler } from './NoteScheduler.js';
import { PianoSampler } from './PianoSampler.js';
import { familyOf, SynthVoices } from './SynthVoices.js';
import { TrackMixer } from './TrackMixer.js';
import { Transport } from './Transport.js';
import type { Voice } from './Voice.js';

/**
 * Everything that makes sound, loaded on first use (this module and Tone.js are a separate
 * chunk): the transport, the piano, the synth fallbacks, the metronome and the note schedule.
 */
export class AudioEngine {
  readonly transport = new Transport();
  readonly mixer = new TrackMixer();
  private readonly output = new Tone.Volume(-4).toDestination();
  private readonly piano = new PianoSampler(this.output);
  private readonly synths = new SynthVoices(this.output);
  readonly metronome = new Metronome(this.transport.tone, this.output);
  private readonly scheduler = new NoteScheduler(this.transport, (n, time) => this.sound(n, n.start, time));
  /** Ids of the notes voiced since the last start (read by tests to hear what would be heard). */
  readonly voiced = new Set<string>();

  /** Resumes the audio context (call from a click or key press) and waits for the piano samples. */
  static async create(): Promise<AudioEngine> {
    await Tone.start();
    const engine = new AudioEngine();
    await engine.piano.loaded;
    return engine;
  }

  constructor() {
    this.transport.tone.on('loop', (time: number) => this.soundHeld(this.transport.tone.getTicksAtTime(time), time));
  }

  configure(meter: Meter, tempoMap: TempoMap, tracks: Track[]): void {
    this.transport.configure(meter.ticksPerQuarter, tempoMap);
    this.metronome.schedule(meter);
    this.mixer.update(tracks);
  }

  /** Plays from `tick`; notes already sounding there are heard from it for the rest of their length. */
  start(tick: number): void {
    const time = Tone.now();
    this.voiced.clear();
    this.transport.start(tick, time);
    this.soundHeld(tick, time);
  }

  sync(notes: Note[]): void {
    this.scheduler.sync(notes);
  }

  stop(): void {
    this.transport.stop();
    this.piano.releaseAll();
    this.synths.releaseAll();
  }

  /** One pitch now, as a click on the piano keys does, in the sound of `trackId`. */
  preview(trackId: string, pitch: number): void {
    this.voiceOf(trackId).play(pitch, Tone.now(), 0.6, 0.8);
  }

  private soundHeld(tick: number, time: number): void {
    this.scheduler.heldAt(tick).forEach((note) => this.sound(note, tick, time));
  }

  /** Sounds `note` from tick `from` (its start, or later when playback starts inside it) at `time`. */
  private sound(note: Note, from: number, time: number): void {
    const gain = this.mixer.gain(note.trackId);
    if (gain === 0) return;
    this.voiced.add(note.id);
    const seconds = this.transport.map.secondsBetween(from, noteEnd(note));
    this.voiceOf(note.trackId).play(note.pitch, time, seconds, (note.velocity / 127) * gain);
  }

  private voiceOf(trackId: string): Voice {
    const track = this.mixer.track(trackId);
    const family = track ? familyOf(track.program, track.channel) : null;
    return family ? this.synths.voice(family) : this.piano;
  }
}
