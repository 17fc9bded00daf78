/** One server-sent event as a client receives it: its name, its id (if it had one) and its data. */
export interface ServerSentEvent {
  readonly event: string;
  readonly id: string | undefined;
  readonly data: string;
}

/**
 * Reads a `text/event-stream` body the way EventSource does (Node 20 has no EventSource): events are
 * blocks separated by a blank line, `field: value` lines, comment lines (starting with `:`) skipped,
 * several `data` lines joined by newlines; the last event id is kept, as EventSource keeps it for
 * `Last-Event-ID`. Events are queued as they arrive; `next` waits for the next one.
 */
export class SseReader {
  /** The id of the last event that had one (what EventSource would send as Last-Event-ID). */
  lastEventId: string | undefined;
  /** Comment lines received (e.g. `keep-alive`). */
  readonly comments: string[] = [];
  private readonly queue: ServerSentEvent[] = [];
  private readonly waiters: Array<() => void> = [];
  private ended = false;
  private failure: unknown;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  /** Starts reading `body` at once, in the background. */
  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
    void this.read();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await this.reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replaceAll('\r\n', '\n');
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          this.block(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (error) {
      this.failure = error;
    }
    this.ended = true;
    this.wake();
  }

  private block(text: string): void {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of text.split('\n')) {
      if (line.startsWith(':')) {
        this.comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
    if (id !== undefined) this.lastEventId = id;
    if (data.length === 0) return;
    this.queue.push({ event, id, data: data.join('\n') });
    this.wake();
  }

  /** Whether the stream has ended (the server closed it, or it failed). */
  get done(): boolean {
    return this.ended;
  }

  /** The next event (optionally of one name, skipping others), or an error after `timeoutMs` or at the end. */
  async next(name?: string, timeoutMs = 10_000): Promise<ServerSentEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.queue.findIndex((e) => name === undefined || e.event === name);
      if (index >= 0) return this.queue.splice(index, 1)[0]!;
      if (this.ended)
        throw new Error(
          `the event stream ended before a ${name ?? 'further'} event (${String(this.failure ?? 'closed')})`,
        );
      if (Date.now() > deadline) throw new Error(`no ${name ?? ''} event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, Math.max(1, deadline - Date.now()));
      });
    }
  }

  /** Events already received and not yet taken, optionally of one name (taken from the queue). */
  drain(name?: string): ServerSentEvent[] {
    const taken = this.queue.filter((e) => name === undefined || e.event === name);
    this.queue.splice(0, this.queue.length, ...this.queue.filter((e) => !taken.includes(e)));
    return taken;
  }

  /** Waits until the stream ends. */
  async untilEnd(): Promise<void> {
    while (!this.ended) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Stops reading (the client goes away). */
  async cancel(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }
}
