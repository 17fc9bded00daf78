'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import { anchorOfSelection, type CommentAnchor, rangeOfOffsets } from './comment-anchor';
import { CommentThread } from './comment-thread';
import { DraftText } from './draft-text';
import type { DraftDetail } from './draft-types';
import { NewCommentForm } from './new-comment-form';
import type { CommentsState } from './use-comments';

/** The CSS highlight name for commented words (styled with `::highlight(rp-comment)`). */
const HIGHLIGHT = 'rp-comment';

/**
 * The draft's text for review: select words to comment on them; each thread is shown right after
 * the block it was made on, its words highlighted in the text.
 */
export function ReviewText({
  draft,
  comments,
  people,
  me,
}: {
  draft: DraftDetail;
  comments: CommentsState;
  people: Readonly<Record<string, string>>;
  me: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [anchor, setAnchor] = useState<CommentAnchor | undefined>(undefined);
  const headingId = useId();
  const capture = useCallback(() => {
    if (container.current === null) return;
    const found = anchorOfSelection(container.current, window.getSelection());
    if (found !== undefined) setAnchor(found);
  }, []);

  useEffect(() => {
    const root = container.current;
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (root === null || registry === undefined || HighlightClass === undefined) return;
    const ranges: Range[] = [];
    for (const thread of comments.threads) {
      if (!thread.anchor || thread.resolvedAt) continue;
      const block = root.querySelector<HTMLElement>(
        `[data-block-text="${CSS.escape(thread.anchor.paragraphId)}"]`,
      );
      const range = block ? rangeOfOffsets(block, thread.anchor.from, thread.anchor.to) : undefined;
      if (range) ranges.push(range);
    }
    registry.set(HIGHLIGHT, new HighlightClass(...ranges));
    return () => {
      registry.delete(HIGHLIGHT);
    };
  }, [comments.threads]);

  const aside = (blockId: string, label: string) => {
    const threads = comments.threads.filter((thread) => thread.anchor?.paragraphId === blockId);
    if (threads.length === 0) return null;
    return (
      <div className="inline-threads">
        {threads.map((thread) => (
          <CommentThread
            key={thread.id}
            thread={thread}
            people={people}
            me={me}
            label={label}
            onChanged={comments.reload}
          />
        ))}
      </div>
    );
  };

  return (
    <section className="review-text" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.review.text}</h2>
      <div className="comment-bar">
        <NewCommentForm
          draftId={draft.id}
          anchor={anchor}
          onAdded={async () => {
            setAnchor(undefined);
            await comments.reload();
          }}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={comments.includeResolved}
            onChange={(event) => comments.setIncludeResolved(event.target.checked)}
          />
          {ui.comments.showResolved}
        </label>
        {comments.error && (
          <p role="alert" className="error">
            {comments.error}
          </p>
        )}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: selecting text is done with the mouse or keyboard selection; the handler only reads the selection */}
      <div ref={container} onMouseUp={capture} onKeyUp={capture}>
        <DraftText document={draft.document} language={draft.language} aside={aside} />
      </div>
    </section>
  );
}
