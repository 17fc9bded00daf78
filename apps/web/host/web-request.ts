import type { IncomingMessage } from 'node:http';
import type { ApiRequest } from '../server/api-request';
import type { ClientDeparture } from './client-departure';

/**
 * Where a request keeps how to stop feeding its body stream (see dropUnreadBody): a property of the
 * request, not a WeakMap keyed by it — V8's young-generation collection keeps a long-lived WeakMap's
 * young values alive whatever becomes of their keys, so every request's stream (and all it holds)
 * outlived the request into the old generation.
 */
const DETACH = Symbol('detach body stream');

/** A Node request whose body may be streamed to a Web Request (bodyStream). */
type StreamedRequest = IncomingMessage & { [DETACH]?: () => void };

/**
 * The body of a Node request as a Web stream, read only as fast as it is consumed (the request is
 * paused while a chunk waits). Cancelling it (a handler that refuses a body part-way, e.g. 413)
 * stops listening and lets the rest be read and dropped, so the connection stays usable and the
 * client still reads the answer; it never destroys the socket under the response.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let onData: (chunk: Buffer) => void;
  let onEnd: () => void;
  let onError: (error: Error) => void;
  const detach = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
  };
  (req as StreamedRequest)[DETACH] = detach;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      onData = (chunk) => {
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      onEnd = () => {
        detach();
        controller.close();
      };
      onError = (error) => {
        detach();
        controller.error(error);
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onError);
    },
    pull() {
      req.resume();
    },
    cancel() {
      detach();
      req.resume();
    },
  });
}

/**
 * A request as the API core reads it (ApiRequest): what a Web `Request` would give, without building
 * one — an undici `Request` makes an AbortSignal, which Node 20 keeps past the young-generation
 * collection (see ClientDeparture). Its `signal` is its departure's, made only if a handler asks.
 */
class ClientRequest implements ApiRequest {
  readonly #departure: ClientDeparture;

  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: Headers,
    readonly body: ReadableStream<Uint8Array> | null,
    departure: ClientDeparture,
  ) {
    this.#departure = departure;
  }

  get signal(): AbortSignal {
    return this.#departure.signal;
  }
}

/**
 * The request the API core (server/api.ts) is given for a Node request: the method, every header as
 * sent (cookies, Origin, Sec-Fetch-Site, Content-Length…), the URL built from the Host header (or
 * `fallbackHost`) and the path, the body streamed from the socket (never buffered here, so the
 * core's size limits apply as it reads), and a `signal` that aborts when `departure` is told the
 * client went away. Throws a TypeError when the Host header cannot make a URL.
 */
export function apiRequestOf(
  req: IncomingMessage,
  departure: ClientDeparture,
  fallbackHost: string,
): ApiRequest {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  const method = req.method ?? 'GET';
  const url = new URL(`http://${req.headers.host || fallbackHost}${req.url ?? '/'}`).href;
  const body = method === 'GET' || method === 'HEAD' ? null : bodyStream(req);
  return new ClientRequest(method, url, headers, body, departure);
}

/**
 * Reads and drops whatever is left of a request's body once its answer is decided (a handler that
 * refused it before reading it all: 401, 413…). Without this the paused request would never be
 * read to its end, the connection would stay stuck mid-body, and a client that sent the whole body
 * before reading the answer could not read it. Node's request timeout bounds how long a client may
 * keep sending.
 */
export function dropUnreadBody(req: IncomingMessage): void {
  if (req.complete) return;
  (req as StreamedRequest)[DETACH]?.();
  req.resume();
}
