import type { DocumentPart } from '@rapporteur/document';
import type { SessionDocument } from '@rapporteur/editor';
import type { DraftSummary } from '@rapporteur/lifecycle';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { TemplateContainment } from '@rapporteur/templates';

/** The server's words for a failed answer (its error message), or its status when it gave none. */
export async function errorMessage(response: Response): Promise<string> {
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
 * Where the draft's template lets each kind of block go (GET /api/templates/:name), for the editor
 * to enforce; null for a draft without a template or whose template is no longer there (then only
 * the schema limits it). Any other failure is thrown: the editor does not open without its rules.
 */
export async function loadTemplateContainment(template: string | null): Promise<TemplateContainment | null> {
  if (template === null) return null;
  const response = await fetch(`/api/templates/${encodeURIComponent(template)}`, { cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(await errorMessage(response));
  return ((await response.json()) as { template: TemplateContainment }).template;
}
