import { addendumSchema } from '@rapporteur/document';
import type { Draft, Store } from '@rapporteur/store';
import type { Node } from 'prosemirror-model';
import { Step } from 'prosemirror-transform';
import { parseDocument } from './draft-content';

/**
 * The current text of a draft under collaborative editing: the document at `version` (the latest
 * accepted step), and where the step log was last folded into a stored document.
 */
export interface CollabDocument {
  readonly doc: Node;
  readonly version: number;
  /** The last step already held by a stored document (0 when the steps were never folded). */
  readonly foldedVersion: number;
  /** The draft version whose stored document the log starts from (the fold's, or the draft's own). */
  readonly storedVersion: number;
}

/** A document known at a step version, built on one stored document (named by `base`). */
interface Known {
  readonly base: string;
  readonly version: number;
  readonly doc: Node;
  /** The last step the stored document named by `base` holds. */
  readonly foldedVersion: number;
  /** The draft itself, when this server saved it at that version (see savedDraftAt). */
  readonly draft?: Draft;
}

/** How many drafts' current documents each store keeps in memory. */
const CACHED_DRAFTS = 100;

/**
 * Current documents already computed, per store and draft. Only a shortcut: the database stays the
 * authority, every use first reads the steps after the cached version, and a document is rebuilt
 * whenever the stored document it was built on is no longer the one the log starts from.
 */
const known = new WeakMap<Store, Map<string, Known>>();

function remember(store: Store, draftId: string, entry: Known): void {
  let drafts = known.get(store);
  if (drafts === undefined) {
    drafts = new Map();
    known.set(store, drafts);
  }
  drafts.delete(draftId);
  drafts.set(draftId, entry);
  if (drafts.size > CACHED_DRAFTS) drafts.delete(drafts.keys().next().value as string);
}

/**
 * Remembers the draft a whole-document save wrote and its text, the log's new start (the draft's
 * version holding every step up to `stepVersion`), so the next request does not read and parse them
 * again.
 */
export function rememberSavedText(
  store: Store,
  saved: { draft: Draft; stepVersion: number; doc: Node },
): void {
  remember(store, saved.draft.id, {
    base: `fold ${saved.draft.version}`,
    version: saved.stepVersion,
    doc: saved.doc,
    foldedVersion: saved.stepVersion,
    draft: saved.draft,
  });
}

/**
 * The draft as this server's last whole-document save of it wrote it, with its text, if that save
 * made version `version` and nothing newer has been kept here since; else undefined. A save based on
 * `version` may decide on it instead of reading the draft: the save is written only if the draft is
 * still at that version in the database (every change of a draft changes its version), and only if no
 * step came after the text; otherwise it is refused as it would be after a fresh read, and the refusal
 * reads the current draft.
 */
export function savedDraftAt(
  store: Store,
  draftId: string,
  version: number,
): { draft: Draft; text: CollabDocument } | undefined {
  const entry = known.get(store)?.get(draftId);
  if (entry?.draft?.version !== version || entry.base !== `fold ${version}`) return undefined;
  const text = {
    doc: entry.doc,
    version: entry.version,
    foldedVersion: entry.foldedVersion,
    storedVersion: version,
  };
  return { draft: entry.draft, text };
}

/**
 * The current text as a whole-document save needs it: without a query when this server kept the text
 * of the draft's own version (its last save or fold here, with the steps it has seen since) — every
 * move of the draft changes its version, and the save's transaction checks that no step came after
 * the text's version (else the save is refused as with a fresh read) — otherwise currentCollabDocument.
 */
export async function textForSave(store: Store, draft: Draft): Promise<CollabDocument> {
  const cached = known.get(store)?.get(draft.id);
  if (cached === undefined || cached.base !== `fold ${draft.version}`)
    return currentCollabDocument(store, draft);
  return {
    doc: cached.doc,
    version: cached.version,
    foldedVersion: cached.foldedVersion,
    storedVersion: draft.version,
  };
}

/**
 * The draft's text at its latest step version: the stored document the step log starts from (the
 * last fold point, or — never folded nor saved whole since the first step — the draft's document)
 * with every later step applied.
 * A step that no longer applies means the log is corrupt, which is a server error.
 */
export async function currentCollabDocument(store: Store, draft: Draft): Promise<CollabDocument> {
  const cached = known.get(store)?.get(draft.id);
  // The steps after the cached text are read beside the fold point (one round trip instead of two);
  // they are used only if the cached text is still built on the log's current start.
  const [fold, afterCached] = await Promise.all([
    store.steps.foldPoint(draft.id),
    cached === undefined ? undefined : store.steps.stepsSince(draft.id, cached.version),
  ]);
  const base = fold === undefined ? `draft ${draft.version}` : `fold ${fold.draftVersion}`;
  let entry = cached;
  let steps = afterCached;
  if (entry === undefined || entry.base !== base || steps === undefined) {
    const stored =
      fold === undefined || fold.draftVersion === draft.version
        ? draft.document
        : (await store.documentVersions.get(draft.id, fold.draftVersion)).document;
    entry = {
      base,
      version: fold?.stepVersion ?? 0,
      doc: parseDocument(stored),
      foldedVersion: fold?.stepVersion ?? 0,
    };
    steps = await store.steps.stepsSince(draft.id, entry.version);
  }
  let doc = entry.doc;
  for (const accepted of steps) {
    const result = Step.fromJSON(addendumSchema, accepted.step).apply(doc);
    if (result.doc === null) {
      throw new Error(`step ${accepted.version} of draft ${draft.id} does not apply: ${result.failed}`);
    }
    doc = result.doc;
  }
  const version = steps.at(-1)?.version ?? entry.version;
  remember(store, draft.id, { base, version, doc, foldedVersion: fold?.stepVersion ?? 0 });
  return {
    doc,
    version,
    foldedVersion: fold?.stepVersion ?? 0,
    storedVersion: fold?.draftVersion ?? draft.version,
  };
}
