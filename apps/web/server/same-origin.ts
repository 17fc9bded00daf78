import { ApiError } from './api-error';
import type { ApiRequest } from './api-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser sent from
 * another site: `Sec-Fetch-Site` must be same-origin (or none: typed by the user), and otherwise an
 * `Origin` header must name this host. Requests without either header do not come from a browser
 * page (curl, server-to-server) and cannot carry a victim's cookie across sites, so they pass.
 */
export function assertSameOrigin(request: ApiRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    if (site === 'same-origin' || site === 'none') return;
    throw new ApiError('cross-origin', `Requests from another site (${site}) may not change anything.`);
  }
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host =
    request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError('cross-origin', `The Origin header "${origin.slice(0, 100)}" is not a URL.`);
  }
  if (originHost !== host) {
    throw new ApiError('cross-origin', `Requests from ${originHost} may not change anything on ${host}.`);
  }
}
