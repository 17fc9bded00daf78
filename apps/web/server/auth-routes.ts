import { z } from 'zod';
import { ApiError } from './api-error';
import type { ApiRequest } from './api-request';
import { clearedSessionCookie, sessionCookie } from './cookies';
import { readBody } from './read-body';
import { json, noContent } from './respond';
import type { Route } from './router';
import { userJson } from './user-json';

const loginBody = z
  .object({
    email: z.string().trim().min(1).max(320),
    password: z.string().min(1).max(1024),
  })
  .strict();

/** The address a request came from, as the proxy in front of the app (or Next itself) reports it. */
function clientAddress(request: ApiRequest): string {
  const forwarded = request.headers.get('x-forwarded-for');
  return forwarded?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'unknown';
}

/** Sign-in, sign-out and "who am I". */
export const authRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/api/auth/login',
    async handler({ request, deps }) {
      const { email, password } = await readBody(request, loginBody);
      const address = clientAddress(request);
      await deps.throttle.check(email, address);
      const user = await deps.store.users.authenticate(email, password).catch(() => undefined);
      if (user === undefined) {
        await deps.throttle.fail(email, address);
        throw new ApiError('unauthenticated', 'The e-mail address or the password is wrong.');
      }
      await deps.throttle.succeed(email, address);
      const { token } = await deps.store.loginSessions.create(user.id, deps.sessionTtlMs);
      return json({ user: userJson(user) }, 200, {
        'set-cookie': sessionCookie(token, deps.sessionTtlMs / 1000, deps.secureCookies),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/api/auth/logout',
    async handler(ctx) {
      const { token } = await ctx.signedIn();
      await ctx.deps.store.loginSessions.revoke(token);
      return noContent({ 'set-cookie': clearedSessionCookie(ctx.deps.secureCookies) });
    },
  },
  {
    method: 'GET',
    pattern: '/api/auth/me',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      return json({ user: userJson(user) });
    },
  },
];
