/** The name of the cookie that carries the login session's bearer token. */
export const SESSION_COOKIE = 'rapporteur_session';

/** The value of one cookie in a `Cookie` request header, if it is there. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The `Set-Cookie` value that hands the browser its session token: HttpOnly (no script can read it),
 * SameSite=Lax (not sent on cross-site subrequests or form posts), for the whole site, expiring with
 * the session; Secure when the site is served over HTTPS.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The `Set-Cookie` value that removes the session cookie (at sign-out). */
export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}
