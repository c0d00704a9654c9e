import { Meter } from '../model/Meter.js';
import type { Note } from '../model/Note.js';
import { NoteCoordTransform } from '../model/NoteCoordTransform.js';
import { DEFAULT_SNAP, Quantizer } from '../model/Quantizer.js';
import type { RulerMark } from '../model/RulerMark.js';
import type { MusicRect } from '../model/Selection.js';
import { TempoMap, type TempoPoint } from '../model/TempoMap.js';
import type { Track } from '../model/Track.js';

export type Tool = 'pencil' | 'select';

export const KEYBOARD_WIDTH = 64;
export const RULER_HEIGHT = 26;
/** Ruler marks are drawn, and clicked, in this band at the top of the ruler (above the loop band). */
export const MARK_BAND = { top: 1, height: 8 };

/** How notes are filled: by their velocity (cool to warm) or in their track's colour. */
export type ColorBy = 'velocity' | 'track';

/**
 * Everything about the roll that is not the music: tool, selection, scroll, zoom, the live
 * preview of a drag, the playhead. Notifies listeners so the renderer can schedule a frame.
 */
export class RollView {
  tool: Tool = 'pencil';
  snapKey = DEFAULT_SNAP;
  meter = new Meter();
  tempoMap = new TempoMap();
  editable = false;
  activeTrackId = '';
  tracks: Track[] = [];
  selection = new Set<string>();
  /** Notes as they look during a drag, drawn instead of the stored ones; not yet a command. */
  preview = new Map<string, Note>();
  rubberBand: MusicRect | null = null;
  playhead = 0;
  /** The ticks playback loops over, or null to play straight on. */
  loop: { from: number; to: number } | null = null;
  colorBy: ColorBy = 'velocity';
  /** Draw every track as active (a read-only comparison or blame view), not just the edited one. */
  showAllTracks = false;
  /** Labelled bar ranges drawn in the ruler (open comments); kept across loads. */
  rulerMarks: RulerMark[] = [];
  /** Notes copied with Ctrl+C / Ctrl+X, kept in this tab only. */
  clipboard: Note[] = [];
  pressedKey: number | null = null;
  pixelsPerTick = 0.1;
  keyHeight = 14;
  scrollTick = 0;
  scrollY = 0;
  width = 0;
  height = 0;
  private readonly listeners: Array<() => void> = [];
  private pendingCenter: number | null = null;

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    this.listeners.forEach((l) => l());
  }

  /** Settings from a freshly loaded project; clears the selection. */
  configure(s: { ticksPerQuarter: number; beatsPerBar: number; beatUnit: number; tempos: TempoPoint[];
    editable: boolean; activeTrackId?: string; tracks: Track[] }): void {
    this.meter = new Meter(s.ticksPerQuarter, s.beatsPerBar, s.beatUnit);
    this.tempoMap = new TempoMap(s.tempos, s.ticksPerQuarter);
    this.editable = s.editable;
    this.tracks = s.tracks;
    this.activeTrackId = s.activeTrackId ?? s.tracks[0]?.id ?? '';
    this.pixelsPerTick = 64 / s.ticksPerQuarter;
    this.selection = new Set();
    this.changed();
  }

  setSize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    if (this.pendingCenter !== null && height > 0) this.centerPitch(this.pendingCenter);
    else this.scrollBy(0, 0);
  }

  get transform(): NoteCoordTransform {
    return new NoteCoordTransform(this.pixelsPerTick, this.keyHeight, this.scrollTick, this.scrollY,
      KEYBOARD_WIDTH, RULER_HEIGHT);
  }

  get quantizer(): Quantizer {
    return Quantizer.of(this.meter.ticksPerQuarter, this.snapKey);
  }

  /**
   * Whether a note is drawn undimmed and can be clicked or rubber-banded: the active track's notes,
   * or every note when all tracks are shown (the read-only views put each author or kind of
   * difference on a track of its own).
   */
  isActive(note: Note): boolean {
    return this.showAllTracks || note.trackId === this.activeTrackId;
  }

  select(ids: Iterable<string>): void {
    this.selection = new Set(ids);
    this.changed();
  }

  scrollBy(dx: number, dy: number): void {
    this.scrollTick = Math.max(0, this.scrollTick + dx / this.pixelsPerTick);
    const maxY = Math.max(0, 128 * this.keyHeight - (this.height - RULER_HEIGHT));
    this.scrollY = Math.min(maxY, Math.max(0, this.scrollY + dy));
    this.changed();
  }

  /** Horizontal zoom by `factor`, keeping the tick under canvas x `anchorX` in place. */
  zoomX(factor: number, anchorX: number): void {
    const anchorTick = this.transform.tick(anchorX);
    this.pixelsPerTick = Math.min(2, Math.max(0.005, this.pixelsPerTick * factor));
    this.scrollTick = Math.max(0, anchorTick - (anchorX - KEYBOARD_WIDTH) / this.pixelsPerTick);
    this.changed();
  }

  /** Vertical zoom by `factor`, keeping the pitch under canvas y `anchorY` in place. */
  zoomY(factor: number, anchorY: number): void {
    const rows = (anchorY - RULER_HEIGHT + this.scrollY) / this.keyHeight;
    this.keyHeight = Math.min(40, Math.max(5, this.keyHeight * factor));
    this.scrollY = rows * this.keyHeight - (anchorY - RULER_HEIGHT);
    this.scrollBy(0, 0);
  }

  /** New track settings; if the active track is gone, the first track becomes active. */
  setTracks(tracks: Track[]): void {
    this.tracks = tracks;
    if (!tracks.some((t) => t.id === this.activeTrackId)) this.setActiveTrack(tracks[0]?.id ?? '');
    this.changed();
  }

  /** Other tracks' notes are dimmed and cannot be edited; switching drops the selection. */
  setActiveTrack(id: string): void {
    this.activeTrackId = id;
    this.select([]);
  }

  /** Scrolls by a page when `tick` is off screen (follow playhead); a little room stays on the left. */
  reveal(tick: number): void {
    const t = this.transform;
    const x = t.x(tick);
    if (x >= KEYBOARD_WIDTH && x <= this.width - 24) return;
    this.scrollTick = Math.max(0, tick - 24 / this.pixelsPerTick);
  }

  /** Selects a note and scrolls so that it is near the left edge and vertically centred. */
  focus(note: Note): void {
    this.scrollTick = Math.max(0, note.start - 48 / this.pixelsPerTick);
    this.centerPitch(note.pitch);
    this.select([note.id]);
  }

  /** Keeps only selected ids that still exist (after an undo or someone else's delete). */
  keepSelected(exists: (id: string) => boolean): void {
    const kept = [...this.selection].filter(exists);
    if (kept.length !== this.selection.size) this.select(kept);
  }

  /** Scrolls so that `pitch` is in the vertical middle of the note area, once the roll has a size. */
  centerPitch(pitch: number): void {
    this.pendingCenter = this.height > 0 ? null : pitch;
    if (this.pendingCenter !== null) return;
    this.scrollY = (127 - pitch) * this.keyHeight - (this.height - RULER_HEIGHT) / 2;
    this.scrollBy(0, 0);
  }
}
