import { type Note, noteEnd } from './Note.js';

/** A rectangle in music space: ticks across, pitches down (inclusive). */
export interface MusicRect {
  fromTick: number;
  toTick: number;
  lowPitch: number;
  highPitch: number;
}

/** The rectangle spanned by two points, whichever way the user dragged. */
export function rectFromPoints(a: { tick: number; pitch: number }, b: { tick: number; pitch: number }): MusicRect {
  return {
    fromTick: Math.min(a.tick, b.tick),
    toTick: Math.max(a.tick, b.tick),
    lowPitch: Math.min(a.pitch, b.pitch),
    highPitch: Math.max(a.pitch, b.pitch),
  };
}

export function intersects(rect: MusicRect, note: Note): boolean {
  return note.pitch >= rect.lowPitch && note.pitch <= rect.highPitch
    && note.start < rect.toTick && noteEnd(note) > rect.fromTick;
}

/** First start and last end of a group of notes. */
export function span(notes: Note[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const n of notes) {
    start = Math.min(start, n.start);
    end = Math.max(end, noteEnd(n));
  }
  return { start, end };
}

/** The ranges a group may shift by without leaving 0..127 or starting before tick 0. */
export function clampShift(notes: Note[], dTick: number, dPitch: number): { dTick: number; dPitch: number } {
  let minStart = Infinity;
  let low = 127;
  let high = 0;
  for (const n of notes) {
    minStart = Math.min(minStart, n.start);
    low = Math.min(low, n.pitch);
    high = Math.max(high, n.pitch);
  }
  return {
    dTick: Math.max(dTick, -minStart),
    dPitch: Math.min(Math.max(dPitch, -low), 127 - high),
  };
}
