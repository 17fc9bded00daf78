import { type Draft, type DraftSave, type Store, VersionConflict } from '@rapporteur/store';
import type { Node } from 'prosemirror-model';
import { ReplaceStep, type Step } from 'prosemirror-transform';
import { type CollabDocument, currentCollabDocument, rememberSavedText } from './collab-document';
import { foldSteps } from './collab-fold';

/**
 * The one step that turns `from` into `to`: a replacement of the range where they differ (found from
 * both ends), or — when that slice does not fit — of the whole content. Undefined when they are equal.
 */
export function replaceStepBetween(from: Node, to: Node): Step | undefined {
  const start = from.content.findDiffStart(to.content);
  if (start === null) return undefined;
  const end = from.content.findDiffEnd(to.content) ?? { a: from.content.size, b: to.content.size };
  let { a: endA, b: endB } = end;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  try {
    const narrow = new ReplaceStep(start, endA, to.slice(start, endB));
    if (narrow.apply(from).doc?.eq(to)) return narrow;
  } catch {
    // The differing range cuts nodes in a way the slice cannot close: replace everything instead.
  }
  return new ReplaceStep(0, from.content.size, to.slice(0, to.content.size));
}

/**
 * Saves a whole document (`PUT /api/drafts/:id/document`) without discarding accepted steps: the
 * save must be based on the draft's current version, and the stored document must hold every
 * accepted step (no step accepted after the text the client was given). Then the difference with the
 * current text goes into the step log as one step, in the same transaction as the save, so open
 * editors receive it like any other edit (`steps.saveDocument`). `current` is the draft's current
 * text (`currentCollabDocument`, read by the caller for its gating; the transaction checks again that
 * no step came since). Otherwise it is refused with a
 * VersionConflict (409) carrying the current draft — after folding any steps accepted since the
 * stored document into it, so that the client can rebase on a text holding all of them.
 */
export async function saveWholeDocument(
  store: Store,
  draft: Draft,
  current: CollabDocument,
  baseVersion: number,
  doc: Node,
  save: DraftSave,
): Promise<Draft> {
  if (current.version === current.foldedVersion && draft.version === baseVersion) {
    const step = replaceStepBetween(current.doc, doc);
    try {
      const saved = await store.steps.saveDocument(draft.id, {
        ...save,
        baseVersion,
        stepVersion: current.version,
        step: step === undefined ? undefined : { clientId: `save:${save.actor}`, step: step.toJSON() },
      });
      rememberSavedText(store, { draft: saved.draft, stepVersion: saved.stepVersion, doc });
      return saved.draft;
    } catch (error) {
      if (!(error instanceof VersionConflict) || error.entity !== 'steps') throw error;
    }
  }
  // Refused: steps were accepted after the stored document, or the client's version is old.
  const latest = await store.drafts.get(draft.id);
  const text = await currentCollabDocument(store, latest);
  const folded =
    text.version === text.foldedVersion
      ? latest
      : ((await foldSteps(store, latest, text, save.actor)) ?? latest);
  throw new VersionConflict<Draft>('draft', draft.id, baseVersion, folded.version, folded);
}
