import { type Draft, type Store, VersionConflict } from '@rapporteur/store';
import type { Node } from 'prosemirror-model';
import { titleOf } from './draft-content';

/**
 * How many steps may pile up after the stored document before they are folded into a new one, so
 * that loading a draft replays at most about this many steps.
 */
export const FOLD_AFTER_STEPS = 200;

/**
 * Folds the step log into the draft: saves `doc` (the text at step `version`) as the draft's next
 * version and records that version as the log's new starting point, in one transaction
 * (`steps.fold`). When the draft moved meanwhile (another save or fold won), nothing is folded;
 * returns the folded draft, or undefined.
 */
export async function foldSteps(
  store: Store,
  draft: Draft,
  fold: { doc: Node; version: number },
  actor: string,
): Promise<Draft | undefined> {
  const document = fold.doc.toJSON();
  try {
    return await store.steps.fold(draft.id, {
      baseVersion: draft.version,
      stepVersion: fold.version,
      document,
      title: titleOf(document) || draft.title,
      actor,
    });
  } catch (error) {
    if (error instanceof VersionConflict) return undefined;
    throw error;
  }
}

/**
 * Folds the step log when more than FOLD_AFTER_STEPS steps follow the stored document (see
 * {@link foldSteps}); a later step tries again if the draft moved meanwhile. Returns whether it folded.
 */
export async function foldIfDue(
  store: Store,
  draft: Draft,
  fold: { doc: Node; version: number; foldedVersion: number },
  actor: string,
): Promise<boolean> {
  if (fold.version - fold.foldedVersion <= FOLD_AFTER_STEPS) return false;
  return (await foldSteps(store, draft, fold, actor)) !== undefined;
}
