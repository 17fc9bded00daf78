import { json } from './respond';
import type { Route } from './router';

/**
 * Liveness: the process answers through the framework and the API's router, without signing in and
 * without touching the database. Load balancers in front of several app servers poll it, and the
 * API benchmark measures it as the floor every other route stands on.
 */
export const healthRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/health',
    async handler() {
      return json({ status: 'ok' });
    },
  },
];
