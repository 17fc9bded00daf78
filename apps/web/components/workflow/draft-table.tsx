import { ui } from '../../lib/ui-strings';
import type { DraftListEntry } from './draft-types';
import { describeNextActors } from './next-actors';

/** A table of drafts: each linked to its review page, with its session, state and who acts next. */
export function DraftTable({
  caption,
  drafts,
  empty,
  sessions,
  people,
  me,
}: {
  caption: string;
  drafts: readonly DraftListEntry[];
  empty: string;
  sessions: Readonly<Record<string, string>>;
  people: Readonly<Record<string, string>>;
  me: string;
}) {
  if (drafts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="draft-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{ui.dashboard.columns.draft}</th>
          <th scope="col">{ui.dashboard.columns.language}</th>
          <th scope="col">{ui.dashboard.columns.session}</th>
          <th scope="col">{ui.dashboard.columns.state}</th>
          <th scope="col">{ui.dashboard.columns.next}</th>
          <th scope="col">{ui.dashboard.columns.updated}</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id}>
            <td>
              <a href={`/drafts/${encodeURIComponent(draft.id)}/review`}>
                {draft.symbol !== '' && <span className="symbol">{draft.symbol} </span>}
                <span lang={draft.language}>{draft.title || ui.dashboard.untitled}</span>
              </a>
            </td>
            <td>{ui.languages[draft.language] ?? draft.language}</td>
            <td>{draft.sessionId === null ? '—' : (sessions[draft.sessionId] ?? '—')}</td>
            <td>{ui.phases[draft.lifecycle.phase] ?? draft.lifecycle.phase}</td>
            <td>{describeNextActors(draft.lifecycle.nextActors, people, me)}</td>
            <td>
              <time dateTime={draft.updatedAt}>{draft.updatedAt.slice(0, 16).replace('T', ' ')}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
