/** What a call to the API returned: the status, the parsed JSON body (or text) and the headers. */
export interface ApiReply {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API answered with
  readonly body: any;
  readonly headers: Headers;
}

/** The origin every test request claims to be sent to (and, for state changes, from). */
export const ORIGIN = 'http://127.0.0.1:3000';

/** Options of one call: a JSON body (or raw text), extra headers, the cookie to send. */
export interface CallOptions {
  readonly body?: unknown;
  readonly raw?: string;
  readonly headers?: Record<string, string>;
  readonly cookie?: string;
}

/**
 * Calls an API handler in process, like a browser on the same site would: JSON bodies, the host
 * header, and `Sec-Fetch-Site: same-origin` on state changes unless the test overrides headers.
 */
export async function call(
  handle: (request: Request) => Promise<Response>,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiReply> {
  const headers: Record<string, string> = { host: '127.0.0.1:3000' };
  if (method !== 'GET') headers['sec-fetch-site'] = 'same-origin';
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  Object.assign(headers, options.headers ?? {});
  for (const [key, value] of Object.entries(headers)) if (value === '') delete headers[key];
  const response = await handle(
    new Request(`${ORIGIN}${path}`, {
      method,
      headers,
      ...(options.raw !== undefined
        ? { body: options.raw }
        : options.body !== undefined
          ? { body: JSON.stringify(options.body) }
          : {}),
    }),
  );
  const text = await response.text();
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) body = JSON.parse(text);
  return { status: response.status, body, headers: response.headers };
}

/** The session cookie a sign-in response set, as a `Cookie` header value. */
export function cookieFrom(reply: ApiReply): string {
  const setCookie = reply.headers.get('set-cookie');
  if (setCookie === null) throw new Error(`no cookie was set (status ${reply.status})`);
  return setCookie.split(';')[0]!;
}
