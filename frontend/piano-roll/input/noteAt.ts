import type { Note } from '../model/Note.js';
import type { RollDocument } from '../state/RollDocument.js';
import type { RollView } from '../state/RollView.js';

export type NoteEdge = 'start' | 'end' | null;

/** The active note (see `RollView.isActive`) under a canvas point, and whether the point is on one of its edges. */
export function noteAt(doc: RollDocument, view: RollView, x: number, y: number)
  : { note: Note; edge: NoteEdge } | null {
  const t = view.transform;
  const tick = t.tick(x);
  const pitch = t.pitch(y);
  const hits = doc.visible(tick, tick + 1e-6, pitch, pitch).filter((n) => view.isActive(n));
  const note = hits[hits.length - 1];
  if (!note) return null;
  const left = t.x(note.start);
  const right = t.x(note.start + note.duration);
  const grip = Math.min(6, (right - left) / 4);
  const edge: NoteEdge = x - left <= grip ? 'start' : right - x <= grip ? 'end' : null;
  return { note, edge };
}
