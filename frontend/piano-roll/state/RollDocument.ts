import { applyOp } from '../model/applyOp.js';
import type { EditOp } from '../model/EditOp.js';
import type { Note } from '../model/Note.js';

/**
 * The notes of the piece by id. Changed only by applying edit operations (from commands or the
 * server). Keeps a start-sorted index, rebuilt lazily after changes, so a redraw visits only the
 * notes in view even with tens of thousands of notes.
 */
export class RollDocument {
  private readonly byId = new Map<string, Note>();
  private sorted: Note[] = [];
  private longest = 0;
  private dirty = false;
  private readonly listeners: Array<() => void> = [];

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Note | undefined {
    return this.byId.get(id);
  }

  all(): Note[] {
    return [...this.byId.values()];
  }

  /** The middle pitch of all notes, or middle C when there are none. */
  medianPitch(): number {
    const pitches = [...this.byId.values()].map((n) => n.pitch).sort((a, b) => a - b);
    return pitches.length ? pitches[pitches.length >> 1] : 60;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  replaceAll(notes: Note[]): void {
    this.byId.clear();
    notes.forEach((n) => this.byId.set(n.id, n));
    this.changed();
  }

  apply(op: EditOp): void {
    applyOp(this.byId, op);
    this.changed();
  }

  /**
   * Sets the notes `ids` to what `source` has for them (absent there means absent here), then
   * applies `ops` in order, and tells listeners once. The rebase step of local echo.
   */
  reset(ids: Iterable<string>, source: ReadonlyMap<string, Note>, ops: EditOp[]): void {
    for (const id of ids) {
      const note = source.get(id);
      if (note) this.byId.set(id, note);
      else this.byId.delete(id);
    }
    ops.forEach((op) => applyOp(this.byId, op));
    this.changed();
  }

  /** Notes that overlap [fromTick, toTick) and lie within [lowPitch, highPitch], in start order. */
  visible(fromTick: number, toTick: number, lowPitch: number, highPitch: number): Note[] {
    this.reindex();
    const result: Note[] = [];
    for (let i = this.firstStartingAtOrAfter(fromTick - this.longest); i < this.sorted.length; i++) {
      const n = this.sorted[i];
      if (n.start >= toTick) break;
      if (n.start + n.duration > fromTick && n.pitch >= lowPitch && n.pitch <= highPitch) result.push(n);
    }
    return result;
  }

  private changed(): void {
    this.dirty = true;
    this.listeners.forEach((l) => l());
  }

  private reindex(): void {
    if (!this.dirty) return;
    this.sorted = [...this.byId.values()].sort((a, b) => a.start - b.start);
    this.longest = this.sorted.reduce((m, n) => Math.max(m, n.duration), 0);
    this.dirty = false;
  }

  private firstStartingAtOrAfter(tick: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid].start < tick) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
