'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { callApi } from '../../../components/workflow/api-client';
import type { SessionJson } from '../../../components/workflow/draft-types';
import { ui } from '../../../lib/ui-strings';
import { useHydrated } from '../../../lib/use-hydrated';
import { type FactsPath, formatPath, problemsByField, valueAt, withValueAt } from './facts-paths';

type Facts = Record<string, unknown>;
type Problem = { path: string; message: string };

/** The languages a multilingual text has (`fallback`, English unless given, when it has none yet). */
function languagesOf(text: unknown, fallback: readonly string[] = ['en']): string[] {
  const keys = typeof text === 'object' && text !== null ? Object.keys(text) : [];
  return keys.length > 0 ? keys : [...fallback];
}

/** The lists of names of speakers an agenda item's statements hold, each edited as rows of texts. */
const SPEAKER_LISTS = [
  'intergovernmentalOrganizations',
  'specialRapporteurs',
  'institutes',
  'nonGovernmentalOrganizations',
] as const;

/** One field of the form: its facts path (as the API writes it), label and input. */
interface FieldEntry {
  readonly key: string;
  readonly label: string;
  readonly render: (id: string, describedBy: string | undefined) => ReactNode;
}

/** What a list of rows is called: its legend, its add button and each row's remove button. */
interface RowNames {
  readonly legend: string;
  readonly add: string;
  readonly remove: (n: number) => string;
}

