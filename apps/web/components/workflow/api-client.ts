import { ui } from '../../lib/ui-strings';

/** The outcome of a call to the API from the browser: the JSON answer, or the error it gave. */
export type ApiResult<T> =
  | { readonly ok: true; readonly status: number; readonly data: T }
  | {
      readonly ok: false;
      readonly status: number;
      readonly code: string;
      readonly message: string;
      /** Where the problem is, when the API names it (a JSON path such as `event.symbol`). */
      readonly path?: string;
      /** The whole error object, for details such as `problems`. */
      readonly details: Record<string, unknown>;
    };

/**
 * Calls the app's own API with the signed-in user's cookie (same origin) and reads its JSON answer
 * or its error `{ error: { code, message, path } }`; a network failure becomes an error result, so
 * callers always have a message to show where the action was taken.
 */
export async function callApi<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      ...(init.body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
    });
  } catch {
    return { ok: false, status: 0, code: 'offline', message: ui.common.unreachable, details: {} };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (response.ok) return { ok: true, status: response.status, data: json as T };
  const error = (json as { error?: Record<string, unknown> } | undefined)?.error ?? {};
  return {
    ok: false,
    status: response.status,
    code: typeof error.code === 'string' ? error.code : 'unknown',
    message: typeof error.message === 'string' ? error.message : ui.common.serverAnswered(response.status),
    ...(typeof error.path === 'string' ? { path: error.path } : {}),
    details: error,
  };
}
