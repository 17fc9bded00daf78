import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiRequest } from '../server/api-request';
import { createApiAdmission } from './api-admission';
import { ClientDeparture } from './client-departure';
import { apiRequestOf, dropUnreadBody } from './web-request';
import { writeWebResponse } from './web-response';

/** What the app server is made of: the API for `/api/*` and a handler for every other request. */
export interface AppServerParts {
  /** The HTTP API: a request in, a Web Response out (server/api.ts). */
  readonly api: (request: ApiRequest) => Promise<Response>;
  /** Pages, static assets and everything else: Next.js's request handler. */
  readonly pages: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** How long `close` lets requests in flight finish before it cuts their connections (default 5 s). */
  readonly graceMs?: number;
}

/** The app's HTTP server: node:http, with the API answered in front of Next.js. */
export interface AppServer {
  /** The Node server (not yet listening until `listen`); Next's dev mode attaches its upgrade handler to it. */
  readonly server: Server;
  /** Starts listening on `host`:`port` (0 for any free port); resolves with the origin, e.g. `http://127.0.0.1:3000`. */
  listen(host: string, port: number): Promise<string>;
  /**
   * Stops the server: no new connections, open API streams (server-sent events) cancelled and
   * ended, idle keep-alive connections closed; waits for requests in flight to finish (each
   * connection is closed after its last answer), cutting whatever is still open after the grace
   * period.
   */
  close(): Promise<void>;
}

const SHUTTING_DOWN = 'The server is shutting down.';

function isApiPath(url: string | undefined): boolean {
  return url !== undefined && (url.startsWith('/api/') || url === '/api' || url.startsWith('/api?'));
}

/** A JSON error answer written straight to Node, for failures outside the API core (it answers its own). */
function plainError(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Builds the app server: every request under `/api` goes to the API core as an ApiRequest (its
 * signal aborted when the client disconnects) and its Response is written back as it streams;
 * every other request goes to Next.js untouched. Listening and stopping are separate (`listen`,
 * `close`), so Next can be prepared against the server first and SIGTERM handled by the caller.
 */
export function createAppServer(parts: AppServerParts): AppServer {
  /**
   * The API's event streams in flight (server-sent events, open until someone ends them), each with
   * its request's departure, which `close` tells to end it. Only these: a long-lived map of every
   * response in flight made each response, and all it reached, outlive the young-generation
   * collection once requests waited for their turn (api-admission.ts) — under a stream of health
   * checks, 486 MB promoted in 6 s against 5 MB without the map. Most likely the map's tables,
   * replaced as it grows and shrinks, stay in the old generation naming the responses they held,
   * and the young collection takes any such reference as live (see apps/web/API.md, Performance).
   */
  const eventStreams = new Map<ServerResponse, ClientDeparture>();
  let closing: Promise<void> | undefined;
  let fallbackHost = '127.0.0.1';
  /** API requests start in the order they arrived, a few per turn of the event loop (api-admission.ts). */
  const admit = createApiAdmission();

  async function answerApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const departure = new ClientDeparture();
    res.once('close', () => {
      if (!res.writableFinished) departure.leave(new Error('The client closed the connection.'));
    });
    let request: ApiRequest;
    try {
      request = apiRequestOf(req, departure, fallbackHost);
    } catch {
      dropUnreadBody(req);
      plainError(res, 400, 'bad-request', 'The request line or Host header does not make a valid URL.');
      return;
    }
    let response: Response;
    try {
      response = await parts.api(request);
    } catch (error) {
      console.error(`${req.method} ${req.url}:`, error);
      plainError(res, 500, 'internal', 'Something went wrong on the server; nothing was changed.');
      return;
    } finally {
      dropUnreadBody(req);
    }
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      if (closing === undefined) {
        eventStreams.set(res, departure);
        res.once('close', () => eventStreams.delete(res));
      } else departure.leave(new Error(SHUTTING_DOWN));
    }
    // The server began stopping while this request was handled: its connection closes after the answer.
    if (closing !== undefined) res.shouldKeepAlive = false;
    await writeWebResponse(response, res, departure, req.method === 'HEAD');
  }

  /**
   * Every open connection and how many of its requests are unanswered. Node's own idle tracking
   * misses a connection that has not sent a request yet (browsers and fetch open spare ones), which
   * would hold `close` until the grace period ends.
   */
  const connections = new Map<Socket, number>();
  const closeIfIdle = (socket: Socket) => {
    if (connections.get(socket) === 0) socket.destroy();
  };

  const server = createServer((req, res) => {
    const { socket } = req;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    if (closing !== undefined) res.shouldKeepAlive = false;
    res.once('close', () => {
      connections.set(socket, (connections.get(socket) ?? 1) - 1);
      // Once stopping, a connection whose last answer is done is closed rather than kept alive.
      if (closing !== undefined) setImmediate(closeIfIdle, socket);
    });
    const failed = (error: unknown) => {
      console.error(`${req.method} ${req.url}:`, error);
      plainError(res, 500, 'internal', 'Something went wrong on the server.');
    };
    if (!isApiPath(req.url)) {
      parts.pages(req, res).catch(failed);
      return;
    }
    admit(() => {
      // A client that went away while its request waited is not answered.
      if (res.destroyed) dropUnreadBody(req);
      else answerApi(req, res).catch(failed);
    });
  });

  server.on('connection', (socket: Socket) => {
    connections.set(socket, 0);
    socket.once('close', () => connections.delete(socket));
  });

  return {
    server,

    listen(host, port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          fallbackHost = `${host}:${address.port}`;
          resolve(`http://${fallbackHost}`);
        });
      });
    },

    close() {
      closing ??= new Promise<void>((resolve) => {
        if (!server.listening) {
          resolve();
          return;
        }
        const grace = setTimeout(() => server.closeAllConnections(), parts.graceMs ?? 5_000);
        server.close(() => {
          clearTimeout(grace);
          resolve();
        });
        for (const departure of eventStreams.values()) departure.leave(new Error(SHUTTING_DOWN));
        for (const socket of connections.keys()) closeIfIdle(socket);
      });
      return closing;
    },
  };
}
