'use client';

import { ui } from '../../lib/ui-strings';
import { CompareVersions } from './compare-versions';
import { ExportPanel } from './export-panel';
import { IssuancePanel } from './issuance-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { ReviewText } from './review-text';
import { useComments } from './use-comments';
import { useDraft } from './use-draft';

/**
 * A draft's review page body: the text with comments where they were made, and beside it the
 * lifecycle panel, issuance, preview and downloads, and the comparison of versions.
 */
export function ReviewWorkspace({
  draftId,
  people,
  me,
}: {
  draftId: string;
  people: Readonly<Record<string, string>>;
  me: string;
}) {
  const state = useDraft(draftId);
  const comments = useComments(draftId);
  const { draft } = state;
  if (draft === null) {
    return state.error ? (
      <p role="alert" className="error">
        {state.error}
      </p>
    ) : (
      <p>{ui.common.loading}</p>
    );
  }
  const label = draft.symbol || draft.title || ui.dashboard.untitled;
  return (
    <>
      <h1>{ui.review.title(label)}</h1>
      <p>
        <a href={`/drafts/${encodeURIComponent(draft.id)}`}>{ui.panel.openEditor}</a>
      </p>
      <div className="review-layout">
        <ReviewText draft={draft} comments={comments} people={people} me={me} />
        <div className="review-side">
          <LifecyclePanel state={state} people={people} me={me} />
          <IssuancePanel state={state} />
          <ExportPanel draftId={draft.id} />
          <CompareVersions draftId={draft.id} versions={state.versions} people={people} />
        </div>
      </div>
    </>
  );
}
