import type { Command } from '../commands/Command.js';
import type { EditOp } from '../model/EditOp.js';
import type { TempoPoint } from '../model/TempoMap.js';
import { newId } from '../model/newId.js';
import type { Track } from '../model/Track.js';
import type { RollDocument } from '../state/RollDocument.js';
import { LocalEcho, type PendingOp } from './LocalEcho.js';
import { type NoteColumns, notesFrom } from './NoteColumns.js';
import { PendingStore } from './PendingStore.js';
import { RestoredEdits } from './RestoredEdits.js';

/** What the Java `PianoRoll.load` sends. */
export interface RollState {
  seq: number;
  ticksPerQuarter: number;
  beatsPerBar: number;
  beatUnit: number;
  /** The tempo map: the project's tempo at tick 0, then its changes. */
  tempos: TempoPoint[];
  editable: boolean;
  activeTrackId: string;
  tracks: Track[];
  notes: NoteColumns;
  /** Where this user's unacknowledged edits of this project are kept in the browser; '' = nowhere. */
  pendingKey: string;
}

const DELETED_MEANWHILE = 'someone deleted its notes meanwhile.';
const DELETED_EDIT = 'An edit could not be saved: someone deleted its notes meanwhile.';

interface Server {
  submit(payload: { clientOpId: string; baseSeq: number; op: EditOp }): void;
}

/**
 * The only code that talks to the Java side. Sends each local edit as one op; `LocalEcho` keeps it
 * pending until the server acknowledges it with a sequence number or rejects it, and rebases
 * pending edits on everyone else's ops. Pending edits are also kept in `PendingStore`, so after a
 * reload (the server restarted) `load` sends them again with their original client op ids.
 */
export class ServerChannel {
  private readonly echo: LocalEcho;
  private readonly commands = new Map<string, Command>();
  private store = new PendingStore('');
  private restored?: RestoredEdits;

  constructor(
    private readonly host: HTMLElement,
    private readonly doc: RollDocument,
    private readonly onRejected: (command: Command | undefined, message: string) => void,
    private readonly onRestored: (message: string) => void,
  ) {
    this.echo = new LocalEcho(this.doc);
  }

  /** The sequence number of the confirmed state. */
  get seq(): number {
    return this.echo.confirmedSeq;
  }

  get pendingCount(): number {
    return this.echo.pendingCount;
  }

  /** Sends an op the roll has already applied (local echo). */
  send(op: EditOp, command: Command): void {
    const clientOpId = newId();
    this.commands.set(clientOpId, command);
    this.keep(clientOpId, op);
  }

  private keep(clientOpId: string, op: EditOp): void {
    this.echo.local(clientOpId, op);
    this.store.add({ clientOpId, op });
    this.submit(clientOpId, op);
  }

  /**
   * After a reconnect: sends every pending op again with its original client op id. The server
   * stores each at most once and acknowledges a repeat with its first sequence number.
   */
  resubmitPending(): void {
    this.echo.pendingOps().forEach((p) => this.submit(p.clientOpId, p.op));
  }

  acknowledge(clientOpId: string, seq: number, op: EditOp): void {
    this.commands.delete(clientOpId);
    this.echo.acknowledged(clientOpId, seq, op);
    this.restored?.settled(clientOpId);
    this.store.keepOnly(this.echo.pendingOps());
  }

  reject(clientOpId: string, message: string): void {
    const command = this.commands.get(clientOpId);
    this.commands.delete(clientOpId);
    this.echo.rejected(clientOpId);
    this.store.keepOnly(this.echo.pendingOps());
    if (!this.restored?.settled(clientOpId, message)) this.onRejected(command, message);
  }

  load(state: RollState): void {
    const notes = notesFrom(state.notes);
    const mine = new Set(this.echo.pendingOps().map((p) => p.clientOpId));
    this.commands.clear();
    this.echo.load(state.seq, notes);
    this.doc.replaceAll(notes);
    this.store = new PendingStore(state.pendingKey);
    this.restore(this.store.all(), mine);
  }

  /**
   * Sends the stored edits again on top of the state just loaded, in the order they were made, with
   * their original client op ids: the server stores each at most once and checks each again
   * (permissions, rules). Edits of notes that are gone are dropped with a message. Ops this tab
   * still had pending (a reload of the roll without a page reload) are sent again silently.
   */
  private restore(ops: PendingOp[], mine: Set<string>): void {
    const fromBefore = ops.filter((p) => !mine.has(p.clientOpId)).map((p) => p.clientOpId);
    this.restored = fromBefore.length ? new RestoredEdits(fromBefore, this.onRestored) : undefined;
    for (const p of ops) {
      if (p.op.type === 'UpdateNotes' && !p.op.changes.some((c) => this.doc.get(c.id))) {
        this.store.remove(p.clientOpId);
        if (!this.restored?.settled(p.clientOpId, DELETED_MEANWHILE)) this.onRejected(undefined, DELETED_EDIT);
      } else {
        this.keep(p.clientOpId, p.op);
      }
    }
  }

  /** Someone else's op, already ordered by the server; pending local ops are rebased on it. */
  applyRemote(seq: number, op: EditOp): void {
    this.echo.remote(seq, op);
    this.store.keepOnly(this.echo.pendingOps());
  }

  private submit(clientOpId: string, op: EditOp): void {
    (this.host as HTMLElement & { $server?: Server }).$server?.submit({ clientOpId, baseSeq: this.seq, op });
  }
}
