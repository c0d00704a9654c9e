import type { Note } from '../model/Note.js';

export interface Band { fromTick: number; toTick: number; lowPitch: number; highPitch: number }

/**
 * Notes the AI proposes, shown over the project but not part of it: they cannot be edited, only
 * selected (to accept some of them), heard with the project, accepted or rejected. `excerpt` is a
 * training excerpt played for comparison (provenance), drawn while it plays.
 */
export class GhostNotes {
  notes: Note[] = [];
  excerpt: Note[] = [];
  trackId = '';
  band?: Band;
  readonly selected = new Set<string>();
  private readonly listeners: Array<() => void> = [];

  get shown(): boolean { return this.notes.length > 0; }

  show(notes: Note[], trackId: string): void {
    this.notes = notes;
    this.trackId = trackId;
    this.selected.clear();
    this.changed();
  }

  clear(): void {
    this.notes = [];
    this.excerpt = [];
    this.selected.clear();
    this.band = undefined;
    this.changed();
  }

  showExcerpt(notes: Note[]): void { this.excerpt = notes; this.changed(); }

  at(tick: number, pitch: number): Note | undefined {
    return this.notes.find((n) => n.pitch === pitch && n.start <= tick && tick < n.start + n.duration);
  }

  /** A click: that note alone, or with `additive` (Shift/Ctrl) added to or removed from the selection. */
  pick(note: Note, additive: boolean): void {
    if (!additive) this.selected.clear();
    if (additive && this.selected.has(note.id)) this.selected.delete(note.id);
    else this.selected.add(note.id);
    this.changed();
  }

  /** A rubber band: the notes it touches. */
  selectIn(band: Band): void {
    this.band = undefined;
    this.selected.clear();
    for (const n of this.notes) {
      if (n.pitch >= band.lowPitch && n.pitch <= band.highPitch && n.start < band.toTick
        && n.start + n.duration > band.fromTick) this.selected.add(n.id);
    }
    this.changed();
  }

  onChange(listener: () => void): void { this.listeners.push(listener); }

  changed(): void { this.listeners.forEach((l) => l()); }
}
