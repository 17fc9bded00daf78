import { addendumSchema } from '@rapporteur/document';
import { getVersion, receiveTransaction, sendableSteps } from 'prosemirror-collab';
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Step, type StepMap } from 'prosemirror-transform';
import type { KeptStepsStore } from './collab-kept.js';
import type { CollabServer, StepBatch } from './collab-protocol.js';
import type { Timers } from './timers.js';

/**
 * Where the drafter's edits stand: all confirmed by the authority, steps on their way, the server
 * out of reach (steps kept, retried), or steps the lifecycle refused (kept, nothing more sent).
 */
export type CollabStatus = 'saved' | 'saving' | 'offline' | 'refused';

/** The editor the client keeps in step with the authority. */
export interface CollabHost {
  /** The editor's state now (with the collab plugin). */
  state(): EditorState;
  /** Applies a transaction to the editor (through its view, so the page redraws). */
  dispatch(tr: Transaction): void;
  /** Replaces the editor's state by a fresh one holding `doc` at the confirmed step `version`. */
  reset(doc: Node, version: number): void;
  /**
   * Whether the drafter is in the middle of an input method composition (CJK input): other
   * people's steps wait until it ends, because redrawing the text being composed would break it.
   */
  composing?(): boolean;
}

/**
 * Local edits that no longer applied once other people's steps arrived (typing into a paragraph
 * someone deleted): both texts, for the merge view, so nothing is lost silently.
 */
export interface LostEdits {
  /** The confirmed text before the other steps: what both sides started from. */
  readonly base: Node;
  /** This editor's text before the other steps arrived, with every local edit. */
  readonly ours: Node;
  /** This editor's text after them: their steps and the local edits that still applied. */
  readonly theirs: Node;
  /** The confirmed step version after them. */
  readonly version: number;
}

/** What the collab client needs; the delays are in milliseconds. */
export interface CollabClientOptions {
  readonly draftId: string;
  /** This editor's client id (the collab plugin's `clientID`). */
  readonly clientId: string;
  readonly server: Pick<CollabServer, 'sendSteps' | 'stepsSince'>;
  readonly host: CollabHost;
  /** The document at the state's confirmed step version. */
  readonly confirmed: Node;
  /** Where unconfirmed steps are kept until the authority confirms them. */
  readonly kept: KeptStepsStore;
  readonly timers: Timers;
  /** The current time as ISO 8601, for the kept entry. */
  readonly now: () => string;
  /** The first wait before trying an unreachable server again; it doubles up to `maxRetryMs`. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
  /** How long edits must pause before they are kept in browser storage (serialising costs time). */
  readonly localDelayMs?: number;
  /** The longest edits stay unkept while the drafter types without a pause. */
  readonly localMaxWaitMs?: number;
  /** Hears each change of status, with the server's words for a refusal. */
  readonly onStatus: (status: CollabStatus, message?: string) => void;
  /** Hears local edits that no longer applied after other people's steps. */
  readonly onLost?: (lost: LostEdits) => void;
  /**
   * Hears whether the unconfirmed edits are safe in browser storage: false when the browser refused
   * to keep them (they are then only in this page until the server confirms them, and keeping them
   * is tried again at the next edit or retry), true again once kept or confirmed.
   */
  readonly onKeptLocally?: (kept: boolean) => void;
}

/** How many confirmed step maps are remembered, to map other people's carets from older versions. */
const REMEMBERED_MAPS = 1000;

/** How often held steps check whether a composition has ended. */
const COMPOSITION_POLL_MS = 50;

/**
 * The editor's side of ProseMirror's central-authority protocol: sends the collab plugin's
 * unconfirmed steps (one request at a time), confirms them when the authority accepts them, catches
 * up and rebases when other steps came first, takes in steps pushed by the event stream, retries an
 * unreachable server with growing pauses, and stops sending (keeping the text) when the lifecycle
 * refuses an edit. Unconfirmed steps are kept in browser storage until confirmed.
 */
export class CollabClient {
  private confirmed: Node;
  private confirmedJson: { doc: Node; json: unknown } | null = null;
  private readonly maps: StepMap[] = [];
  private busy = false;
  private needCatchUp = false;
  private refusal: string | null = null;
  private failures = 0;
  private retryTimer: unknown = null;
  private readonly held: StepBatch[] = [];
  private heldTimer: unknown = null;
  private localTimer: unknown = null;
  private localDeadline: unknown = null;
  private revision = 0;
  private keptRevision = 0;
  private disposed = false;
  private current: { status: CollabStatus; message?: string } = { status: 'saved' };
  private keptLocally = true;
  private readonly options: Required<Omit<CollabClientOptions, 'onLost' | 'onKeptLocally'>> &
    Pick<CollabClientOptions, 'onLost' | 'onKeptLocally'>;

