'use client';

import { type FormEvent, useId, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import { callApi } from './api-client';
import type { CommentAnchor } from './comment-anchor';

/** Starts a comment thread on the selected words; shown while there is a selection to comment on. */
export function NewCommentForm({
  draftId,
  anchor,
  onAdded,
}: {
  draftId: string;
  anchor: CommentAnchor | undefined;
  onAdded: () => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  if (anchor === undefined) return <p className="muted">{ui.comments.selectHint}</p>;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body') ?? '').trim();
    setBusy(true);
    const result = await callApi(`/api/drafts/${encodeURIComponent(draftId)}/comments`, {
      method: 'POST',
      body: { body, anchor },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    form.reset();
    await onAdded();
  };
  return (
    <form className="new-comment" onSubmit={submit}>
      <p className="comment-quote">{ui.comments.on(anchor.quote)}</p>
      <label htmlFor={fieldId}>{ui.comments.newComment}</label>
      <textarea
        id={fieldId}
        name="body"
        rows={3}
        required
        aria-invalid={error !== null}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      {error && (
        <p id={`${fieldId}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {ui.comments.add}
      </button>
    </form>
  );
}
