import type { Command } from '../commands/Command.js';
import type { EditOp } from '../model/EditOp.js';
import type { TempoPoint } from '../model/TempoMap.js';
import { newId } from '../model/newId.js';
import type { Track } from '../model/Track.js';
import type { RollDocument } from '../state/RollDocument.js';
import { LocalEcho } from './LocalEcho.js';
import { type NoteColumns, notesFrom } from './NoteColumns.js';

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
}

interface Server {
  submit(payload: { clientOpId: string; baseSeq: number; op: EditOp }): void;
}

/**
 * The only code that talks to the Java side. Sends each local edit as one op; `LocalEcho` keeps it
 * pending until the server acknowledges it with a sequence number or rejects it, and rebases
 * pending edits on everyone else's ops.
 */
export class ServerChannel {
  private readonly echo: LocalEcho;
  private readonly commands = new Map<string, Command>();

  constructor(
    private readonly host: HTMLElement,
    private readonly doc: RollDocument,
    private readonly onRejected: (command: Command | undefined, message: string) => void,
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
    this.echo.local(clientOpId, op);
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
  }

  reject(clientOpId: string, message: string): void {
    const command = this.commands.get(clientOpId);
    this.commands.delete(clientOpId);
    this.echo.rejected(clientOpId);
    this.onRejected(command, message);
  }

  load(state: RollState): void {
    const notes = notesFrom(state.notes);
    this.commands.clear();
    this.echo.load(state.seq, notes);
    this.doc.replaceAll(notes);
  }

  /** Someone else's op, already ordered by the server; pending local ops are rebased on it. */
  applyRemote(seq: number, op: EditOp): void {
    this.echo.remote(seq, op);
  }

  private submit(clientOpId: string, op: EditOp): void {
    (this.host as HTMLElement & { $server?: Server }).$server?.submit({ clientOpId, baseSeq: this.seq, op });
  }
}
