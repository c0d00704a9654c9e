import { MAX_VELOCITY, MIN_VELOCITY } from './Note.js';

/** Converts between a velocity and the y of its bar top in the velocity lane (0 = top of the lane). */
export class VelocityScale {
  constructor(
    readonly height: number,
    readonly padding = 6,
  ) {}

  y(velocity: number): number {
    return this.padding + (1 - velocity / MAX_VELOCITY) * (this.height - 2 * this.padding);
  }

  /** The velocity whose bar top is at `y`, kept within 1..127. */
  velocity(y: number): number {
    const v = Math.round((1 - (y - this.padding) / (this.height - 2 * this.padding)) * MAX_VELOCITY);
    return Math.min(MAX_VELOCITY, Math.max(MIN_VELOCITY, v));
  }
}
