'use client';

import { type FormEvent, useId, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import type { CommentAnchor } from './comment-anchor';
import { FieldError } from './field-error';
import { FormActions } from './form-actions';
import { useApiPost } from './use-api-post';

/**
 * Narrows a whole-block anchor to the first place the typed words occur in the block's text, so a
 * keyboard user can comment on a few words without selecting them; undefined when they do not occur.
 */
function anchorOfWords(anchor: CommentAnchor, blockText: string, words: string): CommentAnchor | undefined {
  const from = blockText.indexOf(words);
  if (from < 0) return undefined;
  return { paragraphId: anchor.paragraphId, from, to: from + words.length, quote: words };
}

/**
 * Starts a comment thread on the selected words, or on a whole block chosen from the keyboard (then
 * the user may type the words to comment on). Opened beside the block it is anchored to.
 */
export function NewCommentForm({
  draftId,
  anchor,
  blockText,
  focusOnOpen,
  onAdded,
  onCancel,
}: {
  draftId: string;
  anchor: CommentAnchor;
  /** The block's whole text when the anchor covers the whole block (chosen from the keyboard). */
  blockText?: string;
  /** Moves focus into the form when it opens (it was opened with a button, not by selecting text). */
  focusOnOpen: boolean;
  onAdded: () => Promise<void>;
  onCancel: () => void;
}) {
  const { busy, error, post } = useApiPost();
  const [wordsError, setWordsError] = useState<string | null>(null);
  const fieldId = useId();
  const wordsId = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = String(data.get('body') ?? '').trim();
    const words = String(data.get('words') ?? '').trim();
    let sent = anchor;
    if (blockText !== undefined && words !== '') {
      const narrowed = anchorOfWords(anchor, blockText, words);
      if (narrowed === undefined) {
        setWordsError(ui.comments.wordsNotFound(words));
        return;
      }
      sent = narrowed;
    }
    setWordsError(null);
    const accepted = await post(`/api/drafts/${encodeURIComponent(draftId)}/comments`, {
      body,
      anchor: sent,
    });
    if (!accepted) return;
    form.reset();
    await onAdded();
  };
  return (
    <form
      className="new-comment"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p className="comment-quote">{ui.comments.on(anchor.quote)}</p>
      <label htmlFor={fieldId}>{ui.comments.newComment}</label>
      <textarea
        id={fieldId}
        name="body"
        rows={3}
        required
        aria-invalid={error !== null}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's request from the keyboard; focus goes where they type
        autoFocus={focusOnOpen}
      />
      <FieldError id={`${fieldId}-error`} message={error} />
      {blockText !== undefined && (
        <>
          <label htmlFor={wordsId}>{ui.comments.words}</label>
          <input
            id={wordsId}
            name="words"
            aria-invalid={wordsError !== null}
            aria-describedby={wordsError ? `${wordsId}-error` : `${wordsId}-hint`}
          />
          {wordsError ? (
            <FieldError id={`${wordsId}-error`} message={wordsError} />
          ) : (
            <p id={`${wordsId}-hint`} className="hint">
              {ui.comments.wordsHint}
            </p>
          )}
        </>
      )}
      <FormActions submitLabel={ui.comments.add} busy={busy} onCancel={onCancel} />
    </form>
  );
}
