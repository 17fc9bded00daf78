import type { Metadata } from 'next';
import { requireUser, staffNames } from '../../../components/workflow/server-api';
import { DraftEditorLoader } from './draft-editor-loader';

export const metadata: Metadata = { title: 'Edit draft' };
export const dynamic = 'force-dynamic';

/**
 * The drafting editor for one draft. Sign-in is checked here on the server (anyone not signed in
 * goes to /login and comes back); the editor itself runs only in the browser: this page renders
 * the loader, which mounts the ProseMirror editor without server rendering, with the lifecycle
 * panel beside it.
 */
export default async function DraftEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/drafts/${id}`);
  const people = await staffNames();
  return <DraftEditorLoader draftId={id} people={people} me={user.id} />;
}
