import { requireRole } from './context';
import { json } from './respond';
import type { Route } from './router';

/** The audit log's integrity: administrators ask the server to verify the whole hash chain. */
export const auditRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/audit/verify',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), ['administrator'], 'verify the audit log');
      return json({ verification: await ctx.deps.store.audit.verify() });
    },
  },
];
