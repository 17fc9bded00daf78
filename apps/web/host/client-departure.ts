/**
 * When the client of one API request has gone, or the server is shutting down under it. It is
 * told once (`leave`); `left` and `reason` say so at any time, `onLeave` calls back when it happens,
 * and `signal` is an AbortSignal for the API's handlers (an event stream waits on it).
 *
 * The signal is made only when something asks for it, which only the event streams do. In Node 20
 * every AbortSignal outlives the young-generation collection: making one per request (the app server
 * did, and so did the undici `Request` it built) took each request's objects, with everything a
 * listener reached, into the old generation; under the PostgreSQL save load that was 10.5 MB
 * promoted per scavenge (apps/web/API.md, Performance).
 */
export class ClientDeparture {
  #reason: Error | undefined;
  #controller: AbortController | undefined;
  #callbacks: Set<(reason: Error) => void> | undefined;

  /** Whether the client has gone (or the server is shutting down). */
  get left(): boolean {
    return this.#reason !== undefined;
  }

  /** Why the request ended early; undefined while the client is there. */
  get reason(): Error | undefined {
    return this.#reason;
  }

  /** An AbortSignal that aborts (with `reason`) when the client goes; already aborted if it has. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#reason !== undefined) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** Calls `callback` once when the client goes (not at all if it has already gone); returns how to stop waiting. */
  onLeave(callback: (reason: Error) => void): () => void {
    this.#callbacks ??= new Set();
    this.#callbacks.add(callback);
    return () => {
      this.#callbacks?.delete(callback);
    };
  }

  /** Records that the client has gone, for `reason`; only the first call counts. */
  leave(reason: Error): void {
    if (this.#reason !== undefined) return;
    this.#reason = reason;
    this.#controller?.abort(reason);
    const callbacks = this.#callbacks;
    this.#callbacks = undefined;
    for (const callback of callbacks ?? []) callback(reason);
  }
}
