import { randomUUID } from 'node:crypto';
import type { Draft as DocumentDraft } from '@rapporteur/document';
import type { Store } from '@rapporteur/store';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { instantiate, lockedHeadingIds } from '@rapporteur/templates';
import { ApiError } from './api-error';
import { loadTemplate } from './draft-templates';
import { validSessionFacts } from './session-facts';

/** What a drafter asks for: the addendum of one agenda item of a session, in a language, from a template. */
export interface TemplateRequest {
  readonly sessionId: string;
  readonly item: number;
  readonly language: OfficialLanguage;
  readonly template: string;
}

/** A draft made or read for creation, with the ids of the blocks its template locks (kept with it). */
export interface LockedDraft {
  readonly draft: DocumentDraft;
  readonly lockedIds: readonly string[];
}

/**
 * Drafts an agenda item's addendum the way `rapporteur new` does, from what the server holds: the
 * session's facts from the store (checked again, as facts stored before validation existed may not
 * pass), the template folder (templates/ of the repository), ids from randomUUID and today's date. Refuses with
 * 404 for an unknown session or template, 422 `invalid-facts` (path under `facts`) for facts that
 * do not pass, and 422 `cannot-draft` with every problem for an item not on the agenda, a language
 * the template or the facts lack, or missing phrases. The ids of the blocks the template locks
 * (`instantiate`'s `lockedIds`) come with the draft, for the store to keep.
 */
export async function draftFromTemplate(
  store: Store,
  templatesFolder: string,
  request: TemplateRequest,
  today: string,
): Promise<LockedDraft> {
  const session = await store.sessions.get(request.sessionId);
  const facts = validSessionFacts(session.facts);
  if (!facts.agenda.some((item) => item.number === request.item)) {
    const items = facts.agenda.map((item) => item.number).join(', ');
    throw new ApiError(
      'cannot-draft',
      `item: agenda item ${request.item} is not on the agenda of session ${session.code} (items: ${items})`,
      'item',
    );
  }
  const loaded = await loadTemplate(templatesFolder, request.template, request.language);
  if (!loaded.ok) {
    if ('missing' in loaded && loaded.missing === 'template') {
      throw new ApiError('not-found', `template: there is no template "${request.template}"`, 'template');
    }
    if ('missing' in loaded) {
      throw new ApiError(
        'cannot-draft',
        `language: the template ${request.template} has no phrases in "${request.language}"`,
        'language',
      );
    }
    throw cannotDraft(`the template ${request.template} has problems`, loaded.problems);
  }
  const result = instantiate(loaded.template, facts, {
    item: request.item,
    lang: request.language,
    ids: randomUUID,
    date: today,
  });
  if (!result.ok) {
    throw cannotDraft(`cannot draft item ${request.item} in ${request.language}`, result.problems);
  }
  return { draft: result.draft, lockedIds: result.lockedIds };
}

/**
 * The locks of an imported draft file: when its metadata names a template the server has (in the
 * draft's language), the sections and sub-sections that template locks, matched in the document
 * (`lockedHeadingIds`); none for a file that names no template or one the server does not have.
 */
export async function importedDraftLocks(
  templatesFolder: string,
  draft: DocumentDraft,
): Promise<LockedDraft> {
  const { template, language } = draft.metadata;
  if (template === null) return { draft, lockedIds: [] };
  const loaded = await loadTemplate(templatesFolder, template, language);
  return { draft, lockedIds: loaded.ok ? lockedHeadingIds(draft.doc, loaded.template.structure) : [] };
}

function cannotDraft(what: string, problems: ReadonlyArray<{ path: string; message: string }>): ApiError {
  const first = problems[0] ?? { path: '(root)', message: 'no reason given' };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  return new ApiError('cannot-draft', `${what}: ${first.path}: ${first.message}${more}`, first.path, {
    problems: problems.slice(0, 50),
  });
}
