import * as Tone from 'tone';

/**
 * Tone.Transport with the project's resolution and tempo: its PPQ is the project's ticks per
 * quarter, so a note's start tick is a transport time as it is, and everything runs on the
 * audio clock, sample-accurate, a little ahead of the screen.
 */
export class Transport {
  readonly tone = Tone.getTransport();

  configure(ticksPerQuarter: number, bpm: number): void {
    this.tone.PPQ = ticksPerQuarter;
    this.tone.bpm.value = bpm;
  }

  /** Seconds that `ticks` last at the current tempo. */
  seconds(ticks: number): number {
    return (ticks * 60) / (this.tone.bpm.value * this.tone.PPQ);
  }

  start(fromTick: number): void {
    this.tone.start(undefined, `${Math.max(0, Math.round(fromTick))}i`);
  }

  stop(): void {
    this.tone.stop();
  }

  /** Loops [from, to) ticks, or plays straight on when `range` is null. */
  loop(range: { from: number; to: number } | null): void {
    if (range) {
      this.tone.setLoopPoints(`${Math.round(range.from)}i`, `${Math.round(range.to)}i`);
    }
    this.tone.loop = !!range;
  }

  /** The tick being heard now (the audio clock without the scheduling look-ahead). */
  get tick(): number {
    return this.tone.state === 'started' ? this.tone.getTicksAtTime(Tone.immediate()) : this.tone.ticks;
  }
}
