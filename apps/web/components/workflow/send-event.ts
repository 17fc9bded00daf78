import { ui } from '../../lib/ui-strings';
import { callApi } from './api-client';

/** What sending a lifecycle event gave: done (with the published symbol, if any), or the message to show. */
export type EventOutcome =
  | { readonly ok: true; readonly published?: { symbol: string; language: string } }
  | { readonly ok: false; readonly message: string; readonly path?: string; readonly stale: boolean };

/**
 * Sends one lifecycle event for the draft at the version the user saw; the server decides. A stale
 * version (someone acted meanwhile) is reported as such, so the caller reloads before trying again.
 */
export async function sendEvent(
  draftId: string,
  baseVersion: number,
  event: Record<string, unknown>,
): Promise<EventOutcome> {
  const result = await callApi<{ published?: { symbol: string; language: string } }>(
    `/api/drafts/${encodeURIComponent(draftId)}/events`,
    { method: 'POST', body: { baseVersion, event } },
  );
  if (result.ok) return result.data.published ? { ok: true, published: result.data.published } : { ok: true };
  const stale = result.code === 'version-conflict';
  return {
    ok: false,
    message: stale ? ui.panel.stale : result.message,
    ...(result.path === undefined ? {} : { path: result.path }),
    stale,
  };
}
