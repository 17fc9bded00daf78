'use client';

import { type FormEvent, useId, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import { callApi } from './api-client';
import type { VersionJson } from './draft-types';

type WordRun = { op: 'same' | 'added' | 'removed'; text: string };
type BlockChange =
  | { id: string; kind: string; change: 'added'; after: string }
  | { id: string; kind: string; change: 'removed'; before: string }
  | { id: string; kind: string; change: 'changed'; before: string; after: string; words: WordRun[] };
interface Comparison {
  from: number;
  to: number;
  changes: BlockChange[];
  unchanged: number;
}

/** A run of words as a redline: inserted words underlined, removed words struck through. */
function Run({ run }: { run: WordRun }) {
  if (run.op === 'added') return <ins>{run.text}</ins>;
  if (run.op === 'removed') return <del>{run.text}</del>;
  return <span>{run.text}</span>;
}

/**
 * Compares any two saved versions of a draft as a redline (`GET /api/drafts/:id/compare`): blocks
 * matched by their stable ids, each added, removed or changed word by word.
 */
export function CompareVersions({
  draftId,
  versions,
  people = {},
}: {
  draftId: string;
  versions: readonly VersionJson[];
  people?: Readonly<Record<string, string>>;
}) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  if (versions.length < 2) {
    return (
      <section className="workflow-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{ui.compare.title}</h2>
        <p className="muted">{ui.compare.onlyOne}</p>
      </section>
    );
  }
  const label = (v: VersionJson) =>
    ui.compare.version(v.version, people[v.savedBy] ?? '', v.savedAt.slice(0, 16).replace('T', ' '));
  const compare = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const query = new URLSearchParams({ from: String(form.get('from')), to: String(form.get('to')) });
    const result = await callApi<Comparison>(`/api/drafts/${encodeURIComponent(draftId)}/compare?${query}`);
    setBusy(false);
    if (result.ok) {
      setError(null);
      setComparison(result.data);
    } else setError(result.message);
  };
  const newest = versions[versions.length - 1]!.version;
  // Both ends of the comparison choose among the same versions.
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      {label(v)}
    </option>
  ));
  return (
    <section className="workflow-panel compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.compare.title}</h2>
      <form className="inline-form" onSubmit={compare}>
        <label>
          {ui.compare.from}
          <select name="from" defaultValue={String(versions[0]!.version)}>
            {options}
          </select>
        </label>
        <label>
          {ui.compare.to}
          <select name="to" defaultValue={String(newest)}>
            {options}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {ui.compare.show}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {comparison && (
        <div className="redline" aria-live="polite">
          {comparison.changes.length === 0 ? (
            <p>{ui.compare.noChanges}</p>
          ) : (
            <ol>
              {comparison.changes.map((change) => (
                <li key={`${change.change}-${change.id}`} data-change={change.change}>
                  <span className="change-kind">
                    {change.change === 'added'
                      ? ui.compare.added
                      : change.change === 'removed'
                        ? ui.compare.removed
                        : ui.compare.changed}
                    :
                  </span>{' '}
                  {change.change === 'added' && <ins>{change.after}</ins>}
                  {change.change === 'removed' && <del>{change.before}</del>}
                  {change.change === 'changed' &&
                    change.words.map((run, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: word runs are positional and never reordered
                      <Run key={`${index}-${run.op}`} run={run} />
                    ))}
                </li>
              ))}
            </ol>
          )}
          <p className="muted">{ui.compare.unchanged(comparison.unchanged)}</p>
        </div>
      )}
    </section>
  );
}
