'use client';

import { useCallback, useEffect, useState } from 'react';
import { callApi } from './api-client';
import type { AuditEntryJson, DraftDetail, VersionJson } from './draft-types';

/** A draft with its history, as the workflow components load it, and how to load it again. */
export interface DraftState {
  readonly draft: DraftDetail | null;
  readonly versions: readonly VersionJson[];
  readonly events: readonly AuditEntryJson[];
  /** The load error to show, if the draft could not be read. */
  readonly error: string | null;
  /** Reads the draft and its history again (after an action, or when someone else acted). */
  readonly reload: () => Promise<void>;
}

/**
 * Loads a draft (`GET /api/drafts/:id`) and its history (`…/history`) for the workflow panels,
 * keeping the last good copy while a reload is under way.
 */
export function useDraft(draftId: string): DraftState {
  const [draft, setDraft] = useState<DraftDetail | null>(null);
  const [versions, setVersions] = useState<readonly VersionJson[]>([]);
  const [events, setEvents] = useState<readonly AuditEntryJson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const id = encodeURIComponent(draftId);
    const [read, history] = await Promise.all([
      callApi<{ draft: DraftDetail }>(`/api/drafts/${id}`),
      callApi<{ versions: VersionJson[]; events: AuditEntryJson[] }>(`/api/drafts/${id}/history`),
    ]);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    setDraft(read.data.draft);
    if (history.ok) {
      setVersions(history.data.versions);
      setEvents(history.data.events);
    }
  }, [draftId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { draft, versions, events, error, reload };
}
