import type { Metadata } from 'next';
import { DraftTable } from '../../components/workflow/draft-table';
import type { DraftListEntry } from '../../components/workflow/draft-types';
import { readApi, requireUser, sessionChoices, staffNames } from '../../components/workflow/server-api';
import { SessionOptions } from '../../components/workflow/session-options';
import { ui } from '../../lib/ui-strings';

export const metadata: Metadata = { title: ui.dashboard.title };
export const dynamic = 'force-dynamic';

const PHASES = ['drafting', 'review', 'approved', 'issuance', 'issued', 'withdrawn'] as const;

type Search = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The staff dashboard: drafts waiting for the user's step, the user's own drafts, and every draft
 * found by session, state and a search on symbol or title (a plain GET form, so filters are links).
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser('/dashboard');
  const search = await searchParams;
  const q = one(search.q);
  const session = one(search.session);
  const state = (PHASES as readonly string[]).includes(one(search.state)) ? one(search.state) : '';
  const filter = new URLSearchParams();
  if (session !== '') filter.set('session', session);
  if (state !== '') filter.set('state', state);
  const [all, waiting, sessions, people] = await Promise.all([
    readApi<{ drafts: DraftListEntry[] }>(`/api/drafts?${filter}`),
    readApi<{ drafts: DraftListEntry[] }>('/api/drafts?waiting=me'),
    sessionChoices(),
    staffNames(),
  ]);
  const sessionNames = Object.fromEntries(sessions.map((choice) => [choice.id, choice.label]));
  const needle = q.toLowerCase();
  const found = (all.data?.drafts ?? []).filter(
    (draft) =>
      needle === '' ||
      draft.symbol.toLowerCase().includes(needle) ||
      draft.title.toLowerCase().includes(needle),
  );
  const mine = (all.data?.drafts ?? []).filter(
    (draft) => draft.lifecycle.owner === user.id && draft.lifecycle.phase !== 'withdrawn',
  );
  const tableProps = { sessions: sessionNames, people, me: user.id };
  return (
    <>
      <h1>{ui.dashboard.title}</h1>
      {user.roles.includes('drafter') && (
        <p>
          <a href="/drafts/new">{ui.dashboard.newDraft}</a>
        </p>
      )}
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">{ui.dashboard.waiting}</h2>
        <DraftTable
          caption={ui.dashboard.waiting}
          drafts={waiting.data?.drafts ?? []}
          empty={ui.dashboard.waitingNone}
          {...tableProps}
        />
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{ui.dashboard.mine}</h2>
        <DraftTable caption={ui.dashboard.mine} drafts={mine} empty={ui.dashboard.mineNone} {...tableProps} />
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{ui.dashboard.all}</h2>
        <form method="get" action="/dashboard" className="filters" aria-label={ui.dashboard.filters}>
          <label>
            {ui.dashboard.search}
            <input type="search" name="q" defaultValue={q} />
          </label>
          <label>
            {ui.dashboard.session}
            <select name="session" defaultValue={session}>
              <option value="">{ui.dashboard.anySession}</option>
              <SessionOptions sessions={sessions} />
            </select>
          </label>
          <label>
            {ui.dashboard.state}
            <select name="state" defaultValue={state}>
              <option value="">{ui.dashboard.anyState}</option>
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {ui.phases[phase]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{ui.dashboard.apply}</button>
        </form>
        <DraftTable caption={ui.dashboard.all} drafts={found} empty={ui.dashboard.allNone} {...tableProps} />
      </section>
    </>
  );
}
