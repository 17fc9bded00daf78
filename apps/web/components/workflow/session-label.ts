import type { BodyJson, SessionJson } from './draft-types';

/** How a session is named in lists and menus: its body's code, its code and its year ("CCPCJ 28 (2019)"). */
export function sessionLabel(
  body: Pick<BodyJson, 'code'>,
  session: Pick<SessionJson, 'code' | 'facts'>,
): string {
  const facts = session.facts as { session?: { year?: unknown } } | null;
  const year = facts?.session?.year;
  return typeof year === 'number' ? `${body.code} ${session.code} (${year})` : `${body.code} ${session.code}`;
}
