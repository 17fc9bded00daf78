import type { DocumentPart } from '@rapporteur/document';
import type { SaveOutcome, SessionDocument } from '@rapporteur/editor';
import type { DraftSummary } from '@rapporteur/lifecycle';
import type { OfficialLanguage } from '@rapporteur/symbols';

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

/**
 * The parts the editor keeps read-only, from the draft's lifecycle summary: those marked ready
 * while drafting, and both once the draft has left drafting (review, approval, issuance).
 */
export function readOnlyPartsOf(lifecycle: DraftSummary): DocumentPart[] {
  const { parts } = lifecycle;
  if (lifecycle.phase !== 'drafting' || parts === null) return ['deliberations', 'actionTaken'];
  return (['deliberations', 'actionTaken'] as const).filter((part) => parts[part] !== 'drafting');
}

/** The documents listed in a session's facts, for the symbol picker, titled in the draft's language (English otherwise). */
export async function loadSessionDocuments(
  sessionId: string,
  language: OfficialLanguage,
): Promise<SessionDocument[]> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}`, { cache: 'no-store' });
  if (!response.ok) return [];
  const { session } = (await response.json()) as {
    session: { facts?: { documents?: Array<{ symbol?: unknown; description?: Record<string, unknown> }> } };
  };
  return (session.facts?.documents ?? []).flatMap((document) => {
    if (typeof document.symbol !== 'string') return [];
    const title = document.description?.[language] ?? document.description?.en ?? '';
    return [{ symbol: document.symbol, title: String(title) }];
  });
}

/**
 * Saves a document on a base version through `PUT /api/drafts/:id/document`: saved with the new
 * version, a conflict with the current version and document (409 version-conflict), or refused
 * with the server's message. A network failure is thrown, which autosave reads as offline.
 */
export async function saveDraft(
  draftId: string,
  document: unknown,
  baseVersion: number,
): Promise<SaveOutcome> {
  const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/document`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ baseVersion, document }),
  });
  if (response.ok) {
    const { draft } = (await response.json()) as { draft: { version: number } };
    return { kind: 'saved', version: draft.version };
  }
  if (response.status === 409) {
    const body = (await response.clone().json()) as {
      error: { code: string; currentVersion?: number; current?: { document: unknown; version: number } };
    };
    if (body.error.code === 'version-conflict' && body.error.current) {
      return { kind: 'conflict', version: body.error.current.version, document: body.error.current.document };
    }
  }
  if (response.status >= 500 || response.status === 429) return { kind: 'offline' };
  return { kind: 'refused', message: await errorMessage(response) };
}
