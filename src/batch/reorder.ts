/**
 * A bounded reorder buffer: results arrive in any order and leave in input order. At most
 * `window` items are in flight or waiting, and the work reports the bytes it holds: what it is
 * about to read it reserves first (waiting while that would take the items not yet emitted past
 * `maxBytes`), what it made it charges (the record). No new item starts while more than
 * `maxBytes` are held, and the item being waited for always runs. So memory stays flat however
 * long the batch and however large its documents.
 */
export type Charge = (bytes: number) => void;
/** Waits until the item may hold `bytes` more (within the budget, or it is the oldest), then charges them. */
export type Reserve = (bytes: number) => Promise<void>;

export class OrderedRunner<T, R> {
  private next = 0;
  private issued = 0;
  private readonly done = new Map<number, R>();
  private readonly held = new Map<number, number>();
  private heldBytes = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private waiters: (() => void)[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly window: number,
    private readonly work: (item: T, index: number, charge: Charge, reserve: Reserve) => Promise<R>,
    private readonly emit: (result: R, index: number) => Promise<void> | void,
    private readonly maxBytes = Infinity,
  ) {}

  /** Bytes held by items not yet emitted (read by the tests). */
  get bytesHeld(): number {
    return this.heldBytes;
  }

  private full(): boolean {
    const waiting = this.issued - this.next;
    return waiting >= this.window || (waiting > 0 && this.heldBytes > this.maxBytes);
  }

  /** Adds an item; waits (without spinning) while the window or the byte budget is full. */
  async push(item: T): Promise<void> {
    while (this.full() && this.failure === null) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure !== null) throw this.failure;
    const index = this.issued++;
    const charge: Charge = (bytes) => {
      this.held.set(index, (this.held.get(index) ?? 0) + bytes);
      this.heldBytes += bytes;
    };
    const reserve: Reserve = async (bytes) => {
      // The oldest item never waits: the others wait for it, and their bytes leave only after it.
      while (index !== this.next && this.heldBytes + bytes > this.maxBytes && this.failure === null) {
        await new Promise<void>((resolve) => this.waiters.push(resolve));
      }
      charge(bytes);
    };
    const p: Promise<void> = this.work(item, index, charge, reserve).then(
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
      const index = this.next;
      const r = this.done.get(index)!;
      this.done.delete(index);
      await this.emit(r, index);
      this.heldBytes -= this.held.get(index) ?? 0;
      this.held.delete(index);
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
