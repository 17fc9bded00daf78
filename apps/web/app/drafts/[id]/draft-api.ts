import type { DocumentPart } from '@rapporteur/document';
import type { SaveOutcome, SessionDocument } from '@rapporteur/editor';
import { isOfficialLanguage, type OfficialLanguage } from '@rapporteur/symbols';

/** A draft as the editor page needs it from `GET /api/drafts/:id`. */
export interface EditableDraft {
  readonly id: string;
  readonly title: string;
  readonly symbol: string;
  readonly version: number;
  readonly language: OfficialLanguage;
  readonly document: unknown;
  readonly sessionId: string | null;
  /** Where the draft stands, in words (from the lifecycle summary). */
  readonly standing: string;
  /** Parts the editor keeps read-only: those marked ready, or all once the draft left drafting. */
  readonly readOnlyParts: DocumentPart[];
}

/** What loading a draft gave: the draft, a request to sign in, or an error to show. */
export type DraftLoad =
  | { readonly kind: 'draft'; readonly draft: EditableDraft; readonly sessionDocuments: SessionDocument[] }
  | { readonly kind: 'sign-in' }
  | { readonly kind: 'error'; readonly message: string };

interface DraftJson {
  id: string;
  title: string;
  symbol: string;
  version: number;
  language: string;
  document: unknown;
  sessionId: string | null;
  lifecycle: {
    phase: string;
    description: string;
    parts: { deliberations: string; actionTaken: string } | null;
  };
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

/** Loads a draft and its session's documents; asks to sign in on 401. */
export async function loadDraft(draftId: string): Promise<DraftLoad> {
  const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}`, { cache: 'no-store' });
  if (response.status === 401) return { kind: 'sign-in' };
  if (!response.ok) return { kind: 'error', message: await errorMessage(response) };
  const { draft } = (await response.json()) as { draft: DraftJson };
  if (!isOfficialLanguage(draft.language)) {
    return {
      kind: 'error',
      message: `The draft's language "${draft.language}" is not an official language.`,
    };
  }
  const parts = draft.lifecycle.parts;
  const readOnlyParts: DocumentPart[] =
    draft.lifecycle.phase !== 'drafting' || parts === null
      ? ['deliberations', 'actionTaken']
      : (['deliberations', 'actionTaken'] as const).filter((part) => parts[part] !== 'drafting');
  return {
    kind: 'draft',
    draft: {
      id: draft.id,
      title: draft.title,
      symbol: draft.symbol,
      version: draft.version,
      language: draft.language,
      document: draft.document,
      sessionId: draft.sessionId,
      standing: draft.lifecycle.description,
      readOnlyParts,
    },
    sessionDocuments: draft.sessionId ? await loadSessionDocuments(draft.sessionId, draft.language) : [],
  };
}

/** The documents listed in a session's facts, titled in the draft's language (English otherwise). */
async function loadSessionDocuments(
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

/** Signs in through `POST /api/auth/login`; null on success, the server's message otherwise. */
export async function signIn(email: string, password: string): Promise<string | null> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.ok ? null : errorMessage(response);
}
