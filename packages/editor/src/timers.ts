/**
 * Timers, injectable so the collab client and the presence sender run in tests without waiting
 * (the browser passes setTimeout and clearTimeout).
 */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
