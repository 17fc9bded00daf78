import { addendumSchema } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { Step } from 'prosemirror-transform';
import type { KeptSteps } from './collab-kept.js';
import type { CollabStart } from './collab-protocol.js';

/** Edits kept in the browser that cannot be replayed on the authority's text: the drafter merges them. */
export interface KeptMerge {
  /** The text the kept edits were made on, when it could be read. */
  readonly base: Node | null;
  /** The kept text: that base with the kept edits. */
  readonly ours: Node;
  /** The authority's text now. */
  readonly theirs: Node;
  /** When the edits were kept. */
  readonly keptAt: string;
  /** The client id they were kept under (its entry is forgotten once they are merged). */
  readonly clientId: string;
}

/** Where an editor starts: a confirmed text and version, its client id, and kept edits to put back. */
export interface CollabStartPlan {
  /** The confirmed document at `version`. */
  readonly doc: Node;
  readonly version: number;
  readonly clientId: string;
  /** Kept steps to replay as unconfirmed local edits on `doc`. */
  readonly steps: readonly Step[];
  /** Whether the authority has moved past `version`: catch up (and rebase the kept steps) at once. */
  readonly behind: boolean;
  /** When the replayed steps were kept. */
  readonly keptAt?: string;
  /** Kept edits that could not be replayed, for the merge view. */
  readonly merge?: KeptMerge;
}

function read(json: unknown): Node | null {
  try {
    const doc = addendumSchema.nodeFromJSON(json);
    doc.check();
    return doc;
  } catch {
    return null;
  }
}

/**
 * Decides how an editor opens a draft, given the authority's current text and the steps this browser
 * kept unconfirmed (if any). Kept steps made on a version the authority still continues from are
 * taken over with their client id: the editor starts at that version with the steps as unconfirmed
 * edits and catches up, so steps the authority had already accepted are recognised as its own and
 * the rest are rebased, like any edit made while others typed. Kept steps that cannot be replayed
 * (their text is not the authority's at that version, or the authority is behind them) go to the
 * merge view with both texts. Nothing kept is dropped without the drafter seeing it.
 */
export function planCollabStart(
  start: CollabStart,
  kept: KeptSteps | undefined,
  newClientId: () => string,
): CollabStartPlan {
  const current = addendumSchema.nodeFromJSON(start.document);
  const fresh = (): CollabStartPlan => ({
    doc: current,
    version: start.version,
    clientId: newClientId(),
    steps: [],
    behind: false,
  });
  if (!kept) return fresh();
  const base = read(kept.baseDocument);
  if (base === null) return fresh();
  const steps: Step[] = [];
  let ours = base;
  let replayable = true;
  for (const json of kept.steps) {
    try {
      const step = Step.fromJSON(addendumSchema, json);
      const result = step.apply(ours);
      if (result.doc === null) {
        replayable = false;
        continue;
      }
      steps.push(step);
      ours = result.doc;
    } catch {
      replayable = false;
    }
  }
  const continues = kept.version < start.version || (kept.version === start.version && base.eq(current));
  if (replayable && continues) {
    return {
      doc: base,
      version: kept.version,
      clientId: kept.clientId,
      steps,
      behind: kept.version < start.version,
      keptAt: kept.keptAt,
    };
  }
  if (ours.eq(current)) return fresh();
  return { ...fresh(), merge: { base, ours, theirs: current, keptAt: kept.keptAt, clientId: kept.clientId } };
}
