'use client';

import { useId } from 'react';
import { ui } from '../../lib/ui-strings';
import type { CommentAnchor } from './comment-anchor';
import { CommentThread } from './comment-thread';
import { NewCommentForm } from './new-comment-form';
import { useComments } from './use-comments';

/**
 * The comments of a draft as a panel beside a text view (the editor, for one): a new thread on the
 * host's current selection, every open thread (resolved ones on request) with replies, resolve.
 */
export function CommentsPanel({
  draftId,
  selection,
  people = {},
  me = '',
}: {
  draftId: string;
  selection?: CommentAnchor;
  people?: Readonly<Record<string, string>>;
  me?: string;
}) {
  const state = useComments(draftId);
  const headingId = useId();
  return (
    <section className="workflow-panel comments-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.comments.title}</h2>
      <NewCommentForm draftId={draftId} anchor={selection} onAdded={state.reload} />
      <label className="choice">
        <input
          type="checkbox"
          checked={state.includeResolved}
          onChange={(event) => state.setIncludeResolved(event.target.checked)}
        />
        {ui.comments.showResolved}
      </label>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {state.threads.length === 0 ? (
        <p className="muted">{ui.comments.none}</p>
      ) : (
        state.threads.map((thread) => (
          <CommentThread key={thread.id} thread={thread} people={people} me={me} onChanged={state.reload} />
        ))
      )}
    </section>
  );
}
