/**
 * The edits a reload brought back from storage (made while the server was away, never
 * acknowledged). Counts how each one ends, saved or refused, and once all have, tells the user in
 * one sentence, e.g. "2 edits made while offline were saved."
 */
export class RestoredEdits {
  private readonly waiting: Set<string>;
  private saved = 0;
  private readonly refused: string[] = [];

  constructor(clientOpIds: string[], private readonly tell: (message: string) => void) {
    this.waiting = new Set(clientOpIds);
  }

  /**
   * The restored edit `clientOpId` was saved, or refused (or not sent at all) for `refusal`. False
   * when it is not one of the restored edits; a restored one's refusal is told in the summary.
   */
  settled(clientOpId: string, refusal?: string): boolean {
    if (!this.waiting.delete(clientOpId)) return false;
    if (refusal === undefined) this.saved++;
    else this.refused.push(refusal);
    this.finishIfDone();
    return true;
  }

  private finishIfDone(): void {
    if (this.waiting.size) return;
    const saved = `${edits(this.saved)} made while offline ${this.saved === 1 ? 'was' : 'were'} saved`;
    const refused = this.refused.length;
    if (!refused) this.tell(`${saved}.`);
    else if (!this.saved) this.tell(`${edits(refused)} made while offline could not be saved: ${this.refused[0]}`);
    else this.tell(`${saved}; ${refused} could not be: ${this.refused[0]}`);
  }
}

function edits(n: number): string {
  return `${n} edit${n === 1 ? '' : 's'}`;
}
