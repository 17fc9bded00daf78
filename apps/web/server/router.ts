import { AlreadyExists, InvalidInput, NotFound, StoreError, VersionConflict } from '@rapporteur/store';
import { ApiError } from './api-error';
import type { ApiRequest } from './api-request';
import { type ApiDeps, type RequestContext, resolveSignedIn, type SignedIn } from './context';
import { errorResponse } from './respond';
import { assertSameOrigin } from './same-origin';

/** An HTTP method the API answers. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A handler of one route: a request context in, a Web `Response` out. */
export type Handler = (ctx: RequestContext) => Promise<Response>;

/**
 * One route: a method and a path pattern where `:name` matches one segment and `*name` the rest of
 * the path (used for document symbols, which contain slashes).
 */
export interface Route {
  readonly method: Method;
  readonly pattern: string;
  readonly handler: Handler;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ApiError(
      'bad-request',
      `The path segment "${segment.slice(0, 100)}" is not valid percent-encoding.`,
    );
  }
}

/** The non-empty segments of a path or pattern. */
function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matchPath(want: readonly string[], have: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith('*')) {
      if (i >= have.length) return undefined;
      params[part.slice(1)] = have.slice(i).map(decode).join('/');
      return params;
    }
    const segment = have[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) params[part.slice(1)] = decode(segment);
    else if (part !== segment) return undefined;
  }
  return want.length === have.length ? params : undefined;
}

/** Turns anything thrown by a handler into an ApiError: store errors keep their meaning, the rest is 500. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof VersionConflict) {
    return new ApiError('version-conflict', error.message, undefined, {
      currentVersion: error.currentVersion,
      current: error.current,
    });
  }
  if (error instanceof NotFound) return new ApiError('not-found', error.message);
  if (error instanceof AlreadyExists) return new ApiError('already-exists', error.message);
  if (error instanceof InvalidInput) return new ApiError('bad-request', error.message, error.field);
  if (error instanceof StoreError) return new ApiError('bad-request', error.message);
  return new ApiError('internal', 'Something went wrong on the server; nothing was changed.');
}

/**
 * Builds the API's request handler from a route table: finds the route (404 for an unknown path, 405
 * with Allow for a known path and another method), refuses cross-site state changes, runs the handler,
 * and answers every failure as `{ error: { code, message, path? } }` with its status.
 */
export function createRouter(
  routes: readonly Route[],
  deps: ApiDeps,
): (request: ApiRequest) => Promise<Response> {
  // Each pattern is cut into its segments once, not at every request.
  const table = routes.map((route) => ({ route, segments: segmentsOf(route.pattern) }));
  return async (request) => {
    const url = new URL(request.url);
    const path = segmentsOf(url.pathname);
    const allowed: Method[] = [];
    for (const { route, segments } of table) {
      let params: Record<string, string> | undefined;
      try {
        params = matchPath(segments, path);
      } catch (error) {
        return errorResponse(toApiError(error));
      }
      if (params === undefined) continue;
      if (route.method !== request.method && !(request.method === 'HEAD' && route.method === 'GET')) {
        allowed.push(route.method);
        continue;
      }
      let signedIn: Promise<SignedIn> | undefined;
      const ctx: RequestContext = {
        request,
        url,
        params,
        deps,
        signedIn: () => {
          signedIn ??= resolveSignedIn(request, deps);
          return signedIn;
        },
      };
      try {
        assertSameOrigin(request);
        return await route.handler(ctx);
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.code === 'internal') console.error(`${request.method} ${url.pathname}:`, error);
        return errorResponse(apiError);
      }
    }
    if (allowed.length > 0) {
      return errorResponse(
        new ApiError(
          'method-not-allowed',
          `${request.method} is not allowed here; use ${allowed.join(', ')}.`,
          undefined,
          undefined,
          { allow: allowed.join(', ') },
        ),
      );
    }
    return errorResponse(new ApiError('not-found', `There is no API route at ${url.pathname}.`));
  };
}
