import type { Note } from '../model/Note.js';

/** Notes one array per field, as the Java `NoteColumns` sends them when the roll loads. */
export interface NoteColumns {
  /** Every id as 32 hex digits, one after the other. */
  ids: string;
  trackIds: string[];
  /** Index into `trackIds`, per note. */
  tracks: number[];
  pitches: number[];
  /** Starts in start order, each minus the one before. */
  startDeltas: number[];
  durations: number[];
  velocities: number[];
}

/** The notes, one object each, with ids written the usual way (8-4-4-4-12). */
export function notesFrom(c: NoteColumns): Note[] {
  const notes: Note[] = new Array(c.pitches.length);
  let start = 0;
  for (let i = 0; i < notes.length; i++) {
    const h = c.ids.substr(i * 32, 32);
    start += c.startDeltas[i];
    notes[i] = {
      id: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
      trackId: c.trackIds[c.tracks[i]],
      pitch: c.pitches[i],
      start,
      duration: c.durations[i],
      velocity: c.velocities[i],
    };
  }
  return notes;
}
