/** One note, exactly as the Java record `Note` is written in JSON. Times are ticks. */
export interface Note {
  id: string;
  trackId: string;
  pitch: number;
  start: number;
  duration: number;
  velocity: number;
}

/** New values for some fields of one note (Java `NoteChange`); absent fields stay as they are. */
export interface NoteChange {
  id: string;
  trackId?: string;
  pitch?: number;
  start?: number;
  duration?: number;
  velocity?: number;
}

export const MIN_PITCH = 0;
export const MAX_PITCH = 127;
export const DEFAULT_VELOCITY = 100;
export const MIN_VELOCITY = 1;
export const MAX_VELOCITY = 127;

export function noteEnd(note: Note): number {
  return note.start + note.duration;
}

/** The note with a change's fields applied. */
export function withChange(note: Note, change: NoteChange): Note {
  return {
    ...note,
    trackId: change.trackId ?? note.trackId,
    pitch: change.pitch ?? note.pitch,
    start: change.start ?? note.start,
    duration: change.duration ?? note.duration,
    velocity: change.velocity ?? note.velocity,
  };
}

/** The change that sets the fields `change` touches back to their values in `note`. */
export function restoring(note: Note, change: NoteChange): NoteChange {
  const back: NoteChange = { id: note.id };
  if (change.trackId !== undefined) back.trackId = note.trackId;
  if (change.pitch !== undefined) back.pitch = note.pitch;
  if (change.start !== undefined) back.start = note.start;
  if (change.duration !== undefined) back.duration = note.duration;
  if (change.velocity !== undefined) back.velocity = note.velocity;
  return back;
}
