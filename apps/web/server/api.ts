import type { Store } from '@rapporteur/store';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { commentRoutes } from './comment-routes.js';
import type { ApiDeps } from './context.js';
import { draftRoutes } from './draft-routes.js';
import { eventRoutes } from './event-routes.js';
import { exportRoutes } from './export-routes.js';
import { LoginThrottle } from './login-throttle.js';
import { publishedRoutes } from './published-routes.js';
import { createRouter, type Route } from './router.js';
import { sessionRoutes } from './session-routes.js';
import { userRoutes } from './user-routes.js';

/** How long a sign-in lasts by default: 12 hours (a working day). */
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Every route of the HTTP API (documented in apps/web/API.md). */
export const apiRoutes: readonly Route[] = [
  ...authRoutes,
  ...userRoutes,
  ...sessionRoutes,
  ...draftRoutes,
  ...eventRoutes,
  ...commentRoutes,
  ...exportRoutes,
  ...publishedRoutes,
  ...auditRoutes,
];

/**
 * Builds the HTTP API over a store: one function from a Web `Request` to a `Response`, independent
 * of Next.js, so tests call it in process and route files are one-liners.
 */
export function createApi(
  store: Store,
  options: Partial<Omit<ApiDeps, 'store'>> = {},
): (request: Request) => Promise<Response> {
  const deps: ApiDeps = {
    store,
    now: options.now ?? (() => new Date()),
    throttle: options.throttle ?? new LoginThrottle(),
    sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    secureCookies: options.secureCookies ?? false,
  };
  return createRouter(apiRoutes, deps);
}
