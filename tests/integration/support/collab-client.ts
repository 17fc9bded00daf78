import { addendumSchema } from '@rapporteur/document';
import { collab, getVersion, receiveTransaction, sendableSteps } from 'prosemirror-collab';
import { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { Step } from 'prosemirror-transform';
import { SseReader } from '../../../apps/web/test/support/sse-reader.js';

/** One step the server acknowledged to a client: the version it took, who sent it and what it was. */
export interface AcknowledgedStep {
  readonly version: number;
  readonly clientId: string;
  readonly step: unknown;
}

/** The server a client was talking to went away (connection refused, reset or cut mid-answer). */
export class ServerGone extends Error {
  override name = 'ServerGone';
}

/** The text a draft's editors start from: `GET /api/drafts/:id/steps`. */
export async function fetchCollabText(
  origin: string,
  cookie: string,
  draftId: string,
): Promise<{ version: number; document: unknown }> {
  const response = await fetch(`${origin}/api/drafts/${draftId}/steps`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET steps: ${response.status} ${await response.text()}`);
  return (await response.json()) as { version: number; document: unknown };
}

/**
 * A simulated editor of one draft, as the browser's collab plugin would be (prosemirror-collab over
 * the HTTP protocol of issue 9, node-side): it types insertions, sends its unconfirmed steps with
 * `POST …/steps`, and receives everyone's steps — its own as confirmations — only through the
 * `GET …/events` stream, parsed from fetch (Node 20 has no EventSource). On a 409 it waits for the
 * stream to bring what it missed (prosemirror-collab rebases its own steps) and sends again. It can
 * move to another server, resuming the stream from its confirmed version, as EventSource would with
 * Last-Event-ID.
 */
export class CollabClient {
  state: EditorState;
  /** Steps the server acknowledged to this client. */
  readonly acknowledged: AcknowledgedStep[] = [];
  /** When each step version arrived through the stream (performance.now()), for latency figures. */
  readonly arrivals = new Map<number, number>();
  /** When this client sent the request that produced each acknowledged version. */
  readonly sentAt = new Map<number, number>();
  /** When this client was told each of its versions was accepted (the 200 arrived). */
  readonly acceptedAt = new Map<number, number>();
  private events: SseReader | undefined;
  private abort: AbortController | undefined;
  private typed = 0;
  private readonly waiters: Array<() => void> = [];
  /** Set when the stream broke: the server is gone or closed it. */
  streamBroken = false;

  constructor(
    public origin: string,
    private readonly cookie: string,
    readonly draftId: string,
    readonly clientId: string,
    start: { version: number; document: unknown },
    private readonly random: () => number,
  ) {
    this.state = EditorState.create({
      doc: Node.fromJSON(addendumSchema, start.document),
      plugins: [collab({ version: start.version, clientID: clientId })],
    });
  }

  /** The step version this client has confirmed. */
  get version(): number {
    return getVersion(this.state);
  }

  /** Opens the event stream at `origin` (this client's server from now on), from the confirmed version. */
  async connect(origin = this.origin): Promise<void> {
    this.close();
    this.origin = origin;
    this.abort = new AbortController();
    const response = await fetch(`${origin}/api/drafts/${this.draftId}/events?since=${this.version}`, {
      headers: { cookie: this.cookie, 'last-event-id': String(this.version) },
      signal: this.abort.signal,
    }).catch((error: unknown) => {
      throw new ServerGone(`events at ${origin}: ${String(error)}`);
    });
    if (response.status !== 200 || response.body === null) {
      throw new Error(`events at ${origin}: ${response.status} ${await response.text()}`);
    }
    this.streamBroken = false;
    const events = new SseReader(response.body);
    this.events = events;
    void this.receive(events);
  }

  private async receive(events: SseReader): Promise<void> {
    try {
      for (;;) {
        const event = await events.next('steps', 3_600_000);
        const batch = JSON.parse(event.data) as {
          version: number;
          steps: Array<{ step: unknown; clientId: string }>;
        };
        const now = performance.now();
        const first = batch.version - batch.steps.length + 1;
        if (first > this.version + 1) throw new Error(`a gap in the stream: ${this.version} then ${first}`);
        const fresh = batch.steps.slice(this.version + 1 - first);
        if (fresh.length === 0) continue;
        for (let v = this.version + 1; v <= batch.version; v++) this.arrivals.set(v, now);
        this.state = this.state.apply(
          receiveTransaction(
            this.state,
            fresh.map((s) => Step.fromJSON(addendumSchema, s.step)),
            fresh.map((s) => s.clientId),
          ),
        );
        for (const waiter of this.waiters.splice(0)) waiter();
      }
    } catch (error) {
      if (this.events === events) {
        this.streamBroken = true;
        if (!String(error).includes('ended')) console.error(`${this.clientId}: ${String(error)}`);
      }
      for (const waiter of this.waiters.splice(0)) waiter();
    }
  }

  /** Waits until the confirmed version reaches `version`; fails if the stream breaks or after `timeoutMs`. */
  async waitForVersion(version: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.version < version) {
      if (this.streamBroken) throw new ServerGone(`${this.clientId}: the event stream broke`);
      if (Date.now() > deadline) {
        throw new Error(`${this.clientId} stayed at version ${this.version}, waiting for ${version}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /**
   * Types a marker (unique to this client and keystroke) at the start or the end of a random
   * textblock other than the sections' headings, which the draft's template locks.
   */
  type(): string {
    this.typed += 1;
    const marker = `〔${this.clientId}·${this.typed}〕`;
    const blocks: Array<{ from: number; to: number }> = [];
    this.state.doc.descendants((node, pos) => {
      const heading = node.type.name === 'section_heading' || node.type.name === 'subsection_heading';
      if (node.isTextblock && !heading) blocks.push({ from: pos + 1, to: pos + 1 + node.content.size });
      return !node.isTextblock;
    });
    const block = blocks[Math.floor(this.random() * blocks.length)]!;
    const at = this.random() < 0.5 ? block.from : block.to;
    this.state = this.state.apply(this.state.tr.insertText(marker, at));
    return marker;
  }

  /**
   * Sends the unconfirmed steps until none are left: after a 200, waits for the stream to confirm
   * them; after a 409, waits for the stream to bring what was missed and sends the rebased steps.
   */
  async flush(): Promise<void> {
    for (;;) {
      const sendable = sendableSteps(this.state);
      if (sendable === null) return;
      const steps = sendable.steps.map((step) => step.toJSON());
      const sent = performance.now();
      let response: Response;
      let body: { version?: number; error?: { code: string; currentVersion?: number } };
      try {
        response = await fetch(`${this.origin}/api/drafts/${this.draftId}/steps`, {
          method: 'POST',
          headers: { cookie: this.cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ version: sendable.version, clientId: this.clientId, steps }),
        });
        body = (await response.json()) as typeof body;
      } catch (error) {
        throw new ServerGone(`steps at ${this.origin}: ${String(error)}`);
      }
      if (response.status === 200 && body.version !== undefined) {
        const accepted = performance.now();
        for (const [i, step] of steps.entries()) {
          const version = sendable.version + i + 1;
          this.acknowledged.push({ version, clientId: this.clientId, step });
          this.sentAt.set(version, sent);
          this.acceptedAt.set(version, accepted);
        }
        await this.waitForVersion(body.version);
      } else if (response.status === 409 && body.error?.code === 'version-conflict') {
        await this.waitForVersion(body.error.currentVersion ?? sendable.version + 1);
      } else {
        throw new Error(`${this.clientId}: POST steps answered ${response.status} ${JSON.stringify(body)}`);
      }
    }
  }

  /** Closes the event stream. */
  close(): void {
    const events = this.events;
    this.events = undefined;
    this.abort?.abort();
    void events?.cancel();
  }
}
