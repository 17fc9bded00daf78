'use client';

import { type FormEvent, useId } from 'react';
import { ui } from '../../lib/ui-strings';
import type { CommentJson } from './draft-types';
import { useApiPost } from './use-api-post';

function byline(comment: CommentJson, people: Readonly<Record<string, string>>, me: string): string {
  const name = comment.author === me ? ui.panel.you : (people[comment.author] ?? comment.author);
  return ui.comments.by(name, comment.createdAt.slice(0, 16).replace('T', ' '));
}

/** One comment thread: what it is on, the comment and its replies, a reply box, resolve or reopen. */
export function CommentThread({
  thread,
  people,
  me,
  label,
  onChanged,
}: {
  thread: CommentJson;
  people: Readonly<Record<string, string>>;
  me: string;
  /** The number of the paragraph the thread is on, when it has one. */
  label?: string;
  onChanged: () => Promise<void>;
}) {
  const { busy, error, post } = useApiPost();
  const replyId = useId();
  const resolved = Boolean(thread.resolvedAt);

  const reply = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (body === '') return;
    const accepted = await post(`/api/comments/${encodeURIComponent(thread.id)}/replies`, { body });
    if (!accepted) return;
    form.reset();
    await onChanged();
  };
  const toggle = async () => {
    await post(`/api/comments/${encodeURIComponent(thread.id)}/${resolved ? 'reopen' : 'resolve'}`, {
      version: thread.version,
    });
    await onChanged();
  };

  return (
    <article className="comment-thread" data-resolved={resolved} data-comment-id={thread.id}>
      {thread.anchor?.quote && (
        <p className="comment-quote">
          {label && <span className="muted">{ui.comments.paragraph(label)} · </span>}
          {ui.comments.on(thread.anchor.quote)}
        </p>
      )}
      <div className="comment">
        <p className="comment-body">{thread.body}</p>
        <p className="muted comment-byline">{byline(thread, people, me)}</p>
      </div>
      {(thread.replies ?? []).map((answer) => (
        <div className="comment reply" key={answer.id}>
          <p className="comment-body">{answer.body}</p>
          <p className="muted comment-byline">{byline(answer, people, me)}</p>
        </div>
      ))}
      {resolved && <p className="muted">{ui.comments.resolved}</p>}
      {!resolved && (
        <form className="reply-form" onSubmit={reply}>
          <label htmlFor={replyId}>{ui.comments.reply}</label>
          <textarea id={replyId} name="body" rows={2} required />
          <button type="submit" disabled={busy}>
            {ui.comments.sendReply}
          </button>
        </form>
      )}
      <button type="button" disabled={busy} onClick={toggle}>
        {resolved ? ui.comments.reopen : ui.comments.resolve}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </article>
  );
}
