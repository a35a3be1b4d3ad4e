/**
 * A bounded reorder buffer: results arrive in any order and leave in input order. At most
 * `window` items are in flight or waiting, so memory stays flat however long the batch.
 */
export class OrderedRunner<T, R> {
  private next = 0;
  private issued = 0;
  private readonly done = new Map<number, R>();
  private readonly inFlight = new Set<Promise<void>>();
  private waiters: (() => void)[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly window: number,
    private readonly work: (item: T, index: number) => Promise<R>,
    private readonly emit: (result: R, index: number) => Promise<void> | void,
  ) {}

  /** Adds an item; waits (without spinning) while the window is full. */
  async push(item: T): Promise<void> {
    while (this.issued - this.next >= this.window && this.failure === null) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure !== null) throw this.failure;
    const index = this.issued++;
    const p: Promise<void> = this.work(item, index).then(
      (r) => {
        this.done.set(index, r);
        this.inFlight.delete(p);
        this.flushing = this.flushing.then(() => this.flush());
        this.flushing.catch((e) => this.fail(e));
      },
      (e) => {
        this.inFlight.delete(p);
        this.fail(e);
      },
    );
    this.inFlight.add(p);
  }

  private fail(e: unknown): void {
    if (this.failure === null) this.failure = e ?? new Error('batch work failed');
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }

  private async flush(): Promise<void> {
    while (this.done.has(this.next)) {
      const r = this.done.get(this.next)!;
      this.done.delete(this.next);
      await this.emit(r, this.next);
      this.next++;
      this.wake();
    }
  }

  /** Waits for everything pushed so far to be emitted. */
  async finish(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
    await this.flushing.catch(() => {});
    if (this.failure !== null) throw this.failure;
    await this.flush();
  }
}
