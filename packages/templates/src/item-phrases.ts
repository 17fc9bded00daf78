import type { OfficialLanguage } from '@rapporteur/symbols';
import {
  type CollectionEntry,
  collectionEntries,
  collectionKnown,
  meetingValues,
  type TextReader,
} from './collection-entries.js';
import type { InputProblem } from './json-path.js';
import type { LanguageRules, NameForms } from './language-rules/language-rules.js';
import { languageRules } from './language-rules/rules-by-language.js';
import { fillPhrase } from './phrase-text.js';
import { selectVariant } from './phrase-variants.js';
import { type Run, runsText } from './runs.js';
import type { AgendaItemFacts, SessionFacts } from './session-facts.js';
import type { Template } from './template.js';
import type { TemplatePhrases } from './template-phrases.js';
import type { CollectionName, ConditionSpec, SentenceSpec } from './template-structure.js';

/** The values a phrase's placeholders may take, each computed when the phrase uses it. */
export type PhraseValues = Record<string, () => Run[]>;

/** Where a phrase is filled: the values it may use, the count that picks its variant, and a kind if any. */
export interface PhraseScope {
  readonly values: PhraseValues;
  readonly count: number;
  readonly kind?: string;
}

/**
 * The text of one agenda item in one language as a template's blocks ask for it: its phrases filled
 * from the session's facts, its collections (documents, speakers, sub-items…), its conditions. What
 * is missing (a text in the language, a phrase, a value a phrase uses) is not written: it is recorded
 * in `problems`, once each, and the phrase gives no runs.
 */
export interface ItemPhrases {
  readonly item: AgendaItemFacts;
  readonly rules: LanguageRules;
  /** The item's own values: its number, title, body, session, meetings. */
  readonly itemScope: PhraseScope;
  /** Every problem met so far, each naming what and where. */
  readonly problems: readonly InputProblem[];
  /** The entries of a collection for the item (computed once). */
  entries(name: CollectionName): readonly CollectionEntry[];
  /** The phrase `key` filled for a scope; [] after recording why it could not be. */
  phrase(key: string, scope: PhraseScope): Run[];
  /** A phrase filled for the item, as plain text (the draft's metadata). */
  line(key: string): string;
  /** Whether a block's condition holds (no condition: it does). */
  holds(condition: ConditionSpec | undefined): boolean;
  /** The sentences a paragraph's sentence spec says in a scope: one, one per entry, or none. */
  sentences(spec: SentenceSpec, scope: PhraseScope): Run[][];
  /** The scope of one entry of a collection: the item's values with the entry's. */
  entryScope(entry: CollectionEntry, values?: PhraseValues): PhraseScope;
}

/**
 * The phrases of `template` in `lang` for the agenda item at `itemIndex` of `facts` (which the caller
 * has found, with `phrases`, the template's phrases in that language).
 */
export function itemPhrases(
  template: Template,
  facts: SessionFacts,
  itemIndex: number,
  lang: OfficialLanguage,
  phrases: TemplatePhrases,
): ItemPhrases {
  const problems: InputProblem[] = [];
  const report = (path: string, message: string) => {
    if (!problems.some((p) => p.path === path && p.message === message)) problems.push({ path, message });
  };
  const rules: LanguageRules = languageRules[lang];
  const item = facts.agenda[itemIndex]!;
  const reader: TextReader = {
    language: lang,
    text(value, path) {
      const text = value?.[lang];
      if (text === undefined) {
        report(`${path}.${lang}`, `no ${lang} text`);
        return '';
      }
      return text;
    },
  };
  const gender =
    lang === 'ar' || lang === 'es' || lang === 'fr' || lang === 'ru' ? facts.body.gender[lang] : undefined;

  const itemValues: PhraseValues = {
    item: () => [String(item.number)],
    title: () => [reader.text(item.title, `agenda[${itemIndex}].title`)],
    body: () => [reader.text(facts.body.shortName, 'body.shortName')],
    bodyName: () => [reader.text(facts.body.name, 'body.name')],
    session: () => [reader.text(facts.session.title, 'session.title')],
    reportsTo: () => [reader.text(facts.body.reportsTo, 'body.reportsTo')],
    ...meetingValues(facts, item.meetings, rules),
  };
  const itemScope: PhraseScope = { values: itemValues, count: item.meetings.length };

  const entriesCache = new Map<CollectionName, CollectionEntry[]>();
  const entries = (name: CollectionName) => {
    let list = entriesCache.get(name);
    if (!list) {
      list = collectionEntries(name, facts, itemIndex, rules, reader);
      entriesCache.set(name, list);
    }
    return list;
  };

  const phrase = (key: string, scope: PhraseScope): Run[] => {
    const value = phrases.phrases[key];
    const where = `phrases.${lang}.json: phrases.${key}`;
    if (value === undefined) {
      report(where, `template ${template.name} has no "${key}" phrase in ${lang}`);
      return [];
    }
    const choice = selectVariant(value, {
      count: rules.countOf(scope.count),
      ...(gender ? { gender } : {}),
      ...(scope.kind ? { kind: scope.kind } : {}),
    });
    if (!choice.ok) {
      report(where, choice.message);
      return [];
    }
    const filled = fillPhrase(choice.text, (name) => {
      const value = scope.values[name] ?? itemValues[name];
      return value?.();
    });
    if (!filled.ok) {
      report(where, `uses ${filled.missing.map((m) => `{${m}}`).join(', ')}, which has no value here`);
      return [];
    }
    return filled.runs;
  };

  /** The speakers' names as a list ("A, B and C") or as the complement of a noun ("of A, B and C"). */
  const namesRuns = (
    names: readonly NameForms[],
    form: 'subject' | 'complement',
    join?: 'conjunction' | 'enumeration',
  ): Run[] =>
    form === 'complement'
      ? [rules.namesAfterNoun(names)]
      : rules.list(
          names.map((n) => [n.name]),
          join,
        );

  const entryScope = (entry: CollectionEntry, values: PhraseValues = {}): PhraseScope => ({
    values: { ...values, ...entry.values },
    count: entry.count,
    ...(entry.kind ? { kind: entry.kind } : {}),
  });

  return {
    item,
    rules,
    itemScope,
    problems,
    entries,
    phrase,
    line: (key) => runsText(phrase(key, itemScope)),
    holds(condition) {
      if (!condition) return true;
      if ('nonEmpty' in condition) return entries(condition.nonEmpty).length > 0;
      return collectionKnown(condition.empty, item) && entries(condition.empty).length === 0;
    },
    sentences(spec, scope) {
      if ('list' in spec) {
        const list = entries(spec.list);
        if (list.length === 0) return [];
        const names = list.flatMap((e) => e.names ?? []);
        const values = { ...scope.values, names: () => namesRuns(names, spec.form, spec.join) };
        return [phrase(spec.phrase, { values, count: names.length })];
      }
      if ('each' in spec) {
        return entries(spec.each).map((entry, i) => {
          const { names: entryNames } = entry;
          const names: PhraseValues = entryNames
            ? { names: () => namesRuns(entryNames, 'subject', spec.join) }
            : {};
          const key = i > 0 && spec.after ? spec.after : spec.phrase;
          const entered = entryScope(entry, scope.values);
          return phrase(key, { ...entered, values: { ...entered.values, ...names } });
        });
      }
      return [phrase(spec.phrase, scope)];
    },
    entryScope,
  };
}
