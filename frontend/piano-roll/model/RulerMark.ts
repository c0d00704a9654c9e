import type { Meter } from './Meter.js';

/** A labelled range of whole bars shown in the ruler (an open comment), as the Java `RulerMark` is written in JSON. */
export interface RulerMark {
  id: string;
  /** Counted from 1, like the ruler's numbers; `lastBar` is included. */
  firstBar: number;
  lastBar: number;
  label: string;
}

/** The ticks a mark covers: from the start of its first bar to the end of its last. */
export function markSpan(meter: Meter, mark: RulerMark): { from: number; to: number } {
  return { from: meter.barStart(mark.firstBar), to: meter.barStart(mark.lastBar + 1) };
}
