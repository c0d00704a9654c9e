import type { EditOp } from '../model/EditOp.js';
import type { Note, NoteChange } from '../model/Note.js';
import type { RollDocument } from '../state/RollDocument.js';
import { AddNotesCommand } from './AddNotesCommand.js';
import type { Command } from './Command.js';
import { DeleteNotesCommand } from './DeleteNotesCommand.js';
import { UpdateNotesCommand } from './UpdateNotesCommand.js';

const FIELDS = ['trackId', 'pitch', 'start', 'duration', 'velocity'] as const;

/**
 * The part of an undo (or redo) command that still makes sense in the shared document as it is
 * now, or undefined when nothing is left. Others may have edited since: re-adding keeps only
 * notes that are gone, deleting only notes that still exist, and an update sets a field back only
 * if it still holds the value this user gave it (someone else's later value wins).
 */
export function stillApplicable(command: Command, doc: RollDocument): EditOp | undefined {
  if (command instanceof AddNotesCommand) {
    const notes = command.notes.filter((n) => !doc.get(n.id));
    return notes.length ? { type: 'AddNotes', notes: notes.map((n) => ({ ...n })) } : undefined;
  }
  if (command instanceof DeleteNotesCommand) {
    const ids = command.notes.map((n) => n.id).filter((id) => doc.get(id));
    return ids.length ? { type: 'DeleteNotes', ids } : undefined;
  }
  if (command instanceof UpdateNotesCommand) {
    const expected = new Map(command.restore.map((r) => [r.id, r]));
    const changes = command.changes
      .map((c) => unchangedFields(c, expected.get(c.id), doc.get(c.id)))
      .filter((c): c is NoteChange => c !== undefined);
    return changes.length ? { type: 'UpdateNotes', changes } : undefined;
  }
  return command.op;
}

/** The fields of `change` whose note still holds the `expected` value, or undefined if none. */
function unchangedFields(change: NoteChange, expected: NoteChange | undefined, note: Note | undefined): NoteChange | undefined {
  if (!note || !expected) return undefined;
  const kept: Record<string, unknown> = { id: change.id };
  let any = false;
  for (const f of FIELDS) {
    if (change[f] !== undefined && note[f] === expected[f]) {
      kept[f] = change[f];
      any = true;
    }
  }
  return any ? (kept as unknown as NoteChange) : undefined;
}
