import type { AcceptedStep, PresenceEntry } from '@rapporteur/store';
import { ApiError } from './api-error';
import type { ApiRequest } from './api-request';
import { collabHubFor, type DraftEventSink } from './collab-events-hub';
import { resolveSignedIn } from './context';
import type { Route } from './router';

/** How often an open stream sends a comment so proxies and clients know it is alive (and the sign-in is checked again). */
const KEEP_ALIVE_MS = 15_000;

/** How long a client waits before reconnecting a dropped stream (the `retry` field of the stream). */
const RECONNECT_AFTER_MS = 1_000;

/** How many bytes may wait unread in a stream before it is closed (the client reconnects and catches up). */
const MAX_UNREAD_BYTES = 8 * 1024 * 1024;

/** A step version given as `since` or `Last-Event-ID`: digits only, or a 400 naming where it came from. */
function stepVersion(raw: string, where: string): number {
  if (!/^\d{1,9}$/.test(raw)) {
    throw new ApiError('bad-request', `${where} must be a step version (0, 1, 2, …).`, where);
  }
  return Number(raw);
}

/**
 * Where a stream starts: the `Last-Event-ID` header (which EventSource sends again on reconnecting,
 * with the last step version it received) wins over the `since` query parameter; with neither, the
 * stream starts at the latest version.
 */
function startingVersion(request: ApiRequest, url: URL): number | undefined {
  const lastEventId = request.headers.get('last-event-id');
  if (lastEventId !== null && lastEventId !== '') return stepVersion(lastEventId.trim(), 'Last-Event-ID');
  const since = url.searchParams.get('since');
  return since === null ? undefined : stepVersion(since, 'since');
}

/** The people of a draft as the protocol names them (`version`: the step version of anchor and head, or null). */
function peopleJson(people: readonly PresenceEntry[]) {
  return people.map(({ clientId, userId, name, anchor, head, version, at }) => ({
    clientId,
    userId,
    name,
    anchor,
    head,
    version,
    at,
  }));
}

/** One server-sent event: its name, optional id and JSON data, in the text/event-stream format. */
function serverSentEvent(event: string, data: unknown, id?: number): string {
  return `event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * Live updates of a draft for open editors (issue 9): a `text/event-stream` of `steps` (the steps
 * missed since `since` / `Last-Event-ID`, then each new batch accepted on any server), `presence`
 * (the whole list when it changes, and once at the start) and `lifecycle` (the draft moved) events,
 * with a keep-alive comment every 15 s. For signed-in users (anyone who may read the draft); the
 * sign-in is checked again at each keep-alive and the stream ends with it. Everything the stream
 * holds is released when the client goes away (the request's signal aborts, or the body is
 * cancelled). See apps/web/API.md.
 */
export const collabEventRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/drafts/:id/events',
    async handler(ctx) {
      await ctx.signedIn();
      const { store } = ctx.deps;
      const since = startingVersion(ctx.request, ctx.url);
      const draft = await store.drafts.get(ctx.params.id!);
      const hub = collabHubFor(store, ctx.deps.now);
      const encoder = new TextEncoder();
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      let closed = false;
      let stop: () => void = () => undefined;
      const write = (text: string) => {
        if (closed) return;
        controller.enqueue(encoder.encode(text));
        if ((controller.desiredSize ?? 0) < -MAX_UNREAD_BYTES) {
          stop();
          controller.close();
        }
      };
      const body = new ReadableStream<Uint8Array>(
        {
          start(c) {
            controller = c;
          },
          cancel() {
            stop();
          },
        },
        new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
      );
      const sink: DraftEventSink = {
        steps: (version: number, steps: readonly AcceptedStep[]) =>
          write(
            serverSentEvent(
              'steps',
              { version, steps: steps.map(({ step, clientId }) => ({ step, clientId })) },
              version,
            ),
          ),
        presence: (people) => write(serverSentEvent('presence', { people: peopleJson(people) })),
        lifecycle: (version) => write(serverSentEvent('lifecycle', { version })),
      };
      let subscription: Awaited<ReturnType<typeof hub.open>>;
      try {
        subscription = await hub.open(draft, since, sink);
      } catch (error) {
        if (error instanceof RangeError) {
          throw new ApiError(
            'bad-request',
            `The starting step version is ahead of the text: ${error.message}.`,
            'since',
          );
        }
        throw error;
      }
      const keepAlive = setInterval(async () => {
        write(': keep-alive\n\n');
        try {
          await resolveSignedIn(ctx.request, ctx.deps);
        } catch {
          // Signed out, expired or revoked: the stream ends with the sign-in.
          if (!closed) {
            stop();
            controller.close();
          }
        }
      }, KEEP_ALIVE_MS);
      keepAlive.unref();
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepAlive);
        subscription.close();
        ctx.request.signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        if (closed) return;
        stop();
        controller.close();
      };
      if (ctx.request.signal.aborted) onAbort();
      else ctx.request.signal.addEventListener('abort', onAbort, { once: true });
      write(`retry: ${RECONNECT_AFTER_MS}\n\n`);
      subscription.start();
      return new Response(body, {
        headers: {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store, no-transform',
          'x-accel-buffering': 'no',
        },
      });
    },
  },
];
