import { type Draft, type Store, VersionConflict } from '@rapporteur/store';
import type { Node } from 'prosemirror-model';
import { titleOf } from './draft-content';

/**
 * How many steps may pile up after the stored document before they are folded into a new one, so
 * that loading a draft replays at most about this many steps.
 */
export const FOLD_AFTER_STEPS = 200;

/**
 * Folds the step log into the draft when more than FOLD_AFTER_STEPS steps follow its stored
 * document: saves `doc` (the text at step `version`) as the draft's next version, then records that
 * version as the log's new starting point. When the draft moved meanwhile (another save or fold
 * won), nothing is folded now; a later step will try again. Returns whether it folded.
 */
export async function foldIfDue(
  store: Store,
  draft: Draft,
  fold: { doc: Node; version: number; foldedVersion: number },
  actor: string,
): Promise<boolean> {
  if (fold.version - fold.foldedVersion <= FOLD_AFTER_STEPS) return false;
  const document = fold.doc.toJSON();
  let saved: Draft;
  try {
    saved = await store.drafts.save(draft.id, draft.version, {
      actor,
      document,
      title: titleOf(document) || draft.title,
    });
  } catch (error) {
    if (error instanceof VersionConflict) return false;
    throw error;
  }
  await store.steps.recordFold(draft.id, { stepVersion: fold.version, draftVersion: saved.version });
  return true;
}
