import type { EditOp } from './EditOp.js';
import { type Note, withChange } from './Note.js';

/**
 * Applies an operation with the op log's conflict rules, the same as the Java `NoteDocument`:
 * adding an id that exists is ignored, updating or deleting a missing note is dropped, an update
 * overwrites only its fields.
 */
export function applyOp(notes: Map<string, Note>, op: EditOp): void {
  switch (op.type) {
    case 'AddNotes':
      op.notes.forEach((n) => notes.has(n.id) || notes.set(n.id, { ...n }));
      break;
    case 'UpdateNotes':
      op.changes.forEach((c) => {
        const note = notes.get(c.id);
        if (note) notes.set(c.id, withChange(note, c));
      });
      break;
    case 'DeleteNotes':
      op.ids.forEach((id) => notes.delete(id));
      break;
  }
}

/** The ids of the notes an operation touches. */
export function idsOf(op: EditOp): string[] {
  switch (op.type) {
    case 'AddNotes':
      return op.notes.map((n) => n.id);
    case 'UpdateNotes':
      return op.changes.map((c) => c.id);
    case 'DeleteNotes':
      return op.ids;
  }
}
