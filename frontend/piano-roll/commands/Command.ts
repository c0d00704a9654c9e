import type { EditOp } from '../model/EditOp.js';

/**
 * One user edit as an operation plus the way to take it back. Applying a command means applying
 * its operation to the document; the inverse is another command, sent like any other edit.
 */
export interface Command {
  readonly op: EditOp;
  inverse(): Command;
}
