import type { Note, NoteChange } from './Note.js';

/** What a quantize pass moves to the grid; strength 0..1 is how far each value goes. */
export interface QuantizeSettings {
  start: boolean;
  length: boolean;
  strength: number;
}

/** A grid choice: a fraction of a whole note, optionally as triplets; `off` means no snapping. */
export interface SnapOption {
  key: string;
  label: string;
  /** Fraction of a whole note, e.g. 1/16; 0 = off. */
  fraction: number;
  triplet: boolean;
}

const plain = (d: number): SnapOption => ({ key: `1/${d}`, label: `1/${d}`, fraction: 1 / d, triplet: false });
const triplet = (d: number): SnapOption => ({ key: `1/${d}T`, label: `1/${d} triplet`, fraction: 1 / d, triplet: true });

export const SNAP_OPTIONS: SnapOption[] = [
  plain(1), plain(2), plain(4), plain(8), plain(16), plain(32),
  triplet(4), triplet(8), triplet(16),
  { key: 'off', label: 'Off', fraction: 0, triplet: false },
];

export const DEFAULT_SNAP = '1/16';

/** Snaps ticks to the grid. Pure: no DOM, no state besides its settings. */
export class Quantizer {
  constructor(
    readonly ticksPerQuarter: number,
    readonly option: SnapOption,
  ) {}

  static of(ticksPerQuarter: number, key: string): Quantizer {
    return new Quantizer(ticksPerQuarter, SNAP_OPTIONS.find((o) => o.key === key) ?? SNAP_OPTIONS[4]);
  }

  /** Grid step in ticks; 1 when snapping is off. */
  get step(): number {
    if (this.option.fraction === 0) return 1;
    const whole = this.ticksPerQuarter * 4;
    const step = whole * this.option.fraction * (this.option.triplet ? 2 / 3 : 1);
    return Math.max(1, Math.round(step));
  }

  /** Length of a note drawn with a single click: one grid step, or a 1/16 when off. */
  get defaultLength(): number {
    return this.option.fraction === 0 ? this.ticksPerQuarter / 4 : this.step;
  }

  round(tick: number): number {
    return Math.round(tick / this.step) * this.step;
  }

  floor(tick: number): number {
    return Math.floor(tick / this.step) * this.step;
  }

  ceil(tick: number): number {
    return Math.ceil(tick / this.step) * this.step;
  }

  /**
   * The change that pulls a note towards the grid, or null if nothing moves: the start to the
   * nearest grid line, the length to a whole number of steps (at least one). Strength 0.5 goes
   * halfway. Quantizing only the start keeps the length.
   */
  quantize(note: Note, s: QuantizeSettings): NoteChange | null {
    const toward = (value: number, target: number) => Math.round(value + (target - value) * s.strength);
    const start = s.start ? Math.max(0, toward(note.start, this.round(note.start))) : note.start;
    const duration = s.length ? Math.max(1, toward(note.duration, Math.max(this.step, this.round(note.duration))))
      : note.duration;
    if (start === note.start && duration === note.duration) return null;
    const change: NoteChange = { id: note.id };
    if (start !== note.start) change.start = start;
    if (duration !== note.duration) change.duration = duration;
    return change;
  }
}
