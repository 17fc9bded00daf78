import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { SessionJson } from '../../../components/workflow/draft-types';
import { readApi, requireUser, sessionChoices } from '../../../components/workflow/server-api';
import { ui } from '../../../lib/ui-strings';
import { FactsEditor } from './facts-editor';

export const metadata: Metadata = { title: 'Session facts' };
export const dynamic = 'force-dynamic';

/** One session's facts — agenda, meetings, documents, speakers — edited with problems shown at each field. */
export default async function SessionFactsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/sessions/${id}`);
  const read = await readApi<{ session: SessionJson }>(`/api/sessions/${encodeURIComponent(id)}`);
  if (read.data === undefined) notFound();
  const label = (await sessionChoices()).find((choice) => choice.id === id)?.label ?? read.data.session.code;
  return (
    <>
      <h1>{ui.sessions.factsTitle(label)}</h1>
      <FactsEditor session={read.data.session} />
    </>
  );
}
