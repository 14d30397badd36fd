/**
 * Runs an async task on demand, never twice at once: a `poke()` while it runs asks for one more run
 * right after it, however many pokes came in meanwhile. Errors go to `onError`; the next poke runs
 * again. `stop()` refuses new runs and waits for the current one.
 */
export class CoalescedTask {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (err: unknown) => void,
  ) {}

  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.task()
      .then(() => undefined)
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Resolves when no run is in progress (including the runs asked for meanwhile). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.again = false;
    await this.idle();
  }
}
