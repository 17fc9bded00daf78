import type { Draft } from '@rapporteur/store';
import { templateBreach } from '@rapporteur/templates';
import type { Node } from 'prosemirror-model';
import { ApiError } from './api-error';
import { loadTemplateContainment } from './draft-templates';

/** The name of the template a draft's metadata names, if any. */
function templateNameOf(draft: Draft): string | null {
  const { metadata } = draft;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return null;
  const name = (metadata as Record<string, unknown>).template;
  return typeof name === 'string' ? name : null;
}

/**
 * Refuses (422 `invalid-document`, at `path`) an edit from `before` to `after` that breaks the
 * draft's template — a locked block deleted or changed, a block put where the template does not
 * allow it — as the editor refuses it while drafters type, so that no client can do it either.
 */
export async function refuseTemplateBreach(
  templatesFolder: string,
  draft: Draft,
  before: Node,
  after: Node,
  path: string,
): Promise<void> {
  const name = templateNameOf(draft);
  const containment = name === null ? null : await loadTemplateContainment(templatesFolder, name);
  if (draft.lockedIds.length === 0 && containment === null) return;
  const breach = templateBreach(before, after, new Set(draft.lockedIds), containment);
  if (breach) throw new ApiError('invalid-document', breach.message, path);
}
