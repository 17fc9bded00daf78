import type { Draft, Store } from '@rapporteur/store';
import { currentCollabDocument } from './collab-document';
import { foldSteps } from './collab-fold';

/** How often folding is tried again when the draft moves under it (another save or fold). */
const FOLD_ATTEMPTS = 3;

/**
 * The draft with its document brought up to the text every editor sees: the steps accepted after the
 * stored document (up to 200 of them, before the next periodic fold) are folded into it as its next
 * version. Lifecycle events use it, so that what is checked, submitted, approved and issued is the
 * text with every accepted step, never the last stored document without the latest edits. Returns
 * the draft as it is when nothing is pending.
 */
export async function withPendingStepsFolded(store: Store, draft: Draft, actor: string): Promise<Draft> {
  let current = draft;
  for (let attempt = 1; ; attempt++) {
    const text = await currentCollabDocument(store, current);
    if (text.version === text.foldedVersion) return current;
    const folded = await foldSteps(store, current, text, actor);
    if (folded !== undefined) return folded;
    if (attempt === FOLD_ATTEMPTS) return current;
    current = await store.drafts.get(current.id);
  }
}

/**
 * The draft as it reads with every accepted step, without writing anything: its document replaced by
 * the current co-editing text (for exports, which must show what the editors see).
 */
export async function withCurrentText(store: Store, draft: Draft): Promise<Draft> {
  // Most drafts have no step after the log's starting point: then the stored draft is the text, and
  // one small query says so without building the document (reading a draft paid for building it).
  if (!(await store.steps.hasUnfoldedSteps(draft.id))) return draft;
  return withStepsApplied(store, draft);
}

/**
 * A draft by id as it reads with every accepted step (as withCurrentText), the draft and whether steps
 * are pending read in one query (`steps.draftWithPendingSteps`): `GET /api/drafts/:id`'s path.
 */
export async function readWithCurrentText(store: Store, draftId: string): Promise<Draft> {
  const { draft, stepsPending } = await store.steps.draftWithPendingSteps(draftId);
  return stepsPending ? withStepsApplied(store, draft) : draft;
}

/** The draft with its document replaced by the current co-editing text, when steps follow it. */
async function withStepsApplied(store: Store, draft: Draft): Promise<Draft> {
  const text = await currentCollabDocument(store, draft);
  if (text.version === text.foldedVersion) return draft;
  return { ...draft, document: text.doc.toJSON() };
}
