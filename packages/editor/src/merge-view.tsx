import { addendumSchema } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { useMemo, useState } from 'react';
import { type MergeChoice, mergeDocuments } from './merge.js';

/** Two texts of a draft to merge: the server's (or the other people's) and the drafter's own. */
export interface Conflict {
  /** The step version of the other side. */
  readonly version: number;
  /** The other side's document (ProseMirror JSON). */
  readonly document: unknown;
  /** The document both sides started from, when known (for a three-way merge). */
  readonly baseDocument: unknown;
  /** The drafter's own document, with the edits that could not be placed. */
  readonly ours: unknown;
}

/** What the merge view shows and what it hands back. */
export interface MergeViewProps {
  readonly conflict: Conflict;
  /** The heading: what happened (by default, that someone else saved a newer version). */
  readonly title?: string;
  readonly newId: () => string;
  /** Called with the merged document once the drafter settles every difference. */
  readonly onMerged: (merged: Node) => void;
}

function read(json: unknown): Node | null {
  try {
    return json ? addendumSchema.nodeFromJSON(json) : null;
  } catch {
    return null;
  }
}

/**
 * Shown when a save was refused because someone saved first: both texts block by block, the
 * changes taken automatically counted, and a choice (yours, theirs, both) for each block changed
 * on both sides. Nothing is discarded until the drafter chooses; "both" is the default.
 */
export function MergeView({ conflict, title, newId, onMerged }: MergeViewProps) {
  const merge = useMemo(() => {
    const ours = read(conflict.ours);
    const theirs = read(conflict.document);
    return ours && theirs ? mergeDocuments(read(conflict.baseDocument), ours, theirs) : null;
  }, [conflict]);
  const [choices, setChoices] = useState<ReadonlyMap<string, MergeChoice>>(new Map());
  if (!merge) return <section className="rp-merge">The other version could not be read.</section>;
  const choose = (key: string, choice: MergeChoice) => setChoices(new Map(choices).set(key, choice));
  return (
    <section className="rp-merge" aria-label="Merge your edits with the saved version">
      <h2>{title ?? `Someone else saved this draft (version ${conflict.version}) while you were editing`}</h2>
      <p>
        Taken automatically: {merge.automatic.ours} of your changes and {merge.automatic.theirs} of theirs.{' '}
        {merge.conflicts.length === 0
          ? 'No paragraph was changed on both sides.'
          : `${merge.conflicts.length} block(s) changed on both sides: choose for each.`}
      </p>
      {merge.conflicts.map((item) => {
        const current = choices.get(item.key) ?? (item.canKeepBoth ? 'both' : 'ours');
        return (
          <fieldset key={item.key} className="rp-merge-row" data-merge-key={item.key}>
            <div>
              <strong>Yours</strong>
              <blockquote>{item.ours?.textContent ?? '(deleted)'}</blockquote>
            </div>
            <div>
              <strong>Theirs</strong>
              <blockquote>{item.theirs?.textContent ?? '(deleted)'}</blockquote>
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              {(['ours', 'theirs', 'both'] as const)
                .filter((choice) => choice !== 'both' || item.canKeepBoth)
                .map((choice) => (
                  <label key={choice} style={{ marginInlineEnd: '1rem' }}>
                    <input
                      type="radio"
                      name={`merge-${item.key}`}
                      checked={current === choice}
                      onChange={() => choose(item.key, choice)}
                    />{' '}
                    {choice === 'ours' ? 'Keep yours' : choice === 'theirs' ? 'Keep theirs' : 'Keep both'}
                  </label>
                ))}
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onMerged(merge.build(choices, newId))}>
        Save the merged text
      </button>
    </section>
  );
}