  /** Starts from the confirmed document; call {@link update} if the state already has local steps. */
  constructor(options: CollabClientOptions) {
    this.confirmed = options.confirmed;
    this.options = {
      retryMs: 1000,
      maxRetryMs: 30_000,
      localDelayMs: 500,
      localMaxWaitMs: 5000,
      ...options,
    };
  }

  /** The status now. */
  get status(): CollabStatus {
    return this.current.status;
  }

  /** The authority's text at the confirmed version. */
  get confirmedDoc(): Node {
    return this.confirmed;
  }

  /** The confirmed step version. */
  get version(): number {
    return getVersion(this.options.host.state());
  }

  /**
   * The maps of the confirmed steps after `version`, in order, to bring a position made at that
   * version to the confirmed version; null when the version is ahead or too old to be remembered.
   */
  mapsSince(version: number): readonly StepMap[] | null {
    const behind = this.version - version;
    if (behind < 0 || behind > this.maps.length) return null;
    return this.maps.slice(this.maps.length - behind);
  }

  /** Hears that the editor's state changed: new local steps are kept and sent. */
  update(): void {
    if (this.disposed) return;
    this.revision += 1;
    if (!sendableSteps(this.options.host.state())) {
      this.settle();
      return;
    }
    this.keepSoon();
    if (this.retryTimer === null) void this.pump();
  }

  /** Takes in a batch of accepted steps (from the event stream): ignores those already held, catches up on a gap. */
  receive(batch: StepBatch): void {
    if (this.disposed) return;
    const { host, clientId } = this.options;
    if (this.held.length > 0 || host.composing?.()) {
      this.held.push(batch);
      this.releaseAfterComposition();
      return;
    }
    const state = host.state();
    const current = getVersion(state);
    if (batch.version <= current) return;
    const first = batch.version - batch.steps.length + 1;
    if (first > current + 1) {
      this.catchUp();
      return;
    }
    const fresh = batch.steps.slice(current + 1 - first);
    const steps = fresh.map((accepted) => Step.fromJSON(addendumSchema, accepted.step));
    const ids = fresh.map((accepted) => accepted.clientId);
    const base = this.confirmed;
    this.advanceConfirmed(steps);
    const unconfirmed = sendableSteps(state)?.steps.length ?? 0;
    let ours = 0;
    while (ours < ids.length && ids[ours] === clientId) ours += 1;
    const tr = receiveTransaction(state, steps, ids, { mapSelectionBackward: true });
    host.dispatch(tr);
    // receiveTransaction undoes the n unconfirmed steps, applies the m others, then redoes those of
    // the n that still apply: fewer redone than undone means local edits were dropped.
    const n = Math.max(0, unconfirmed - ours);
    const m = steps.length - ours;
    if (n > 0 && m > 0 && tr.steps.length - n - m < n) {
      this.options.onLost?.({ base, ours: state.doc, theirs: host.state().doc, version: this.version });
    }
    this.update();
  }

  /** Fetches the steps missed since the confirmed version (after a reconnection or a gap), then sends. */
  catchUp(): void {
    if (this.disposed) return;
    this.needCatchUp = true;
    this.options.timers.clear(this.retryTimer);
    this.retryTimer = null;
    void this.pump();
  }

  /** Tries refused or waiting steps again now (the part was reopened, the drafter asked). */
  retry(): void {
    if (this.disposed) return;
    this.refusal = null;
    this.failures = 0;
    this.options.timers.clear(this.retryTimer);
    this.retryTimer = null;
    if (sendableSteps(this.options.host.state())) this.setStatus('saving');
    void this.pump();
  }

  /** Drops the unconfirmed steps (the drafter chose to, after copying them): back to the confirmed text. */
  discard(): void {
    if (this.disposed) return;
    const { host, kept, draftId, clientId } = this.options;
    this.refusal = null;
    kept.remove(draftId, clientId);
    host.reset(this.confirmed, this.version);
    this.keptRevision = this.revision;
    this.setStatus('saved');
  }

  /** Keeps the unconfirmed steps in browser storage now (before the page goes away). */
  flush(): void {
    this.stopKeeping();
    if (this.disposed || this.keptRevision === this.revision) return;
    const { host, kept, draftId, clientId, now } = this.options;
    const sendable = sendableSteps(host.state());
    this.keptRevision = this.revision;
    if (!sendable) {
      kept.remove(draftId, clientId);
      this.setKeptLocally(true);
      return;
    }
    const written = kept.write({
      draftId,
      clientId,
      version: sendable.version,
      baseDocument: this.confirmedAsJson(),
      steps: sendable.steps.map((step) => step.toJSON()),
      keptAt: now(),
    });
    // Refused: no revision counts as kept, so the next keep (an edit, a retry) tries again.
    if (!written) this.keptRevision = -1;
    this.setKeptLocally(written);
  }

  /** Stops (the editor closes), keeping what is unconfirmed first. */
  dispose(): void {
    this.flush();
    this.disposed = true;
    this.options.timers.clear(this.retryTimer);
    this.options.timers.clear(this.heldTimer);
  }

