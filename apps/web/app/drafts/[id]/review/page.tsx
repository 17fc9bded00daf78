import type { Metadata } from 'next';
import { ReviewWorkspace } from '../../../../components/workflow/review-workspace';
import { requireUser, staffNames } from '../../../../components/workflow/server-api';

export const metadata: Metadata = { title: 'Review draft' };
export const dynamic = 'force-dynamic';

/**
 * A draft's review page: its text with comments where they were made, the lifecycle panel with this
 * user's actions, issuance, preview and downloads, and the redline of any two versions. The editor
 * is at /drafts/[id].
 */
export default async function DraftReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/drafts/${id}/review`);
  const people = await staffNames();
  return <ReviewWorkspace draftId={id} people={people} me={user.id} />;
}
