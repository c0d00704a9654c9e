import { applyOp, idsOf } from '../model/applyOp.js';
import type { EditOp } from '../model/EditOp.js';
import type { Note } from '../model/Note.js';

/** Where the notes the user sees live: `RollDocument` in the roll. */
export interface ShownNotes {
  apply(op: EditOp): void;
  reset(ids: Iterable<string>, source: ReadonlyMap<string, Note>, ops: EditOp[]): void;
}

/** One of the user's own ops that the confirmed state does not contain yet. */
export interface PendingOp {
  readonly clientOpId: string;
  readonly op: EditOp;
}

/**
 * Local echo with rebase. Keeps the confirmed state (the server's notes at `confirmedSeq`) and the
 * user's own ops on top of it, in the order they were made. What the user sees is always the
 * confirmed state plus the pending ops applied again. Ops reach the confirmed state strictly in
 * sequence order: an acknowledgement or a remote op that arrives before an earlier number waits
 * until the gap is filled (Vaadin may deliver an ack before someone else's earlier op).
 * When the confirmed state changes, only the notes it changed and the notes pending ops touch are
 * recomputed, so a rebase costs the size of the edits, not of the piece.
 *
 * `LocalEchoModel` in the Java tests is a line-by-line port used by the convergence property test.
 */
export class LocalEcho {
  readonly confirmed = new Map<string, Note>();
  confirmedSeq = 0;
  private readonly pending: PendingOp[] = [];
  /** Ops after `confirmedSeq` that came early; own ones carry their client op id. */
  private readonly early = new Map<number, { op: EditOp; own?: string }>();

  constructor(private readonly shown: ShownNotes) {}

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Pending ops in the order they were made, for resubmitting after a reconnect. */
  pendingOps(): readonly PendingOp[] {
    return this.pending;
  }

  load(seq: number, notes: Note[]): void {
    this.confirmed.clear();
    notes.forEach((n) => this.confirmed.set(n.id, n));
    this.confirmedSeq = seq;
    this.early.clear();
    this.pending.length = 0;
  }

  /** The user's own op: shown at once, pending until acknowledged. */
  local(clientOpId: string, op: EditOp): void {
    this.shown.apply(op);
    this.pending.push({ clientOpId, op });
  }

  /**
   * The server stored `op` (sent as `clientOpId`) at `seq`. An op this roll does not hold as
   * pending (sent from elsewhere in this page, or forgotten in a reload) counts as anyone's op, so
   * the sequence has no hole.
   */
  acknowledged(clientOpId: string, seq: number, op: EditOp): void {
    const p = this.pending.find((x) => x.clientOpId === clientOpId);
    if (!p) {
      this.remote(seq, op);
      return;
    }
    if (seq <= this.confirmedSeq) {
      // Already in the confirmed state (it came back as a remote op after a reconnect).
      this.drop(clientOpId);
      this.rebase(idsOf(p.op));
      return;
    }
    this.early.set(seq, { op: p.op, own: clientOpId });
    this.advance();
  }

  /** The server refused the op: it disappears from what the user sees. */
  rejected(clientOpId: string): PendingOp | undefined {
    const p = this.pending.find((x) => x.clientOpId === clientOpId);
    if (!p) return undefined;
    this.drop(clientOpId);
    this.rebase(idsOf(p.op));
    return p;
  }

  /** Someone else's op with its sequence number; duplicates are ignored. */
  remote(seq: number, op: EditOp): void {
    if (seq <= this.confirmedSeq || this.early.has(seq)) return;
    this.early.set(seq, { op });
    this.advance();
  }

  private advance(): void {
    const touched = new Set<string>();
    for (let next = this.early.get(this.confirmedSeq + 1); next; next = this.early.get(this.confirmedSeq + 1)) {
      this.early.delete(this.confirmedSeq + 1);
      applyOp(this.confirmed, next.op);
      idsOf(next.op).forEach((id) => touched.add(id));
      if (next.own) this.drop(next.own);
      this.confirmedSeq++;
    }
    if (touched.size) this.rebase(touched);
  }

  private drop(clientOpId: string): void {
    const i = this.pending.findIndex((x) => x.clientOpId === clientOpId);
    if (i >= 0) this.pending.splice(i, 1);
  }

  /** Recomputes `ids` and every note a pending op touches as confirmed + pending. */
  private rebase(ids: Iterable<string>): void {
    const all = new Set(ids);
    this.pending.forEach((p) => idsOf(p.op).forEach((id) => all.add(id)));
    this.shown.reset(all, this.confirmed, this.pending.map((p) => p.op));
  }
}
