'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import { anchorOfSelection, type CommentAnchor, rangeOfOffsets } from './comment-anchor';
import { CommentThread } from './comment-thread';
import { type BlockInfo, DraftText } from './draft-text';
import type { DraftDetail } from './draft-types';
import { NewCommentForm } from './new-comment-form';
import type { CommentsState } from './use-comments';

/** The CSS highlight name for commented words (styled with `::highlight(rp-comment)`). */
const HIGHLIGHT = 'rp-comment';

/** Where the open comment form is: its anchor, and how it was opened (a block's button, or a selection). */
interface OpenComment {
  readonly anchor: CommentAnchor;
  /** The block's whole text when opened with the block's button (the anchor covers the whole block). */
  readonly blockText?: string;
}

/** The accessible name of a block's comment button: what it is and its number, or the start of its text. */
function commentButtonLabel(block: BlockInfo): string {
  const number = block.label.trim().replace(/\.$/, '');
  if (block.kind !== undefined && number !== '') return ui.comments.onNumbered(block.kind, number);
  const words = block.text.split(/\s+/).slice(0, 6).join(' ');
  return ui.comments.onBlock(words.length < block.text.trim().length ? `${words}…` : words);
}

/**
 * The draft's text for review: select words to comment on them, or — from the keyboard — use a
 * block's "Comment on paragraph N" button, which opens the form for the whole block (the words to
 * comment on may then be typed). The form and each thread are shown right after the block they are
 * on, the commented words highlighted in the text.
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
  const [open, setOpen] = useState<OpenComment | undefined>(undefined);
  const headingId = useId();
  const capture = useCallback(() => {
    if (container.current === null) return;
    const found = anchorOfSelection(container.current, window.getSelection());
    if (found !== undefined) setOpen({ anchor: found });
  }, []);
  const openForBlock = (blockId: string) => {
    const element = container.current?.querySelector<HTMLElement>(
      `[data-block-text="${CSS.escape(blockId)}"]`,
    );
    const text = element?.textContent ?? '';
    if (text === '') return;
    setOpen({
      anchor: { paragraphId: blockId, from: 0, to: text.length, quote: text.slice(0, 2000) },
      blockText: text,
    });
  };
  /** Closes the form and gives focus back to the button of the block it was on. */
  const close = (blockId: string) => {
    setOpen(undefined);
    container.current?.querySelector<HTMLElement>(`[data-comment-for="${CSS.escape(blockId)}"]`)?.focus();
  };

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

  const aside = (block: BlockInfo) => {
    const threads = comments.threads.filter((thread) => thread.anchor?.paragraphId === block.id);
    const formHere = open?.anchor.paragraphId === block.id ? open : undefined;
    return (
      <div className="inline-threads">
        <button
          type="button"
          className="comment-on-block"
          data-comment-for={block.id}
          aria-expanded={formHere !== undefined}
          onClick={() => openForBlock(block.id)}
        >
          {commentButtonLabel(block)}
        </button>
        {formHere && (
          <NewCommentForm
            key={`${formHere.anchor.from}-${formHere.anchor.to}`}
            draftId={draft.id}
            anchor={formHere.anchor}
            {...(formHere.blockText === undefined ? {} : { blockText: formHere.blockText })}
            focusOnOpen={formHere.blockText !== undefined}
            onAdded={async () => {
              await comments.reload();
              close(block.id);
            }}
            onCancel={() => close(block.id)}
          />
        )}
        {threads.map((thread) => (
          <CommentThread
            key={thread.id}
            thread={thread}
            people={people}
            me={me}
            label={block.label}
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
        <p className="muted">{ui.comments.selectHint}</p>
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
