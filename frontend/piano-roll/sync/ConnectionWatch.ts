interface VaadinConnectionState {
  state: string;
  addStateChangeListener(listener: (previous: string, next: string) => void): void;
}

/**
 * Follows Vaadin's connection state (`window.Vaadin.connectionState`): tells the roll when the
 * link to the server drops ("reconnecting" or "connection-lost") and when it is back, so the roll
 * can show it and resync. Edits made meanwhile stay pending in `LocalEcho`.
 */
export class ConnectionWatch {
  offline = false;

  constructor(private readonly changed: (offline: boolean, back: boolean) => void) {
    const connection = (window as unknown as { Vaadin?: { connectionState?: VaadinConnectionState } }).Vaadin?.connectionState;
    connection?.addStateChangeListener((_, next) => this.update(next));
    window.addEventListener('offline', () => this.update('connection-lost'));
    window.addEventListener('online', () => this.update('reconnecting'));
  }

  /** An answer or a push from the server arrived, so the link works whatever the indicator said. */
  heardFromServer(): void {
    this.update('connected');
  }

  private update(state: string): void {
    const offline = state === 'reconnecting' || state === 'connection-lost';
    if (offline === this.offline) return;
    this.offline = offline;
    this.changed(offline, !offline);
  }
}
