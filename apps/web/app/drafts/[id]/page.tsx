import type { Metadata } from 'next';
import { DraftEditorLoader } from './draft-editor-loader';

export const metadata: Metadata = { title: 'Edit draft' };

/**
 * The drafting editor for one draft. The editor runs only in the browser: this page renders the
 * loader, which fetches the draft through the API (signing in first when needed) and mounts the
 * ProseMirror editor without server rendering.
 */
export default async function DraftEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DraftEditorLoader draftId={id} />;
}
