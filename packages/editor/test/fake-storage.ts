import type { KeyValueStorage } from '../src/index.js';

/** An in-memory stand-in for localStorage. */
export class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  /** Refuses every write, as a browser does when the site's storage is full or turned off. */
  refuses = false;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuses) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Timers run by hand: `tick()` runs whatever is due. */
export class FakeTimers {
  private now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();
  set(run: () => void, ms: number): unknown {
    const handle = this.next++;
    this.due.set(handle, { at: this.now + ms, run });
    return handle;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  /** Moves time on by `ms`, running the timers that fall due, in order. */
  async tick(ms: number): Promise<void> {
    this.now += ms;
    for (;;) {
      const ready = [...this.due.entries()]
        .filter(([, timer]) => timer.at <= this.now)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!ready) break;
      this.due.delete(ready[0]);
      ready[1].run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
