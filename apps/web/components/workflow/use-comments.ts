'use client';

import { useCallback, useEffect, useState } from 'react';
import { callApi } from './api-client';
import type { CommentJson } from './draft-types';

/** A draft's comment threads, whether resolved ones are shown, and how to read them again. */
export interface CommentsState {
  readonly threads: readonly CommentJson[];
  readonly includeResolved: boolean;
  readonly setIncludeResolved: (include: boolean) => void;
  readonly error: string | null;
  readonly reload: () => Promise<void>;
}

/** Loads a draft's comment threads with their replies (`GET /api/drafts/:id/comments`). */
export function useComments(draftId: string): CommentsState {
  const [threads, setThreads] = useState<readonly CommentJson[]>([]);
  const [includeResolved, setIncludeResolved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const query = includeResolved ? '?resolved=include' : '';
    const result = await callApi<{ threads: CommentJson[] }>(
      `/api/drafts/${encodeURIComponent(draftId)}/comments${query}`,
    );
    if (result.ok) {
      setThreads(result.data.threads);
      setError(null);
    } else setError(result.message);
  }, [draftId, includeResolved]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { threads, includeResolved, setIncludeResolved, error, reload };
}