/** A list of rows of fields (meetings, documents, sub-items, one list of speakers) with add and remove buttons. */
interface RowList {
  readonly key: string;
  readonly legend: string;
  readonly rows: FieldEntry[][];
  readonly addLabel: string;
  readonly removeLabel: (n: number) => string;
  readonly add: () => void;
  readonly remove: (index: number) => void;
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
  const hydrated = useHydrated();
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
  ): FieldEntry => {
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
          // Read-only until the page is interactive: the facts saved are those onChange recorded, so
          // text typed before then would show in the field and be silently left out of the save.
          readOnly={!hydrated}
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

  const languageName = (lang: string) => ui.languages[lang] ?? lang;
  const sessionFields = [
    text(['session', 'number'], ui.sessions.number, { numeric: true }),
    text(['session', 'year'], ui.sessions.year, { numeric: true }),
    ...languagesOf(valueAt(facts, ['session', 'title'])).map((lang) =>
      text(['session', 'title', lang], ui.sessions.sessionTitle(languageName(lang))),
    ),
    text(['session', 'startDate'], ui.sessions.startDate),
    text(['session', 'endDate'], ui.sessions.endDate),
    text(['session', 'reportSymbol'], ui.sessions.reportSymbol),
  ];
  // New multilingual rows get a field per language of the session's title (all six for the CCPCJ).
  const factLanguages = languagesOf(valueAt(facts, ['session', 'title']));
  const emptyText = () => Object.fromEntries(factLanguages.map((lang) => [lang, '']));
  /** Rows of fields at `path` (each row's fields from `fieldsOf`), added (as `newRow()`) and removed whole. */
  const rowsAt = (
    path: FactsPath,
    names: RowNames,
    fieldsOf: (row: Record<string, unknown>, j: number) => FieldEntry[],
    newRow: () => unknown,
  ): RowList => {
    const rows = listOf(valueAt(facts, path));
    return {
      key: formatPath(path),
      legend: names.legend,
      rows: rows.map(fieldsOf),
      addLabel: names.add,
      removeLabel: names.remove,
      add: () => set(path, [...rows, newRow()]),
      remove: (index) =>
        set(
          path,
          rows.filter((_, k) => k !== index),
        ),
    };
  };
  /** Rows of multilingual texts at `path` (each row's text at `inner` within it), added and removed whole. */
  const textRows = (
    path: FactsPath,
    inner: FactsPath,
    names: RowNames,
    fieldLabel: (n: number, lang: string) => string,
  ): RowList =>
    rowsAt(
      path,
      names,
      (row, j) =>
        languagesOf(valueAt(row, inner), factLanguages).map((lang) =>
          text([...path, j, ...inner, lang], fieldLabel(j + 1, languageName(lang))),
        ),
      () => (inner.length === 0 ? emptyText() : withValueAt({}, inner, emptyText())),
    );
  const meetings = rowsAt(
    ['meetings'],
    { legend: ui.sessions.meetings, add: ui.sessions.addMeeting, remove: ui.sessions.removeMeeting },
    (_, i) => [
      text(['meetings', i, 'number'], ui.sessions.meetingNumber, { numeric: true }),
      text(['meetings', i, 'date'], ui.sessions.meetingDate),
    ],
    () => ({ number: '', date: '' }),
  );
  const documents = rowsAt(
    ['documents'],
    { legend: ui.sessions.documents, add: ui.sessions.addDocument, remove: ui.sessions.removeDocument },
    (document, i) => [
      text(['documents', i, 'symbol'], ui.sessions.documentSymbol),
      ...languagesOf(document.description).map((lang) =>
        text(['documents', i, 'description', lang], ui.sessions.documentDescription(languageName(lang))),
      ),
    ],
    () => ({ symbol: '', description: { en: '' } }),
  );
  /** Where agenda item `i` keeps its groups of introductory statements (each group a list of officials). */
  const groupsPath = (i: number): FactsPath => ['agenda', i, 'statements', 'introductory'];
  const groupsOf = (i: number) => listOf(valueAt(facts, groupsPath(i)));
  const addGroup = (i: number) => set(groupsPath(i), [...groupsOf(i), [emptyText()]]);
  const removeGroup = (i: number, g: number) =>
    set(
      groupsPath(i),
      groupsOf(i).filter((_, k) => k !== g),
    );
  const agenda = listOf(facts.agenda).map((item, i) => ({
    number: String(item.number ?? i + 1),
    main: [
      text(['agenda', i, 'number'], ui.sessions.itemNumber, { numeric: true }),
      ...languagesOf(item.title).map((lang) =>
        text(['agenda', i, 'title', lang], ui.sessions.itemTitle(languageName(lang))),
      ),
      text(['agenda', i, 'meetings'], ui.sessions.itemMeetings, { list: 'numbers' }),
      text(['agenda', i, 'documents'], ui.sessions.itemDocuments, { list: 'codes' }),
    ],
    subItems: textRows(
      ['agenda', i, 'subItems'],
      ['title'],
      { ...ui.sessions.subItems, remove: (n) => ui.sessions.removeRow(ui.sessions.subItems.one, n) },
      (n, lang) => ui.sessions.subItemTitle(String.fromCharCode(96 + n), lang),
    ),
    introductory: groupsOf(i).map((_, g) =>
      textRows([...groupsPath(i), g], [], ui.sessions.introductoryGroup(g + 1), (n, lang) =>
        ui.sessions.officialName(g + 1, n, lang),
      ),
    ),
    speakers: [
      text(['agenda', i, 'statements', 'states'], ui.sessions.itemStates, { list: 'codes' }),
      text(['agenda', i, 'statements', 'observerStates'], ui.sessions.itemObserverStates, { list: 'codes' }),
    ],
    speakerLists: SPEAKER_LISTS.map((list) =>
      textRows(
        ['agenda', i, 'statements', list],
        [],
        {
          ...ui.sessions.speakerLists[list],
          remove: (n) => ui.sessions.removeRow(ui.sessions.speakerLists[list].one, n),
        },
        (n, lang) => ui.sessions.speakerName(ui.sessions.speakerLists[list].one, n, lang),
      ),
    ),
  }));

  const { byField, other } = problemsByField(problems, fields);
  const show = (entry: FieldEntry) => {
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

  /** The rows of a list, each with its fields and a button that removes it. */
  const rowsOf = (list: RowList) =>
    list.rows.map((row, j) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position in the facts (their paths), and re-keyed when rows are added or removed
      <div className="row" key={`${list.key}-${j}-${list.rows.length}`}>
        {row.map(show)}
        <button type="button" disabled={!hydrated} onClick={() => list.remove(j)}>
          {list.removeLabel(j + 1)}
        </button>
      </div>
    ));
  /** The button that adds a row to a list. */
  const addButton = (list: RowList) => (
    <button type="button" disabled={!hydrated} onClick={list.add}>
      {list.addLabel}
    </button>
  );
  // `key` changes when the rows' positions change meaning (a group removed before them), so their inputs are made anew.
  const rowList = (list: RowList, extra?: ReactNode, key = list.key) => (
    <fieldset key={key}>
      <legend>{list.legend}</legend>
      {rowsOf(list)}
      <div className="actions">
        {addButton(list)}
        {extra}
      </div>
    </fieldset>
  );

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
      {[meetings, documents].map((list) => (
        <fieldset key={list.key}>
          <legend>{list.legend}</legend>
          {rowsOf(list)}
          {addButton(list)}
        </fieldset>
      ))}
      <fieldset>
        <legend>{ui.sessions.agenda}</legend>
        {agenda.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position in the facts (their paths), and re-keyed when rows are added or removed
          <fieldset key={`item-${i}`}>
            <legend>{ui.sessions.itemLegend(item.number)}</legend>
            {item.main.map(show)}
            {rowList(item.subItems)}
            <h3>{ui.sessions.speakers}</h3>
            {item.introductory.map((group, g) =>
              rowList(
                group,
                <button type="button" disabled={!hydrated} onClick={() => removeGroup(i, g)}>
                  {ui.sessions.removeGroup(g + 1)}
                </button>,
                `${group.key}-of-${item.introductory.length}`,
              ),
            )}
            <button type="button" disabled={!hydrated} onClick={() => addGroup(i)}>
              {ui.sessions.addGroup}
            </button>
            {item.speakers.map(show)}
            {item.speakerLists.map((list) => rowList(list))}
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
      <button type="submit" disabled={busy || !hydrated}>
        {ui.sessions.saveFacts}
      </button>
    </form>
  );
}
