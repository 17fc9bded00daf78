/**
 * Serves Rapporteur: the app server (host/app-server.ts) with the HTTP API over the process's store
 * and Next.js for everything else, on 127.0.0.1:3000 unless told otherwise.
 *
 *   node --import tsx apps/web/host/serve.ts [--host 127.0.0.1] [--port 3000] [--dev]
 *
 * HOST and PORT in the environment are used when the options are absent; --dev runs Next's
 * development server (compiling on demand, hot reload) instead of the production build. The store is
 * opened (migrations run) before the port opens, so a server that listens can answer. SIGTERM or
 * SIGINT stops it cleanly: no new connections, open event streams ended, requests in flight
 * finished, then Next and the store closed; a second signal exits at once.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApi } from '../server/api';
import { getStore } from '../server/store';
import { createAppServer } from './app-server';

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    dev: { type: 'boolean', default: false },
  },
});
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(
    `serve: the port must be a whole number from 0 to 65535, not "${values.port ?? process.env.PORT}".`,
  );
  process.exit(2);
}
const dev = values.dev;
// React and Next choose their production builds by NODE_ENV, which must be set before Next loads.
(process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production';

const store = await getStore();
const api = createApi(store, { secureCookies: process.env.RAPPORTEUR_SECURE_COOKIES === '1' });
const { default: next } = await import('next');
let pages: ReturnType<ReturnType<typeof next>['getRequestHandler']> | undefined;
const appServer = createAppServer({ api, pages: (req, res) => pages!(req, res) });
const app = next({
  dev,
  dir: dirname(dirname(fileURLToPath(import.meta.url))),
  hostname: host,
  port,
  httpServer: appServer.server,
});
await app.prepare();
pages = app.getRequestHandler();
const origin = await appServer.listen(host, port);
console.log(`Rapporteur: serving on ${origin}${dev ? ' (development)' : ''}`);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`Rapporteur: ${signal}, stopping`);
  await appServer.close();
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', (signal) => void stop(signal));
process.on('SIGINT', (signal) => void stop(signal));
