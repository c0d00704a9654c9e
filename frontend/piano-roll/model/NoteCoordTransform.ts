import { MAX_PITCH } from './Note.js';

/**
 * Converts between canvas pixels (CSS px, origin top-left of the canvas) and music (ticks,
 * pitches). The note area starts right of the keyboard and below the ruler.
 */
export class NoteCoordTransform {
  constructor(
    readonly pixelsPerTick: number,
    readonly keyHeight: number,
    /** First tick shown at the left edge of the note area. */
    readonly scrollTick: number,
    /** Pixels scrolled down from the top (pitch 127). */
    readonly scrollY: number,
    readonly left: number,
    readonly top: number,
  ) {}

  x(tick: number): number {
    return this.left + (tick - this.scrollTick) * this.pixelsPerTick;
  }

  /** Top edge of the row of `pitch`. */
  y(pitch: number): number {
    return this.top + (MAX_PITCH - pitch) * this.keyHeight - this.scrollY;
  }

  tick(x: number): number {
    return this.scrollTick + (x - this.left) / this.pixelsPerTick;
  }

  pitch(y: number): number {
    return MAX_PITCH - Math.floor((y - this.top + this.scrollY) / this.keyHeight);
  }

  width(ticks: number): number {
    return ticks * this.pixelsPerTick;
  }
}
