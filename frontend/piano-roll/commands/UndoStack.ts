import type { Command } from './Command.js';

/**
 * The local user's own commands, newest last. Undo never restores a snapshot: it hands back the
 * inverse command, which is applied and sent like a new edit, so collaborators' work survives.
 */
export class UndoStack {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];

  constructor(private readonly limit = 200) {}

  push(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  /** The command that undoes the latest edit, or undefined when there is nothing to undo. */
  undo(): Command | undefined {
    const command = this.done.pop();
    if (!command) return undefined;
    this.undone.push(command);
    return command.inverse();
  }

  /** The latest undone edit again, or undefined. */
  redo(): Command | undefined {
    const command = this.undone.pop();
    if (!command) return undefined;
    this.done.push(command);
    return command;
  }

  /** Drops a command the server refused, so undo does not try to take it back. */
  forget(command: Command): void {
    for (const list of [this.done, this.undone]) {
      const i = list.indexOf(command);
      if (i >= 0) list.splice(i, 1);
    }
  }
}
