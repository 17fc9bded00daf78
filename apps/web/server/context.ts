import { type Actor, ROLES, type Role } from '@rapporteur/lifecycle';
import type { Store, User } from '@rapporteur/store';
import { ApiError } from './api-error';
import type { ApiRequest } from './api-request';
import { readCookie, SESSION_COOKIE } from './cookies';
import type { LoginThrottle } from './login-throttle';

/** What the API is built from: the store, the clock, the login throttle, the cookie settings and the templates. */
export interface ApiDeps {
  readonly store: Store;
  /** The server's clock (injectable for tests). */
  readonly now: () => Date;
  /** Slows repeated failed sign-ins, counting them in the store. */
  readonly throttle: LoginThrottle;
  /** How long a sign-in lasts. */
  readonly sessionTtlMs: number;
  /** Whether cookies are marked Secure (set when the site is served over HTTPS). */
  readonly secureCookies: boolean;
  /** The folder holding the templates drafts are created from (the repository's templates/). */
  readonly templatesFolder: string;
}

/** A signed-in user as the handlers see them: the stored user and the lifecycle actor built from it. */
export interface SignedIn {
  readonly user: User;
  readonly actor: Actor;
  /** The bearer token of the session (for sign-out). */
  readonly token: string;
}

/** One request as a handler sees it: the request, its URL, the path parameters and the dependencies. */
export interface RequestContext {
  readonly request: ApiRequest;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly deps: ApiDeps;
  /** The signed-in user; refuses with 401 when there is none (resolved once per request). */
  signedIn(): Promise<SignedIn>;
}

/** The lifecycle actor for a stored user: their id, name and the roles the lifecycle knows. */
export function actorOf(user: User): Actor {
  const roles = user.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  return { id: user.id, name: user.displayName, roles };
}

/** Resolves the session cookie of a request to the signed-in user, or refuses with 401. */
export async function resolveSignedIn(request: ApiRequest, deps: ApiDeps): Promise<SignedIn> {
  const token = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  if (token === undefined || token === '') throw new ApiError('unauthenticated', 'Sign in first.');
  const resolved = await deps.store.loginSessions.resolve(token);
  if (resolved === undefined) {
    throw new ApiError('unauthenticated', 'Your session has ended or is not valid; sign in again.');
  }
  return { user: resolved.user, actor: actorOf(resolved.user), token };
}

/** Refuses with 403 unless the signed-in user holds one of `roles`. */
export function requireRole(signedIn: SignedIn, roles: readonly Role[], doing: string): void {
  if (!signedIn.actor.roles.some((role) => roles.includes(role))) {
    throw new ApiError('forbidden', `Only ${roles.join(' or ')} users can ${doing}.`);
  }
}
