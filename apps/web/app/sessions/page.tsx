import type { Metadata } from 'next';
import type { BodyJson } from '../../components/workflow/draft-types';
import { readApi, requireUser, sessionChoices } from '../../components/workflow/server-api';
import { ui } from '../../lib/ui-strings';
import { NewSessionForm } from './new-session-form';

export const metadata: Metadata = { title: ui.sessions.title };
export const dynamic = 'force-dynamic';

const FACT_EDITORS = ['drafter', 'secretary', 'administrator'];

/** The sessions of every body, each leading to its facts; fact editors add a session from a facts file. */
export default async function SessionsPage() {
  const user = await requireUser('/sessions');
  const [sessions, bodies] = await Promise.all([
    sessionChoices(),
    readApi<{ bodies: BodyJson[] }>('/api/bodies').then((read) => read.data?.bodies ?? []),
  ]);
  const mayEdit = user.roles.some((role) => FACT_EDITORS.includes(role));
  return (
    <>
      <h1>{ui.sessions.title}</h1>
      {sessions.length === 0 ? (
        <p>{ui.sessions.none}</p>
      ) : (
        <ul className="document-list">
          {sessions.map((choice) => (
            <li key={choice.id}>
              <a href={`/sessions/${encodeURIComponent(choice.id)}`}>{choice.label}</a>
            </li>
          ))}
        </ul>
      )}
      {mayEdit && (
        <section aria-labelledby="new-session-heading">
          <h2 id="new-session-heading">{ui.sessions.create}</h2>
          {bodies.length === 0 ? (
            <p>{ui.sessions.noBody}</p>
          ) : (
            <NewSessionForm bodies={bodies.map((body) => ({ id: body.id, code: body.code }))} />
          )}
        </section>
      )}
    </>
  );
}
