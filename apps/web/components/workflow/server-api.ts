import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { handleApiRequest } from '../../server/app-api';
import { getStore } from '../../server/store';
import type { BodyJson, SessionJson } from './draft-types';
import { sessionLabel } from './session-label';

/** A user as `GET /api/auth/me` describes them. */
export interface CurrentUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/**
 * Reads from the API inside a server component, as the signed-in user: the request carries the
 * browser's cookie and goes through the same handlers (and the same authorisation) as a browser's
 * request, without a network round trip. Undefined when the API refuses.
 */
export async function readApi<T>(path: string): Promise<{ status: number; data: T | undefined }> {
  const jar = await cookies();
  const cookie = jar
    .getAll()
    .map((entry) => `${entry.name}=${entry.value}`)
    .join('; ');
  const response = await handleApiRequest(
    new Request(`http://127.0.0.1${path}`, { headers: cookie === '' ? {} : { cookie } }),
  );
  if (!response.ok) return { status: response.status, data: undefined };
  return { status: response.status, data: (await response.json()) as T };
}

/** The signed-in user, or undefined when nobody is signed in. */
export async function currentUser(): Promise<CurrentUser | undefined> {
  const { data } = await readApi<{ user: CurrentUser }>('/api/auth/me');
  return data?.user;
}

/** The signed-in user; sends anyone else to the sign-in page, which brings them back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (user === undefined) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Staff names by user id, so pages can say who did what (the API gives ids only). Read from the
 * store for a signed-in user's page; no e-mail address or role leaves the server.
 */
export async function staffNames(): Promise<Record<string, string>> {
  const store = await getStore();
  const users = await store.users.list();
  return Object.fromEntries(users.map((user) => [user.id, user.displayName]));
}

/** Every session with a label for people ("CCPCJ 28 (2019)"), grouped under its body's code. */
export async function sessionChoices(): Promise<Array<{ id: string; label: string; session: SessionJson }>> {
  const bodies = (await readApi<{ bodies: BodyJson[] }>('/api/bodies')).data?.bodies ?? [];
  const choices: Array<{ id: string; label: string; session: SessionJson }> = [];
  for (const body of bodies) {
    const sessions =
      (await readApi<{ sessions: SessionJson[] }>(`/api/bodies/${encodeURIComponent(body.id)}/sessions`)).data
        ?.sessions ?? [];
    for (const session of sessions)
      choices.push({ id: session.id, label: sessionLabel(body, session), session });
  }
  return choices;
}
