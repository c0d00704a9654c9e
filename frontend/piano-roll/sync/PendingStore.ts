import type { EditOp } from '../model/EditOp.js';
import type { PendingOp } from './LocalEcho.js';

const PREFIX = 'tutti.pending.';

/**
 * The user's unacknowledged edits of one project, kept in the browser's localStorage so a page
 * reload does not lose them (a server restart ends the session, and the page then reloads). One
 * list per project and user (`key` is "project:user", from the server); each tab adds the ops it
 * sends and removes them once the server stored or refused them, so tabs never drop each other's.
 * An empty key keeps nothing (the public read-only page). If storage is unavailable or full, the
 * edits are still pending in memory, as before.
 */
export class PendingStore {
  /** This tab's ops in the store. */
  private readonly mine = new Set<string>();

  constructor(private readonly key: string) {}

  all(): PendingOp[] {
    if (!this.key) return [];
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(PREFIX + this.key) ?? '[]');
      return Array.isArray(stored) ? stored.filter(isPendingOp) : [];
    } catch {
      return [];
    }
  }

  add(p: PendingOp): void {
    this.mine.add(p.clientOpId);
    this.write([...this.all().filter((x) => x.clientOpId !== p.clientOpId), p]);
  }

  remove(clientOpId: string): void {
    this.mine.delete(clientOpId);
    const left = this.all();
    const kept = left.filter((x) => x.clientOpId !== clientOpId);
    if (kept.length !== left.length) this.write(kept);
  }

  /** Removes this tab's ops that are no longer pending (stored by the server, or refused). */
  keepOnly(pending: readonly PendingOp[]): void {
    if (!this.mine.size) return;
    const still = new Set(pending.map((p) => p.clientOpId));
    [...this.mine].filter((id) => !still.has(id)).forEach((id) => this.remove(id));
  }

  private write(ops: PendingOp[]): void {
    if (!this.key) return;
    try {
      if (ops.length) localStorage.setItem(PREFIX + this.key, JSON.stringify(ops));
      else localStorage.removeItem(PREFIX + this.key);
    } catch {
      // Storage full or blocked: the edit stays pending in memory and is sent as usual.
    }
  }
}

function isPendingOp(x: unknown): x is PendingOp {
  const p = x as { clientOpId?: unknown; op?: Partial<EditOp> } | null;
  return typeof p?.clientOpId === 'string' && ['AddNotes', 'UpdateNotes', 'DeleteNotes'].includes(p.op?.type ?? '');
}
