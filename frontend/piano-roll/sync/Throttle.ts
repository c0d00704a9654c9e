/**
 * Runs a task at most once per `ms` milliseconds: the first request starts a timer and the task
 * runs when it fires, seeing the state as it is then; requests meanwhile are folded into that run.
 */
export class Throttle {
  private timer = 0;

  constructor(private readonly ms: number, private readonly task: () => void) {}

  request(): void {
    if (this.timer) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.task();
    }, this.ms);
  }
}
