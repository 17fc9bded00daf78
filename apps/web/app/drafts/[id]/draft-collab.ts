import type {
  CollabServer,
  CollabStart,
  CollabStreamHandlers,
  PresencePerson,
  SendStepsOutcome,
  StepBatch,
} from '@rapporteur/editor';
import { errorMessage } from './draft-api';

/** The longest pause between two attempts to open the event stream again after it closed. */
const MAX_REOPEN_MS = 15_000;

async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as T;
}

function parse<T>(event: MessageEvent): T | undefined {
  try {
    return JSON.parse(String(event.data)) as T;
  } catch {
    return undefined;
  }
}

/**
 * The draft's event stream (`GET …/events`) through EventSource, which reconnects by itself after a
 * dropped connection and sends `Last-Event-ID` (the last step version heard). Every (re)connection
 * after the first tells the editor to catch up. When the browser gives up (the server answered with
 * an error, or is down), the stream is opened again after a growing pause, from the editor's
 * confirmed version.
 */
function subscribeToEvents(
  url: (since: number) => string,
  since: () => number,
  handlers: CollabStreamHandlers,
): () => void {
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let opened = false;
  let stopped = false;
  const connect = () => {
    source = new EventSource(url(since()));
    source.addEventListener('open', () => {
      failures = 0;
      if (opened) handlers.reconnected();
      opened = true;
    });
    source.addEventListener('steps', (event) => {
      const batch = parse<StepBatch>(event as MessageEvent);
      if (batch && Number.isInteger(batch.version) && Array.isArray(batch.steps)) handlers.steps(batch);
    });
    source.addEventListener('presence', (event) => {
      const list = parse<{ people: PresencePerson[] }>(event as MessageEvent);
      if (list && Array.isArray(list.people)) handlers.presence(list.people);
    });
    source.addEventListener('lifecycle', () => handlers.lifecycle());
    source.addEventListener('error', () => {
      if (stopped || source?.readyState !== EventSource.CLOSED) return;
      source = null;
      opened = true;
      const wait = Math.min(1000 * 2 ** failures, MAX_REOPEN_MS);
      failures += 1;
      reopen = setTimeout(connect, wait);
    });
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(reopen);
    source?.close();
  };
}

/**
 * The co-editing server of one draft as the editor uses it, over the API: `GET …/steps` to start
 * and catch up, `POST …/steps` to send steps, the event stream for other people's steps, presence
 * and lifecycle changes, and `POST`/`DELETE …/presence` for this editor's caret.
 */
export function draftCollabServer(draftId: string): CollabServer {
  const base = `/api/drafts/${encodeURIComponent(draftId)}`;
  const json = { 'content-type': 'application/json' };
  return {
    load: async () => readJson<CollabStart>(await fetch(`${base}/steps`, { cache: 'no-store' })),
    stepsSince: async (version) =>
      readJson<StepBatch>(await fetch(`${base}/steps?since=${version}`, { cache: 'no-store' })),
    async sendSteps(version, clientId, steps): Promise<SendStepsOutcome> {
      let response: Response;
      try {
        response = await fetch(`${base}/steps`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ version, clientId, steps }),
        });
      } catch {
        return { kind: 'offline' };
      }
      if (response.ok) {
        const accepted = (await response.json()) as { version: number };
        return { kind: 'accepted', version: accepted.version };
      }
      if (response.status === 409) {
        const body = (await response.clone().json()) as {
          error: { code: string; currentVersion?: number };
        };
        if (body.error.code === 'version-conflict') {
          return { kind: 'behind', currentVersion: body.error.currentVersion ?? version };
        }
      }
      if (response.status >= 500 || response.status === 429) return { kind: 'offline' };
      return { kind: 'refused', message: await errorMessage(response) };
    },
    subscribe: (since, handlers) =>
      subscribeToEvents((from) => `${base}/events?since=${from}`, since, handlers),
    async sendPresence({ clientId, anchor, head, version }) {
      await fetch(`${base}/presence`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ clientId, anchor, head, version }),
      });
    },
    leave(clientId) {
      void fetch(`${base}/presence?clientId=${encodeURIComponent(clientId)}`, {
        method: 'DELETE',
        keepalive: true,
      }).catch(() => undefined);
    },
  };
}
