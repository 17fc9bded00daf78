import type { OfficialLanguage } from '@rapporteur/symbols';
import { parseCalendarDate } from './calendar-date.js';
import { countries } from './country-names.js';
import type { LanguageRules, NameForms } from './language-rules/language-rules.js';

import type { MultilingualText } from './multilingual-text.js';
import type { Run } from './runs.js';
import type { AgendaItemFacts, SessionFacts } from './session-facts.js';
import type { CollectionName } from './template-structure.js';

/**
 * Reads facts texts in the language being generated and records what is missing: a text absent
 * in that language is a problem named by its JSON path ("agenda[0].title.fr"), never a blank.
 */
export interface TextReader {
  readonly language: OfficialLanguage;
  /** The text in the language, or "" after recording the problem. */
  text(value: MultilingualText | undefined, path: string): string;
}

/**
 * One entry of a collection as a template sees it: the placeholders it fills, the names it lists
 * (speakers), and, for actions, the kind that chooses a phrase's variant.
 */
export interface CollectionEntry {
  readonly values: Readonly<Record<string, () => Run[]>>;
  readonly names?: readonly NameForms[];
  readonly kind?: string;
  /** How many meetings or names the entry speaks of, for the count of its phrase. */
  readonly count: number;
}

const sameName = (name: string): NameForms => ({ name, genitive: name });

function countryName(code: string, language: OfficialLanguage): NameForms {
  const names = countries.get(code)!.names;
  return language === 'ru' ? { name: names.ru, genitive: names.ruGenitive } : sameName(names[language]);
}

/** The meetings and dates placeholders for some meetings of the session, in the language's words. */
export function meetingValues(facts: SessionFacts, numbers: readonly number[], rules: LanguageRules) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const dates = sorted.flatMap((n) => {
    const meeting = facts.meetings.find((m) => m.number === n);
    return meeting ? [parseCalendarDate(meeting.date)] : [];
  });
  return { meetings: () => [rules.meetings(sorted)], dates: () => [rules.dates(dates)] };
}

/**
 * The entries of one collection of an agenda item, resolved for a language: sub-items, documents
 * (with their symbols as symbol runs, corrigenda joined by the language's list), groups of
 * introductory statements, States (names from the country data), organizations and other speakers,
 * and actions.
 */
export function collectionEntries(
  name: CollectionName,
  facts: SessionFacts,
  itemIndex: number,
  rules: LanguageRules,
  reader: TextReader,
): CollectionEntry[] {
  const item: AgendaItemFacts = facts.agenda[itemIndex]!;
  const base = `agenda[${itemIndex}]`;
  const statements = item.statements;
  const speakers = (list: readonly MultilingualText[], path: string): CollectionEntry[] =>
    list.map((entry, i) => {
      const forms = sameName(reader.text(entry, `${path}[${i}]`));
      return { values: {}, names: [forms], count: 1 };
    });
  const states = (codes: readonly string[]): CollectionEntry[] =>
    codes.map((code) => ({ values: {}, names: [countryName(code, reader.language)], count: 1 }));

  switch (name) {
    case 'subItems':
      return item.subItems.map((subItem, i) => ({
        values: { text: () => [reader.text(subItem.title, `${base}.subItems[${i}].title`)] },
        count: 1,
      }));
    case 'documents':
      return item.documents.map((symbol) => {
        const index = facts.documents.findIndex((d) => d.symbol === symbol);
        const document = facts.documents[index]!;
        return {
          values: {
            description: () => [reader.text(document.description, `documents[${index}].description`)],
            symbols: () => rules.list([document.symbol, ...document.corrigenda].map((s) => [{ symbol: s }])),
          },
          count: 1,
        };
      });
    case 'introductoryStatements':
      return statements.introductory.map((group, i) => ({
        values: {},
        names: group.map((title, j) =>
          sameName(reader.text(title, `${base}.statements.introductory[${i}][${j}]`)),
        ),
        count: group.length,
      }));
    case 'states':
      return states(statements.states);
    case 'observerStates':
      return states(statements.observerStates);
    case 'intergovernmentalOrganizations':
      return speakers(
        statements.intergovernmentalOrganizations,
        `${base}.statements.intergovernmentalOrganizations`,
      );
    case 'specialRapporteurs':
      return speakers(statements.specialRapporteurs, `${base}.statements.specialRapporteurs`);
    case 'institutes':
      return speakers(statements.institutes, `${base}.statements.institutes`);
    case 'nonGovernmentalOrganizations':
      return speakers(
        statements.nonGovernmentalOrganizations,
        `${base}.statements.nonGovernmentalOrganizations`,
      );
    case 'actions':
      return (item.actions ?? []).map((action, i) => ({
        values: {
          title: () => [reader.text(action.title, `${base}.actions[${i}].title`)],
          symbol: () => [{ symbol: action.symbol }],
          ...meetingValues(facts, [action.meeting], rules),
        },
        kind: action.kind,
        count: 1,
      }));
  }
}

/** Whether a collection is known for the item: actions are unknown until the facts list them. */
export function collectionKnown(name: CollectionName, item: AgendaItemFacts): boolean {
  return name !== 'actions' || item.actions !== undefined;
}
