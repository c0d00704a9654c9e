import type { RollView } from '../state/RollView.js';
import { Throttle } from './Throttle.js';

/** At most this many selection events per second (a rubber band changes the selection on every move). */
const THROTTLE_MS = 120;

/**
 * Tells the server each time the set of selected notes changes, as a `selection-changed` event
 * with how many notes are selected and, when it is one, its id (the server tells that note's
 * story, enables "Export selection"). Throttled; the event describes the selection when it is sent.
 */
export class SelectionChannel {
  private seen: ReadonlySet<string> = new Set();
  private sent: ReadonlySet<string> = new Set();
  private readonly throttle = new Throttle(THROTTLE_MS, () => this.send());

  constructor(private readonly host: HTMLElement, private readonly view: RollView) {
    view.onChange(() => this.changed());
  }

  private changed(): void {
    // RollView.select always makes a new set, so an unchanged reference means an unchanged selection.
    if (this.view.selection === this.seen) return;
    this.seen = this.view.selection;
    this.throttle.request();
  }

  private send(): void {
    const selection = this.view.selection;
    if (sameIds(selection, this.sent)) return;
    this.sent = selection;
    const only = selection.size === 1 ? selection.values().next().value ?? '' : '';
    this.host.dispatchEvent(new CustomEvent('selection-changed',
      { detail: { selected: selection.size > 0, count: selection.size, only } }));
  }
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
