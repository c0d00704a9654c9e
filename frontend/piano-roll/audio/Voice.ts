/** Something that can sound a pitch: the piano sampler or one of the synth fallbacks. */
export interface Voice {
  /** Plays `pitch` (MIDI) at audio-clock `time` for `seconds`; `velocity` is a gain 0..1. */
  play(pitch: number, time: number, seconds: number, velocity: number): void;
  releaseAll(): void;
}
