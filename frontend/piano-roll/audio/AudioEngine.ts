import * as Tone from 'tone';
import type { Meter } from '../model/Meter.js';
import type { Note } from '../model/Note.js';
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
  private readonly scheduler = new NoteScheduler(this.transport, (n, time) => this.sound(n, time));

  /** Resumes the audio context (call from a click or key press) and waits for the piano samples. */
  static async create(): Promise<AudioEngine> {
    await Tone.start();
    const engine = new AudioEngine();
    await engine.piano.loaded;
    return engine;
  }

  configure(meter: Meter, bpm: number, tracks: Track[]): void {
    this.transport.configure(meter.ticksPerQuarter, bpm);
    this.metronome.schedule(meter);
    this.mixer.update(tracks);
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

  private sound(note: Note, time: number): void {
    const gain = this.mixer.gain(note.trackId);
    if (gain === 0) return;
    this.voiceOf(note.trackId).play(note.pitch, time, this.transport.seconds(note.duration), (note.velocity / 127) * gain);
  }

  private voiceOf(trackId: string): Voice {
    const track = this.mixer.track(trackId);
    const family = track ? familyOf(track.program, track.channel) : null;
    return family ? this.synths.voice(family) : this.piano;
  }
}
