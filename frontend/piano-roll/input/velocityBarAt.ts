import type { Note } from '../model/Note.js';
import type { VelocityScale } from '../model/VelocityScale.js';
import type { RollDocument } from '../state/RollDocument.js';
import type { RollView } from '../state/RollView.js';

const REACH = 5;

/**
 * The active track's note whose velocity stem is under canvas point (x, y) of the lane: stems
 * within a few pixels across; of a chord's stems the one whose top is nearest, selected first.
 */
export function velocityBarAt(doc: RollDocument, view: RollView, scale: VelocityScale, x: number, y: number)
  : Note | null {
  const t = view.transform;
  const near = doc.visible(t.tick(x - REACH), t.tick(x + REACH), 0, 127)
    .filter((n) => n.trackId === view.activeTrackId && Math.abs(t.x(n.start) - x) <= REACH);
  const rank = (n: Note) => Math.abs(scale.y(n.velocity) - y) - (view.selection.has(n.id) ? 1000 : 0);
  return near.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
