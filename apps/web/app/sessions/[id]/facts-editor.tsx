'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { callApi } from '../../../components/workflow/api-client';
import type { SessionJson } from '../../../components/workflow/draft-types';
import { ui } from '../../../lib/ui-strings';
import { type FactsPath, formatPath, problemsByField, valueAt, withValueAt } from './facts-paths';

type Facts = Record<string, unknown>;
type Problem = { path: string; message: string };

/** The languages a multilingual text has (English when it has none yet). */
function languagesOf(text: unknown): string[] {
  const keys = typeof text === 'object' && text !== null ? Object.keys(text) : [];
  return keys.length > 0 ? keys : ['en'];
}

function listOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}

/** A list field written as "6, 7": numbers stay numbers, anything else is sent as written for the server to judge. */
function parseList(text: string, numeric: boolean): unknown[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (numeric && /^\d+$/.test(part) ? Number(part) : part));
}

function fieldId(path: string): string {
  return `fact-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * The editor of one session's facts: the session, its meetings, documents and agenda items with
 * their speakers. Saving sends the whole facts to the API, which validates them; each problem is
 * shown at its field (and summarised above the form with links to the fields).
 */
export function FactsEditor({ session }: { session: SessionJson }) {
  const [facts, setFacts] = useState<Facts>(session.facts);
  const [version, setVersion] = useState(session.version);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fields: string[] = [];

  const set = (path: FactsPath, value: unknown) => setFacts((current) => withValueAt(current, path, value));
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await callApi<{ session: SessionJson }>(
      `/api/sessions/${encodeURIComponent(session.id)}/facts`,
      {
        method: 'PUT',
        body: { version, facts },
      },
    );
    setBusy(false);
    if (result.ok) {
      setVersion(result.data.session.version);
      setProblems([]);
      setStatus(ui.sessions.saved);
      return;
    }
    if (result.code === 'version-conflict') {
      setProblems([{ path: '', message: ui.sessions.stale }]);
      return;
    }
    const listed = Array.isArray(result.details.problems)
      ? (result.details.problems as Problem[])
      : [{ path: result.path ?? '', message: result.message }];
    setProblems(listed);
  };

  // Fields register their paths while rendering, so problems can be matched to them below.
  const field = (
    path: FactsPath,
    label: string,
    render: (id: string, describedBy: string | undefined) => ReactNode,
  ) => {
    const key = formatPath(path);
    fields.push(key);
    return { key, label, render };
  };
  const text = (
    path: FactsPath,
    label: string,
    options: { numeric?: boolean; list?: 'numbers' | 'codes' } = {},
  ) =>
    field(path, label, (id, describedBy) => {
      const value = valueAt(facts, path);
      const shown = Array.isArray(value)
        ? value.join(', ')
        : value === undefined || value === null
          ? ''
          : String(value);
      return (
        <input
          id={id}
          defaultValue={shown}
          inputMode={options.numeric ? 'numeric' : undefined}
          aria-invalid={describedBy !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const raw = event.target.value;
            if (options.list) set(path, parseList(raw, options.list === 'numbers'));
            else if (options.numeric && /^\d+$/.test(raw.trim())) set(path, Number(raw.trim()));
            else set(path, raw);
          }}
        />
      );
    });

  const sessionFields = [
    text(['session', 'number'], ui.sessions.number, { numeric: true }),
    text(['session', 'year'], ui.sessions.year, { numeric: true }),
    ...languagesOf(valueAt(facts, ['session', 'title'])).map((lang) =>
      text(['session', 'title', lang], ui.sessions.sessionTitle(ui.languages[lang] ?? lang)),
    ),
    text(['session', 'startDate'], ui.sessions.startDate),
    text(['session', 'endDate'], ui.sessions.endDate),
    text(['session', 'reportSymbol'], ui.sessions.reportSymbol),
  ];
  const meetings = listOf(facts.meetings).map((_, i) => [
    text(['meetings', i, 'number'], ui.sessions.meetingNumber, { numeric: true }),
    text(['meetings', i, 'date'], ui.sessions.meetingDate),
  ]);
  const documents = listOf(facts.documents).map((document, i) => [
    text(['documents', i, 'symbol'], ui.sessions.documentSymbol),
    ...languagesOf(document.description).map((lang) =>
      text(
        ['documents', i, 'description', lang],
        ui.sessions.documentDescription(ui.languages[lang] ?? lang),
      ),
    ),
  ]);
  const agenda = listOf(facts.agenda).map((item, i) => ({
    number: String(item.number ?? i + 1),
    main: [
      text(['agenda', i, 'number'], ui.sessions.itemNumber, { numeric: true }),
      ...languagesOf(item.title).map((lang) =>
        text(['agenda', i, 'title', lang], ui.sessions.itemTitle(ui.languages[lang] ?? lang)),
      ),
      text(['agenda', i, 'meetings'], ui.sessions.itemMeetings, { list: 'numbers' }),
      text(['agenda', i, 'documents'], ui.sessions.itemDocuments, { list: 'codes' }),
    ],
    speakers: [
      text(['agenda', i, 'statements', 'states'], ui.sessions.itemStates, { list: 'codes' }),
      text(['agenda', i, 'statements', 'observerStates'], ui.sessions.itemObserverStates, { list: 'codes' }),
    ],
  }));

  const { byField, other } = problemsByField(problems, fields);
  const show = (entry: {
    key: string;
    label: string;
    render: (id: string, describedBy: string | undefined) => ReactNode;
  }) => {
    const id = fieldId(entry.key);
    const errors = byField.get(entry.key);
    return (
      <div className="field" key={entry.key}>
        <label htmlFor={id}>{entry.label}</label>
        {entry.render(id, errors ? `${id}-error` : undefined)}
        {errors && (
          <p id={`${id}-error`} className="field-error">
            {errors.join(' ')}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="facts-editor" onSubmit={save} noValidate>
      {problems.length > 0 && (
        <div role="alert" className="error-summary">
          <p>{ui.sessions.problemsSummary(problems.length)}</p>
          <ul>
            {problems.map((problem) => {
              const path = problem.path.replace(/^facts\.?/, '');
              const owner = [...byField.keys()].find((key) => path === key || path.startsWith(key));
              return (
                <li key={`${problem.path}-${problem.message}`}>
                  {owner ? <a href={`#${fieldId(owner)}`}>{path}</a> : path}: {problem.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>{ui.sessions.general}</legend>
        {sessionFields.map(show)}
      </fieldset>
      <fieldset>
        <legend>{ui.sessions.meetings}</legend>
        {meetings.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position in the facts (their paths), and re-keyed when rows are added or removed
          <div className="row" key={`meeting-${i}-${listOf(facts.meetings).length}`}>
            {row.map(show)}
            <button
              type="button"
              onClick={() =>
                set(
                  ['meetings'],
                  listOf(facts.meetings).filter((_, j) => j !== i),
                )
              }
            >
              {ui.sessions.removeMeeting(i + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set(['meetings'], [...listOf(facts.meetings), { number: '', date: '' }])}
        >
          {ui.sessions.addMeeting}
        </button>
      </fieldset>
      <fieldset>
        <legend>{ui.sessions.documents}</legend>
        {documents.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position in the facts (their paths), and re-keyed when rows are added or removed
          <div className="row" key={`document-${i}-${listOf(facts.documents).length}`}>
            {row.map(show)}
            <button
              type="button"
              onClick={() =>
                set(
                  ['documents'],
                  listOf(facts.documents).filter((_, j) => j !== i),
                )
              }
            >
              {ui.sessions.removeDocument(i + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            set(['documents'], [...listOf(facts.documents), { symbol: '', description: { en: '' } }])
          }
        >
          {ui.sessions.addDocument}
        </button>
      </fieldset>
      <fieldset>
        <legend>{ui.sessions.agenda}</legend>
        {agenda.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position in the facts (their paths), and re-keyed when rows are added or removed
          <fieldset key={`item-${i}`}>
            <legend>{ui.sessions.itemLegend(item.number)}</legend>
            {item.main.map(show)}
            <h3>{ui.sessions.speakers}</h3>
            {item.speakers.map(show)}
          </fieldset>
        ))}
      </fieldset>
      {other.length > 0 && (
        <div className="error-summary">
          <p>{ui.sessions.otherProblems}</p>
          <ul>
            {other.map((problem) => (
              <li key={`${problem.path}-${problem.message}`}>
                {problem.path}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">{status}</p>
      <button type="submit" disabled={busy}>
        {ui.sessions.saveFacts}
      </button>
    </form>
  );
}
