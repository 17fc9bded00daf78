import type { Store } from '@rapporteur/store';
import type { ApiRequest } from './api-request';
import { auditRoutes } from './audit-routes';
import { authRoutes } from './auth-routes';
import { collabEventRoutes } from './collab-events-routes';
import { collabRoutes } from './collab-routes';
import { commentRoutes } from './comment-routes';
import type { ApiDeps } from './context';
import { draftRoutes } from './draft-routes';
import { defaultTemplatesFolder } from './draft-templates';
import { eventRoutes } from './event-routes';
import { exportRoutes } from './export-routes';
import { healthRoutes } from './health-routes';
import { LoginThrottle } from './login-throttle';
import { presenceRoutes } from './presence-routes';
import { publishedRoutes } from './published-routes';
import { createRouter, type Route } from './router';
import { sessionRoutes } from './session-routes';
import { templateRoutes } from './template-routes';
import { userRoutes } from './user-routes';

/** How long a sign-in lasts by default: 12 hours (a working day). */
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Every route of the HTTP API (documented in apps/web/API.md). */
export const apiRoutes: readonly Route[] = [
  ...healthRoutes,
  ...authRoutes,
  ...userRoutes,
  ...sessionRoutes,
  ...templateRoutes,
  ...draftRoutes,
  ...collabRoutes,
  ...collabEventRoutes,
  ...presenceRoutes,
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
  options: Partial<Omit<ApiDeps, 'store' | 'throttle'>> = {},
): (request: ApiRequest) => Promise<Response> {
  const now = options.now ?? (() => new Date());
  const deps: ApiDeps = {
    store,
    now,
    throttle: new LoginThrottle(store.loginAttempts, now),
    sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    secureCookies: options.secureCookies ?? false,
    templatesFolder: options.templatesFolder ?? defaultTemplatesFolder(),
  };
  return createRouter(apiRoutes, deps);
}
