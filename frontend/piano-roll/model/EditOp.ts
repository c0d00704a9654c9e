import type { Note, NoteChange } from './Note.js';

/** The JSON form of the Java sealed interface `EditOp`; names match one to one. */
export type EditOp =
  | { type: 'AddNotes'; notes: Note[] }
  | { type: 'UpdateNotes'; changes: NoteChange[] }
  | { type: 'DeleteNotes'; ids: string[] };
