import type { PresenceSelection } from './collab-protocol.js';
import type { Timers } from './timers.js';

/** What the presence sender needs; the delays are in milliseconds. */
export interface PresenceSenderOptions {
  /** This editor's selection now, at its confirmed version. */
  readonly selection: () => PresenceSelection;
  /** Posts it (`POST …/presence`). */
  readonly send: (selection: PresenceSelection) => Promise<void>;
  readonly timers: Timers;
  /** The shortest pause between two posts while the selection moves. */
  readonly throttleMs?: number;
  /** How often the selection is posted again while it stays put (entries expire after 30 s). */
  readonly heartbeatMs?: number;
  /**
   * How far other people's steps may move the confirmed version past the last post before it is
   * posted again (the others map a posted caret through the steps since, and remember 1,000).
   */
  readonly staleAfterSteps?: number;
}

/**
 * Tells the others where this editor's selection is: at most one post per `throttleMs` while it
 * moves (the last position always goes out), and again every `heartbeatMs` so the server keeps the
 * entry alive while the drafter reads without moving. Other people's steps move a caret only as they
 * move the text around it, which the others see by mapping the posted position through the same
 * steps: a reader does not post again for them until the post lags `staleAfterSteps` behind.
 */
export class PresenceSender {
  private throttle: unknown = null;
  private heartbeat: unknown = null;
  private last = '';
  private lastVersion = 0;
  private stopped = false;
  private readonly options: Required<PresenceSenderOptions>;

  /** Posts the first selection at once. */
  constructor(options: PresenceSenderOptions) {
    this.options = { throttleMs: 250, heartbeatMs: 10_000, staleAfterSteps: 200, ...options };
    this.post(true);
  }

  /** Hears that this drafter may have moved the selection (typed, clicked, used the keys). */
  changed(): void {
    if (this.stopped || this.throttle !== null) return;
    this.throttle = this.options.timers.set(() => {
      this.throttle = null;
      this.post(false);
    }, this.options.throttleMs);
  }

  /** Hears that other people's steps moved the confirmed version on to `version`. */
  versionMoved(version: number): void {
    if (version - this.lastVersion >= this.options.staleAfterSteps) this.changed();
  }

  /** Stops posting (the editor closes). */
  stop(): void {
    this.stopped = true;
    this.options.timers.clear(this.throttle);
    this.options.timers.clear(this.heartbeat);
  }

  private post(always: boolean): void {
    if (this.stopped) return;
    const selection = this.options.selection();
    const key = `${selection.anchor}:${selection.head}:${selection.version}`;
    if (!always && key === this.last) return;
    this.last = key;
    this.lastVersion = selection.version ?? 0;
    void this.options.send(selection).catch(() => {});
    this.options.timers.clear(this.heartbeat);
    this.heartbeat = this.options.timers.set(() => this.post(true), this.options.heartbeatMs);
  }
}
