import type { AcceptedStep, PresenceEntry, Store, StoreNotice } from '@rapporteur/store';

/** How long a presence entry lasts after the client's last report. */
export const PRESENCE_TTL_MS = 30_000;

/**
 * How long presence changes are gathered before the list is read and sent again: editors report
 * their selection as they type, and one list at most every 50 ms per draft is plenty for cursors.
 */
const PRESENCE_COALESCE_MS = 50;

/** How many of a draft's latest steps a server keeps in memory for its open streams. */
const RECENT_STEPS = 2_000;

/** The most steps one `steps` event carries (a stream catching up far behind gets several). */
const STEPS_PER_EVENT = 200;

/** What one open event stream is sent, in order. */
export interface DraftEventSink {
  /** Steps `steps[0].version` … `version`, the next ones after what the stream was sent last. */
  steps(version: number, steps: readonly AcceptedStep[]): void;
  /** The whole current list of people in the draft. */
  presence(people: readonly PresenceEntry[]): void;
  /** The draft moved to draft version `version` (lifecycle, metadata or a whole-document save). */
  lifecycle(version: number): void;
}

/** One stream's place in its draft's channel: the last step version it was sent. */
interface Member {
  readonly sink: DraftEventSink;
  sent: number;
  /** Whether the stream has started (it is sent nothing before). */
  started: boolean;
  pumping: boolean;
  again: boolean;
  closed: boolean;
}

/** Logs a failed read of a channel (the database unreachable a moment); the next notice reads again. */
function logReadFailure(error: unknown): void {
  console.error('collab events: reading a change from the store failed:', error);
}

/** Runs `work` alone: a call while it runs makes it run once more after, never twice at once. */
function singleFlight(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await work();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  return run;
}

/**
 * The open streams of one draft on this server, and what they share: the draft's latest steps read
 * once for all of them, its presence list, its draft version.
 */
class DraftChannel {
  readonly members = new Set<Member>();
  /** The latest step version read from the store; `recent` ends there. */
  latest = 0;
  /** The draft version streams were last told of. */
  draftVersion = 0;
  people: readonly PresenceEntry[] = [];
  private recent: AcceptedStep[] = [];
  private peopleKey = '[]';
  private expiry: NodeJS.Timeout | undefined;
  private presenceSoon: NodeJS.Timeout | undefined;
  readonly ready: Promise<void>;
  readonly refreshSteps: () => Promise<void>;
  readonly refreshPresence: () => Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    readonly draftId: string,
    draftVersion: number,
  ) {
    this.draftVersion = draftVersion;
    this.refreshSteps = singleFlight(() => this.readSteps());
    this.refreshPresence = singleFlight(() => this.readPresence());
    this.ready = (async () => {
      this.latest = await store.steps.latestVersion(draftId);
      await this.readPresence();
    })();
  }

  /**
   * Reads the steps after `latest` into `recent`, then lets every stream take what it lacks. Waits
   * for the channel to know its starting version first, so `recent` always holds consecutive steps.
   */
  private async readSteps(): Promise<void> {
    await this.ready;
    for (;;) {
      const steps = await this.store.steps.stepsSince(this.draftId, this.latest, RECENT_STEPS);
      if (steps.length === 0) break;
      this.recent.push(...steps);
      if (this.recent.length > RECENT_STEPS) this.recent.splice(0, this.recent.length - RECENT_STEPS);
      this.latest = steps.at(-1)!.version;
      if (steps.length < RECENT_STEPS) break;
    }
    for (const member of this.members) if (member.started) void this.pump(member);
  }

  /**
   * The steps after `version` (at most STEPS_PER_EVENT), from memory when they are there, else from
   * the store; never beyond `latest`, so every stream is sent the same steps in the same order.
   */
  private async stepsAfter(version: number): Promise<AcceptedStep[]> {
    const first = this.recent[0];
    if (first !== undefined && first.version <= version + 1) {
      const start = version + 1 - first.version;
      return this.recent.slice(start, start + STEPS_PER_EVENT);
    }
    const read = await this.store.steps.stepsSince(this.draftId, version, STEPS_PER_EVENT);
    return read.filter((step) => step.version <= this.latest);
  }

  /** Sends a stream every step after the last one it was sent, up to `latest`, in order, without gaps. */
  async pump(member: Member): Promise<void> {
    if (member.pumping) {
      member.again = true;
      return;
    }
    member.pumping = true;
    try {
      do {
        member.again = false;
        while (!member.closed && member.sent < this.latest) {
          const steps = await this.stepsAfter(member.sent);
          if (member.closed || steps.length === 0 || steps[0]!.version !== member.sent + 1) break;
          const last = steps.at(-1)!.version;
          member.sent = last;
          member.sink.steps(last, steps);
        }
      } while (member.again && !member.closed);
    } finally {
      member.pumping = false;
    }
  }

  /** Reads who is present (entries younger than PRESENCE_TTL_MS) and tells every stream if that changed. */
  private async readPresence(): Promise<void> {
    const now = this.now().getTime();
    const people = await this.store.presence.list(
      this.draftId,
      new Date(now - PRESENCE_TTL_MS).toISOString(),
    );
    clearTimeout(this.expiry);
    this.expiry = undefined;
    const oldest = Math.min(...people.map((entry) => Date.parse(entry.at)));
    if (Number.isFinite(oldest) && this.members.size > 0) {
      // Read again just after the oldest entry expires, so the others see it go.
      const due = Math.max(0, oldest + PRESENCE_TTL_MS - now) + 50;
      this.expiry = setTimeout(() => this.refreshPresence().catch(logReadFailure), due);
      this.expiry.unref();
    }
    const key = JSON.stringify(people);
    if (key === this.peopleKey) return;
    this.peopleKey = key;
    this.people = people;
    for (const member of this.members) if (member.started && !member.closed) member.sink.presence(people);
  }

  /** A presence change was announced: the list is read once within PRESENCE_COALESCE_MS, however many come. */
  presenceChanged(): void {
    if (this.presenceSoon !== undefined) return;
    this.presenceSoon = setTimeout(() => {
      this.presenceSoon = undefined;
      this.refreshPresence().catch(logReadFailure);
    }, PRESENCE_COALESCE_MS);
    this.presenceSoon.unref();
  }

  /** Tells every stream that the draft moved, once per new draft version. */
  draftMoved(version: number): void {
    if (version <= this.draftVersion) return;
    this.draftVersion = version;
    for (const member of this.members) if (member.started && !member.closed) member.sink.lifecycle(version);
  }

  /** Stops the channel's timers (its last stream has gone). */
  close(): void {
    clearTimeout(this.expiry);
    clearTimeout(this.presenceSoon);
    this.expiry = undefined;
    this.presenceSoon = undefined;
  }
}

