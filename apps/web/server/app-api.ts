import { createApi } from './api';
import type { ApiRequest } from './api-request';
import { getStore } from './store';

let api: Promise<(request: ApiRequest) => Promise<Response>> | undefined;

/**
 * The running app's API over the process's store (opened once, see store.ts), for server components
 * that read the API in process (components/workflow/server-api.ts); HTTP requests to /api reach the
 * API through the app server (host/serve.ts). Cookies are marked Secure when
 * RAPPORTEUR_SECURE_COOKIES=1 (a site served over HTTPS).
 */
export async function handleApiRequest(request: ApiRequest): Promise<Response> {
  api ??= getStore().then(
    (store) => createApi(store, { secureCookies: process.env.RAPPORTEUR_SECURE_COOKIES === '1' }),
    (error: unknown) => {
      api = undefined;
      throw error;
    },
  );
  return (await api)(request);
}
