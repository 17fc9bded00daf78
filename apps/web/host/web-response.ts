import type { ServerResponse } from 'node:http';
import type { ClientDeparture } from './client-departure';

/** Resolves when `res` can take more data again, or when its connection has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Reads a body to its end, handing each chunk to `take`, and cancels it when the client leaves (its
 * producer's `cancel` runs, so it stops). A body that fails part-way breaks the connection off: the
 * status is already sent, so the client can only be told by the connection ending abruptly, not by
 * a clean end that would pass a truncated body for a whole one. Returns false in that case.
 */
async function readToEnd(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  res: ServerResponse,
  departure: ClientDeparture,
  take: (chunk: Uint8Array) => void | Promise<void>,
): Promise<boolean> {
  const stopWaiting = departure.onLeave((reason) => {
    reader.cancel(reason).catch(() => undefined);
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      await take(value);
    }
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    return false;
  } finally {
    stopWaiting();
  }
}

/**
 * Writes a body of declared length in one piece (headers and body in one write, no chunked
 * encoding): it is read to its end first, which for a body already in memory costs nothing.
 */
async function writeWhole(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  res: ServerResponse,
  departure: ClientDeparture,
): Promise<void> {
  const chunks: Uint8Array[] = [];
  if (!(await readToEnd(reader, res, departure, (chunk) => void chunks.push(chunk)))) return;
  if (departure.left) res.destroy();
  else res.end(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
}

/**
 * Writes a Web `Response` to a Node response: the status, every header (each Set-Cookie on its own
 * line), then the body — in one piece when its length is declared (Content-Length), else chunk by
 * chunk as the handler produces it, each chunk written to the socket at once, so a
 * `text/event-stream` body that stays open reaches the client event by event (its headers are sent
 * before its first event). Waits for the socket to drain when it is full. When `departure` is told
 * the client went away (or the server is shutting down) the body is cancelled — its producer's `cancel`
 * runs, so it stops — and the response is ended. A HEAD request gets the headers only. Resolves
 * once the response is ended.
 */
export async function writeWebResponse(
  response: Response,
  res: ServerResponse,
  departure: ClientDeparture,
  head = false,
): Promise<void> {
  const headers: string[] = [];
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') headers.push(name, value);
  }
  for (const cookie of response.headers.getSetCookie()) headers.push('set-cookie', cookie);
  res.writeHead(response.status, response.statusText || undefined, headers);
  const body = response.body;
  if (body === null || head || departure.left) {
    await body?.cancel(departure.reason).catch(() => undefined);
    res.end();
    return;
  }
  const reader = body.getReader();
  if (response.headers.has('content-length')) {
    await writeWhole(reader, res, departure);
    return;
  }
  // An event stream may wait a while for its first event: its headers go now, so the client knows
  // it is connected.
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) res.flushHeaders();
  const written = await readToEnd(reader, res, departure, async (chunk) => {
    if (!res.write(chunk) && !res.destroyed) await drained(res);
  });
  if (written) res.end();
}
