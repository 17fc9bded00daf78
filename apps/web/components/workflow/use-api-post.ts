'use client';

import { useState } from 'react';
import { callApi } from './api-client';

/** A POST to the API from a panel, with whether one is under way and the last refusal to show. */
export interface ApiPost {
  /** True while a post is under way (its buttons are off meanwhile). */
  readonly busy: boolean;
  /** The message of the last refused post, null once a post succeeds. */
  readonly error: string | null;
  /** Posts `body` as JSON to `path`; true when the API accepted it. */
  readonly post: (path: string, body: unknown) => Promise<boolean>;
}

/**
 * Posts to the API from a comment form or button and keeps what the user must see of it: the form
 * is busy while the post is under way, and a refusal's message stays until a later post succeeds.
 * What follows success (clearing the form, reloading the threads) is the caller's.
 */
export function useApiPost(): ApiPost {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const post = async (path: string, body: unknown): Promise<boolean> => {
    setBusy(true);
    const result = await callApi(path, { method: 'POST', body });
    setBusy(false);
    setError(result.ok ? null : result.message);
    return result.ok;
  };
  return { busy, error, post };
}
