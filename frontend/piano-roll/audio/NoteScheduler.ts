import { type Note, noteEnd } from '../model/Note.js';
import type { Transport } from './Transport.js';

/**
 * Keeps one transport event per note, at the note's start tick. After an edit only the notes
 * that changed are taken off and put back, so edits made while playing are heard on the next
 * pass, and a loop replays the same events.
 */
export class NoteScheduler {
  private readonly events = new Map<string, { note: Note; eventId: number }>();

  constructor(private readonly transport: Transport, private readonly sound: (note: Note, time: number) => void) {}

  /** Brings the events in line with `notes`; unchanged notes (the same objects) are not touched. */
  sync(notes: Note[]): void {
    const seen = new Set<string>();
    for (const note of notes) {
      seen.add(note.id);
      const event = this.events.get(note.id);
      if (event?.note === note) continue;
      if (event) this.transport.tone.clear(event.eventId);
      const eventId = this.transport.tone.schedule((time) => this.sound(note, time), `${note.start}i`);
      this.events.set(note.id, { note, eventId });
    }
    for (const [id, event] of this.events) {
      if (seen.has(id)) continue;
      this.transport.tone.clear(event.eventId);
      this.events.delete(id);
    }
  }

  /** Notes that started before `tick` and still sound there: no event of theirs lies ahead. */
  heldAt(tick: number): Note[] {
    return [...this.events.values()].map((e) => e.note).filter((n) => n.start < tick && noteEnd(n) > tick);
  }
}
