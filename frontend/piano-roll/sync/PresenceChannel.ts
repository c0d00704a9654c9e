import type { Note } from '../model/Note.js';
import type { RollView } from '../state/RollView.js';
import { Throttle } from './Throttle.js';

/** Someone else with the project open, as the Java `Presence` record is written in JSON. */
export interface Presence {
  key: string;
  name: string;
  initials: string;
  colour: string;
  playhead: number;
  viewTick: number;
  selection: string[];
  dragging: Note[];
}

interface Server {
  presence(payload: { playhead: number; viewTick: number; selection: string[]; dragging: Note[] }): void;
}

/** At most one presence update per this many milliseconds (about 20 per second). */
const THROTTLE_MS = 50;

/**
 * Presence both ways. Sends where this user is (playhead, view, selection, notes being dragged)
 * whenever it changes, throttled; these are transient and never ops. Keeps the others as the
 * server last sent them (it sends only changes), and scrolls along with one of them in follow mode.
 */
export class PresenceChannel {
  others: Presence[] = [];
  following: string | null = null;
  private last = '';
  private readonly throttle = new Throttle(THROTTLE_MS, () => this.send());

  constructor(private readonly host: HTMLElement, private readonly view: RollView) {
    view.onChange(() => this.throttle.request());
  }

  /**
   * The server sends only who joined or moved (in their latest state) and the keys of everyone
   * still here: whoever is not among them left.
   */
  update(changed: Presence[], keys: string[]): void {
    const here = new Set(keys);
    const byKey = new Map(this.others.filter((p) => here.has(p.key)).map((p) => [p.key, p]));
    for (const p of changed) if (here.has(p.key)) byKey.set(p.key, p);
    this.others = keys.map((k) => byKey.get(k)).filter((p): p is Presence => p !== undefined);
    this.followNow();
  }

  follow(key: string | null): void {
    this.following = key;
    this.followNow();
  }

  private followNow(): void {
    const leader = this.others.find((p) => p.key === this.following);
    if (leader) this.view.scrollTick = leader.viewTick;
    this.view.changed();
  }

  private send(): void {
    const v = this.view;
    const payload = {
      playhead: Math.round(v.playhead),
      viewTick: Math.round(v.scrollTick),
      selection: [...v.selection],
      dragging: [...v.preview.values()],
    };
    const json = JSON.stringify(payload);
    if (json === this.last) return;
    this.last = json;
    (this.host as HTMLElement & { $server?: Server }).$server?.presence(payload);
  }
}
