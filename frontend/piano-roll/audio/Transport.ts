import * as Tone from 'tone';
import { TempoMap } from '../model/TempoMap.js';

type Range = { from: number; to: number };

/**
 * Tone.Transport with the project's resolution and tempo map: its PPQ is the project's ticks per
 * quarter, so a note's start tick is a transport time as it is. Each tempo change is an event on
 * the transport that sets the tempo from its tick on; Tone integrates the tempo curve, so ticks,
 * the playhead and everything scheduled follow the map on the audio clock.
 */
export class Transport {
  readonly tone = Tone.getTransport();
  map = new TempoMap();
  /** Where the last start began: its tick and its time on the audio clock. */
  startTick = 0;
  startTime = 0;
  private range: Range | null = null;
  private changeIds: number[] = [];

  constructor() {
    // Jumping back to the loop start also jumps back to the tempo there.
    this.tone.on('loop', (time: number) => {
      if (this.range) this.tone.bpm.setValueAtTime(this.map.bpmAt(this.range.from), time);
    });
  }

  configure(ticksPerQuarter: number, map: TempoMap): void {
    this.tone.PPQ = ticksPerQuarter;
    this.map = map;
    this.changeIds.forEach((id) => this.tone.clear(id));
    this.changeIds = map.points.slice(1).map(({ tick, bpm }) =>
      this.tone.schedule((time) => this.tone.bpm.setValueAtTime(bpm, time), `${tick}i`));
  }

  /** Starts at `fromTick` at audio time `time`, in the tempo in force there. */
  start(fromTick: number, time: number): void {
    const tick = Math.max(0, Math.round(fromTick));
    this.startTick = tick;
    this.startTime = time;
    this.tone.bpm.cancelScheduledValues(time);
    this.tone.bpm.setValueAtTime(this.map.bpmAt(tick), time);
    this.tone.start(time, `${tick}i`);
  }

  stop(): void {
    this.tone.stop();
  }

  /** Loops [from, to) ticks, or plays straight on when `range` is null. */
  loop(range: Range | null): void {
    this.range = range;
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
