/** One step the authority accepted, as it hands it out: the step's JSON and the client that sent it. */
export interface AcceptedStep {
  readonly step: unknown;
  readonly clientId: string;
}

/**
 * A run of accepted steps ending at `version`: the steps are versions
 * `version - steps.length + 1` … `version` (`GET …/steps?since=N`, or one `steps` event).
 */
export interface StepBatch {
  readonly version: number;
  readonly steps: readonly AcceptedStep[];
}

/** The text where a client starts: the document at the latest step version (`GET …/steps`). */
export interface CollabStart {
  readonly version: number;
  readonly document: unknown;
}

/** The authority's answer to a batch of steps, as the client reads it. */
export type SendStepsOutcome =
  /** Stored at versions up to `version`. */
  | { readonly kind: 'accepted'; readonly version: number }
  /** 409 version-conflict: other steps came first; catch up, rebase and send again. */
  | { readonly kind: 'behind'; readonly currentVersion: number }
  /** 409 not-allowed-now, 403, 422: the lifecycle (or the schema) refuses these steps, with why. */
  | { readonly kind: 'refused'; readonly message: string }
  /** The server could not be reached or failed (network error, 5xx, 429): try again later. */
  | { readonly kind: 'offline' };

/**
 * Someone in the draft, as the presence list gives them: their editor's client id, who they are, and
 * their selection at their confirmed step `version` (null or absent when their page did not say:
 * the positions are then taken as they stand).
 */
export interface PresencePerson {
  readonly clientId: string;
  readonly userId: string;
  readonly name: string;
  readonly anchor: number;
  readonly head: number;
  readonly version?: number | null;
  readonly at: string;
}

/** What the client hears on the draft's event stream (`GET …/events`). */
export interface CollabStreamHandlers {
  /** Accepted steps (the missed ones first on connecting, then each new batch). */
  steps(batch: StepBatch): void;
  /** The whole list of people in the draft, each time it changes. */
  presence(people: readonly PresencePerson[]): void;
  /** The draft's lifecycle or metadata changed (a part marked ready or reopened, a submission…). */
  lifecycle(): void;
  /** The stream (re)connected after a break: steps may have been missed, catch up. */
  reconnected(): void;
}

/** This editor's selection for the presence list, at its confirmed step version. */
export interface PresenceSelection {
  readonly clientId: string;
  readonly anchor: number;
  readonly head: number;
  readonly version: number;
}

/**
 * The server side of co-editing as the editor uses it: HTTP and an EventSource in the page, an
 * in-memory authority in tests and benchmarks. Reads throw when the server cannot be reached.
 */
export interface CollabServer {
  /** The current text and its step version. */
  load(): Promise<CollabStart>;
  /** The steps accepted after `version`. */
  stepsSince(version: number): Promise<StepBatch>;
  /** Sends steps made on top of `version`. */
  sendSteps(version: number, clientId: string, steps: readonly unknown[]): Promise<SendStepsOutcome>;
  /** Listens to the draft's events from `since()` (read again on every reconnection); returns how to stop. */
  subscribe(since: () => number, handlers: CollabStreamHandlers): () => void;
  /** Tells the others where this editor's selection is (fire and forget). */
  sendPresence(selection: PresenceSelection): Promise<void>;
  /** Takes this editor out of the presence list (when it closes). */
  leave(clientId: string): void;
}
