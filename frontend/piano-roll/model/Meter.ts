/** Bars and beats in ticks, from the resolution and the time signature. */
export class Meter {
  constructor(
    readonly ticksPerQuarter = 480,
    readonly beatsPerBar = 4,
    readonly beatUnit = 4,
  ) {}

  get ticksPerBeat(): number {
    return (this.ticksPerQuarter * 4) / this.beatUnit;
  }

  get ticksPerBar(): number {
    return this.ticksPerBeat * this.beatsPerBar;
  }

  /** The tick where bar `bar` (counted from 1) starts. */
  barStart(bar: number): number {
    return (bar - 1) * this.ticksPerBar;
  }

  /** "3.2" for the second beat of bar 3 (both counted from 1). */
  label(tick: number): string {
    const bar = Math.floor(tick / this.ticksPerBar) + 1;
    const beat = Math.floor((tick % this.ticksPerBar) / this.ticksPerBeat) + 1;
    return beat === 1 ? `${bar}` : `${bar}.${beat}`;
  }
}