  /** Takes in the held batches once the composition has ended, then sends what waited for them. */
  private releaseAfterComposition(): void {
    if (this.heldTimer !== null) return;
    this.heldTimer = this.options.timers.set(() => {
      this.heldTimer = null;
      if (this.options.host.composing?.()) {
        this.releaseAfterComposition();
        return;
      }
      for (const batch of this.held.splice(0)) this.receive(batch);
      this.update();
    }, COMPOSITION_POLL_MS);
  }

  private async pump(): Promise<void> {
    if (this.busy || this.disposed) return;
    this.busy = true;
    try {
      for (;;) {
        if (this.disposed) return;
        if (this.needCatchUp) {
          this.needCatchUp = false;
          if (!(await this.fetchMissed())) {
            this.needCatchUp = true;
            this.waitOffline();
            return;
          }
          continue;
        }
        if (this.refusal !== null || this.held.length > 0) return;
        const sendable = sendableSteps(this.options.host.state());
        if (!sendable) {
          this.settle();
          return;
        }
        this.setStatus('saving');
        const outcome = await this.options.server
          .sendSteps(
            sendable.version,
            this.options.clientId,
            sendable.steps.map((step) => step.toJSON()),
          )
          .catch(() => ({ kind: 'offline' as const }));
        if (this.disposed) return;
        switch (outcome.kind) {
          case 'accepted':
            this.failures = 0;
            this.confirmOwn(sendable.version, sendable.steps);
            continue;
          case 'behind':
            this.failures = 0;
            this.needCatchUp = true;
            continue;
          case 'refused':
            this.refusal = outcome.message;
            this.setStatus('refused', outcome.message);
            this.flush();
            return;
          case 'offline':
            this.waitOffline();
            return;
        }
      }
    } finally {
      this.busy = false;
    }
  }

  private async fetchMissed(): Promise<boolean> {
    let batch: StepBatch;
    try {
      batch = await this.options.server.stepsSince(this.version);
    } catch {
      return false;
    }
    if (!this.disposed) this.receive(batch);
    return true;
  }

  /** Confirms our own accepted steps, unless the event stream brought them back first. */
  private confirmOwn(version: number, steps: readonly Step[]): void {
    const { host, clientId } = this.options;
    const state = host.state();
    if (getVersion(state) !== version) return;
    this.advanceConfirmed(steps);
    host.dispatch(
      receiveTransaction(
        state,
        steps,
        steps.map(() => clientId),
      ),
    );
    this.revision += 1;
  }

  private advanceConfirmed(steps: readonly Step[]): void {
    let doc = this.confirmed;
    for (const step of steps) {
      const result = step.apply(doc);
      if (result.doc === null) throw new Error(`An accepted step does not apply: ${result.failed}`);
      doc = result.doc;
      this.maps.push(step.getMap());
    }
    if (this.maps.length > REMEMBERED_MAPS) this.maps.splice(0, this.maps.length - REMEMBERED_MAPS);
    this.confirmed = doc;
  }

  private confirmedAsJson(): unknown {
    if (this.confirmedJson?.doc !== this.confirmed) {
      this.confirmedJson = { doc: this.confirmed, json: this.confirmed.toJSON() };
    }
    return this.confirmedJson.json;
  }

  private waitOffline(): void {
    this.setStatus('offline');
    this.flush();
    if (this.retryTimer !== null) return;
    const { retryMs, maxRetryMs, timers } = this.options;
    const wait = Math.min(retryMs * 2 ** this.failures, maxRetryMs);
    this.failures += 1;
    this.retryTimer = timers.set(() => {
      this.retryTimer = null;
      void this.pump();
    }, wait);
  }

  /** Nothing unconfirmed: forget the kept copy and say so. */
  private settle(): void {
    this.stopKeeping();
    if (this.keptRevision !== this.revision) {
      this.options.kept.remove(this.options.draftId, this.options.clientId);
      this.keptRevision = this.revision;
    }
    this.setKeptLocally(true);
    if (this.refusal === null && this.retryTimer === null) this.setStatus('saved');
  }

  private keepSoon(): void {
    const { timers, localDelayMs, localMaxWaitMs } = this.options;
    timers.clear(this.localTimer);
    this.localTimer = timers.set(() => this.flush(), localDelayMs);
    this.localDeadline ??= timers.set(() => this.flush(), localMaxWaitMs);
  }

  private stopKeeping(): void {
    this.options.timers.clear(this.localTimer);
    this.options.timers.clear(this.localDeadline);
    this.localTimer = null;
    this.localDeadline = null;
  }

  private setKeptLocally(kept: boolean): void {
    if (kept === this.keptLocally) return;
    this.keptLocally = kept;
    this.options.onKeptLocally?.(kept);
  }

  private setStatus(status: CollabStatus, message?: string): void {
    if (status === this.current.status && message === this.current.message) return;
    this.current = message === undefined ? { status } : { status, message };
    this.options.onStatus(status, message);
  }
}
