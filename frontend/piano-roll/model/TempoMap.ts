/** From `tick` on, quarter notes are played at `bpm` (Java `TempoPoint`). */
export interface TempoPoint {
  tick: number;
  bpm: number;
}

/**
 * Ticks to seconds and back through a project's tempo map. The first point is the tempo at tick 0;
 * later points change it. Pure, no DOM.
 */
export class TempoMap {
  readonly points: TempoPoint[];
  /** Seconds from the start of the song to each point. */
  private readonly starts: number[] = [];

  constructor(points: TempoPoint[] = [], readonly ticksPerQuarter = 480) {
    const sorted = [...points].sort((a, b) => a.tick - b.tick);
    this.points = sorted[0]?.tick === 0 ? sorted : [{ tick: 0, bpm: 120 }, ...sorted];
    let seconds = 0;
    this.points.forEach((p, i) => {
      if (i > 0) seconds += this.span(this.points[i - 1], p.tick - this.points[i - 1].tick);
      this.starts.push(seconds);
    });
  }

  /** Whether the tempo changes at all after the start. */
  get changes(): boolean {
    return this.points.length > 1;
  }

  bpmAt(tick: number): number {
    return this.points[this.indexAt(tick)].bpm;
  }

  /** Seconds from the start of the song to `tick`. */
  seconds(tick: number): number {
    const i = this.indexAt(tick);
    return this.starts[i] + this.span(this.points[i], tick - this.points[i].tick);
  }

  /** Seconds between two ticks, e.g. how long a note sounds. */
  secondsBetween(from: number, to: number): number {
    return this.seconds(to) - this.seconds(from);
  }

  /** The tick played `seconds` after the start of the song. */
  tick(seconds: number): number {
    let i = this.points.length - 1;
    while (i > 0 && this.starts[i] > seconds) i--;
    const p = this.points[i];
    return p.tick + ((seconds - this.starts[i]) * p.bpm * this.ticksPerQuarter) / 60;
  }

  private span(point: TempoPoint, ticks: number): number {
    return (ticks * 60) / (point.bpm * this.ticksPerQuarter);
  }

  private indexAt(tick: number): number {
    let lo = 0;
    let hi = this.points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.points[mid].tick <= tick) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
