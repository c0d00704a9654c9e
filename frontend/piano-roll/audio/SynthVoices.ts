import * as Tone from 'tone';
import type { Voice } from './Voice.js';

export type SynthFamily = 'pluck' | 'bass' | 'pad' | 'lead' | 'drums';

/** General MIDI program (and channel) to the synth that stands in for it; null means the piano. */
export function familyOf(program: number, channel: number): SynthFamily | null {
  if (channel === 9 || program >= 112) return 'drums';
  if (program < 8) return null;
  if (program < 16 || (program >= 24 && program < 32) || program >= 104) return 'pluck';
  if (program >= 32 && program < 40) return 'bass';
  if (program < 56 || (program >= 88 && program < 104)) return 'pad';
  return 'lead';
}

/** Low drum notes (kicks, toms, snares) are drums with a pitch; the rest are cymbals and hats. */
const SKIN = new Set([35, 36, 37, 38, 39, 40, 41, 43, 45, 47, 48, 50]);

/**
 * A few Tone.js synths standing in for General MIDI instruments that are not a piano: plucked
 * (guitars, mallets), bass, pad (strings, ensembles, organs, pads), lead (brass, reeds, synth
 * leads) and drums. Each is made on first use and plays polyphonically.
 */
export class SynthVoices {
  private readonly voices = new Map<SynthFamily, Voice>();

  constructor(private readonly output: Tone.InputNode) {}

  voice(family: SynthFamily): Voice {
    let voice = this.voices.get(family);
    if (!voice) {
      voice = family === 'drums' ? this.drums() : this.poly(family);
      this.voices.set(family, voice);
    }
    return voice;
  }

  releaseAll(): void {
    this.voices.forEach((v) => v.releaseAll());
  }

  private poly(family: Exclude<SynthFamily, 'drums'>): Voice {
    const synth = family === 'bass'
      ? new Tone.PolySynth(Tone.MonoSynth, { oscillator: { type: 'sawtooth' }, filter: { Q: 2 },
        filterEnvelope: { attack: 0.01, decay: 0.2, sustain: 0.3, baseFrequency: 120, octaves: 2.5 },
        envelope: { attack: 0.01, decay: 0.3, sustain: 0.6, release: 0.2 } })
      : new Tone.PolySynth(Tone.Synth, {
        oscillator: { type: family === 'pad' ? 'fatsawtooth' : family === 'lead' ? 'square' : 'triangle' },
        envelope: family === 'pad' ? { attack: 0.25, decay: 0.3, sustain: 0.8, release: 0.8 }
          : family === 'lead' ? { attack: 0.01, decay: 0.1, sustain: 0.7, release: 0.15 }
          : { attack: 0.002, decay: 0.6, sustain: 0.05, release: 0.3 } });
    synth.volume.value = family === 'pad' ? -14 : family === 'lead' ? -16 : -8;
    synth.connect(this.output);
    return {
      play: (pitch, time, seconds, velocity) =>
        synth.triggerAttackRelease(Tone.Frequency(pitch, 'midi').toFrequency(), seconds, time, velocity),
      releaseAll: () => synth.releaseAll(),
    };
  }

  private drums(): Voice {
    const skin = new Tone.PolySynth(Tone.MembraneSynth, { envelope: { attack: 0.001, decay: 0.35, sustain: 0 } });
    const metal = new Tone.PolySynth(Tone.MetalSynth, { envelope: { attack: 0.001, decay: 0.12, release: 0.05 } });
    metal.volume.value = -22;
    skin.connect(this.output);
    metal.connect(this.output);
    return {
      play: (pitch, time, _seconds, velocity) => SKIN.has(pitch)
        ? skin.triggerAttackRelease(Tone.Frequency(pitch - 12, 'midi').toFrequency(), 0.1, time, velocity)
        : metal.triggerAttackRelease(300 + (pitch - 42) * 20, 0.05, time, velocity),
      releaseAll: () => { skin.releaseAll(); metal.releaseAll(); },
    };
  }
}