/** An open stream of one draft's events: how to stop it. */
export interface DraftSubscription {
  /** The latest step version of the draft when the stream started. */
  readonly latest: number;
  /** Starts sending: the current presence, then the steps after `since`, then each change. */
  start(): void;
  /** Stops sending and leaves the draft's channel. */
  close(): void;
}

/**
 * Fans the store's notices out to the event streams open on this server (issue 9): one subscription
 * to the store's notifier per server, one channel per draft with open streams, which reads each new
 * batch of steps and each presence change once, from the store, for all of its streams. Every stream
 * is sent steps strictly by version from the last one it was sent, so notices arriving late, twice
 * or during a stream's catch-up never cause a gap or a duplicate. When the notifier may have missed
 * notices (its PostgreSQL connection was lost), every channel reads steps, presence and the draft's
 * version again.
 */
export class CollabHub {
  private readonly channels = new Map<string, DraftChannel>();
  private subscribed: Promise<unknown> | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** How many streams of a draft are open on this server. */
  openStreams(draftId: string): number {
    return this.channels.get(draftId)?.members.size ?? 0;
  }

  private notice(notice: StoreNotice): void {
    const channel = this.channels.get(notice.draftId);
    if (channel === undefined) return;
    if (notice.kind === 'steps') {
      if (notice.version > channel.latest) void this.guard(channel.refreshSteps());
    } else if (notice.kind === 'presence') {
      channel.presenceChanged();
    } else {
      channel.draftMoved(notice.version);
    }
  }

  private resync(): void {
    for (const channel of this.channels.values()) {
      void this.guard(channel.refreshSteps());
      void this.guard(channel.refreshPresence());
      void this.guard(
        this.store.drafts.get(channel.draftId).then((draft) => channel.draftMoved(draft.version)),
      );
    }
  }

  /** Runs a read of a channel, logging its failure (the database unreachable a moment); the next notice reads again. */
  private async guard(work: Promise<void>): Promise<void> {
    await work.catch(logReadFailure);
  }

  /**
   * Opens a stream of a draft's events for `sink`, from step version `since` (undefined: from the
   * latest). Refuses (throws `RangeError`) a `since` ahead of the latest step version.
   */
  async open(
    draft: { id: string; version: number },
    since: number | undefined,
    sink: DraftEventSink,
  ): Promise<DraftSubscription> {
    this.subscribed ??= this.store.notifier.subscribe({
      notice: (notice) => this.notice(notice),
      resync: () => this.resync(),
    });
    await this.subscribed;
    let channel = this.channels.get(draft.id);
    if (channel === undefined) {
      channel = new DraftChannel(this.store, this.now, draft.id, draft.version);
      this.channels.set(draft.id, channel);
    } else {
      channel.draftMoved(draft.version);
    }
    const member: Member = { sink, sent: 0, started: false, pumping: false, again: false, closed: false };
    channel.members.add(member);
    const leave = () => {
      member.closed = true;
      channel.members.delete(member);
      if (channel.members.size === 0 && this.channels.get(draft.id) === channel) {
        channel.close();
        this.channels.delete(draft.id);
      }
    };
    try {
      await channel.ready;
      if (since !== undefined && since > channel.latest) await channel.refreshSteps();
      if (since !== undefined && since > channel.latest) {
        throw new RangeError(`since (${since}) is ahead of the latest version (${channel.latest})`);
      }
    } catch (error) {
      leave();
      throw error;
    }
    member.sent = since ?? channel.latest;
    const latest = channel.latest;
    return {
      latest,
      start: () => {
        if (member.closed || member.started) return;
        member.started = true;
        sink.presence(channel.people);
        void this.guard(channel.pump(member));
      },
      close: leave,
    };
  }
}

const hubs = new WeakMap<Store, CollabHub>();

/** The hub of this server's event streams over a store (one per store, made at first use). */
export function collabHubFor(store: Store, now: () => Date): CollabHub {
  let hub = hubs.get(store);
  if (hub === undefined) {
    hub = new CollabHub(store, now);
    hubs.set(store, hub);
  }
  return hub;
}
