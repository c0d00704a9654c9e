import type { Command } from '../commands/Command.js';
import type { EditOp } from '../model/EditOp.js';
import type { TempoPoint } from '../model/TempoMap.js';
import { newId } from '../model/newId.js';
import type { Track } from '../model/Track.js';
import type { RollDocument } from '../state/RollDocument.js';
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
 * The only code that talks to the Java side. Sends each local command as one op and keeps it
 * pending until the server acknowledges it with a sequence number or rejects it.
 */
export class ServerChannel {
  seq = 0;
  private readonly pending = new Map<string, Command>();
  private anySelected = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly doc: RollDocument,
    private readonly onRejected: (command: Command | undefined, message: string) => void,
  ) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  send(command: Command): void {
    const clientOpId = newId();
    this.pending.set(clientOpId, command);
    (this.host as HTMLElement & { $server?: Server }).$server?.submit({ clientOpId, baseSeq: this.seq, op: command.op });
  }

  acknowledge(clientOpId: string, seq: number): void {
    this.pending.delete(clientOpId);
    this.seq = Math.max(this.seq, seq);
  }

  reject(clientOpId: string, message: string): void {
    const command = this.pending.get(clientOpId);
    this.pending.delete(clientOpId);
    this.onRejected(command, message);
  }

  /** Tells the server when the selection becomes empty or not (it enables "Export selection"). */
  selectionChanged(size: number): void {
    if (size > 0 === this.anySelected) return;
    this.anySelected = size > 0;
    this.host.dispatchEvent(new CustomEvent('selection-changed', { detail: { selected: this.anySelected } }));
  }

  load(state: RollState): void {
    this.pending.clear();
    this.seq = state.seq;
    this.doc.replaceAll(notesFrom(state.notes));
  }

  /** Someone else's op, already ordered by the server. Pending local ops are not rebased yet. */
  applyRemote(seq: number, op: EditOp): void {
    this.doc.apply(op);
    this.seq = Math.max(this.seq, seq);
  }
}
