import { Meter } from '../model/Meter.js';
import type { Note } from '../model/Note.js';
import { NoteCoordTransform } from '../model/NoteCoordTransform.js';
import { DEFAULT_SNAP, Quantizer } from '../model/Quantizer.js';
import type { MusicRect } from '../model/Selection.js';

export type Tool = 'pencil' | 'select';

export const KEYBOARD_WIDTH = 64;
export const RULER_HEIGHT = 26;

/** Track colour and name the renderer needs; the rest of the Java Track is ignored here. */
export interface TrackInfo {
  id: string;
  name: string;
  color: string;
}

/**
 * Everything about the roll that is not the music: tool, selection, scroll, zoom, the live
 * preview of a drag, the playhead. Notifies listeners so the renderer can schedule a frame.
 */
export class RollView {
  tool: Tool = 'pencil';
  snapKey = DEFAULT_SNAP;
  meter = new Meter();
  editable = false;
  activeTrackId = '';
  tracks: TrackInfo[] = [];
  selection = new Set<string>();
  /** Notes as they look during a drag, drawn instead of the stored ones; not yet a command. */
  preview = new Map<string, Note>();
  rubberBand: MusicRect | null = null;
  playhead = 0;
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

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    this.listeners.forEach((l) => l());
  }

  get transform(): NoteCoordTransform {
    return new NoteCoordTransform(this.pixelsPerTick, this.keyHeight, this.scrollTick, this.scrollY,
      KEYBOARD_WIDTH, RULER_HEIGHT);
  }

  get quantizer(): Quantizer {
    return Quantizer.of(this.meter.ticksPerQuarter, this.snapKey);
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

  /** Scrolls so that `pitch` is in the vertical middle of the note area. */
  centerPitch(pitch: number): void {
    this.scrollY = (127 - pitch) * this.keyHeight - (this.height - RULER_HEIGHT) / 2;
    this.scrollBy(0, 0);
  }
}
