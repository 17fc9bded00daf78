import {
  addendumSchema,
  type Draft,
  type DraftMetadata,
  draftMetadataSchema,
  formatJsonPath,
  validate,
} from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
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
import type { SessionFacts } from './session-facts.js';
import type { Template } from './template.js';
import type {
  BlockSpec,
  CollectionName,
  ConditionSpec,
  ItemsSpec,
  SentenceSpec,
} from './template-structure.js';

/** What to generate: which agenda item, in which language, with which ids and date. */
export interface InstantiateOptions {
  /** The agenda item's number, as on the agenda. */
  readonly item: number;
  /** The language of the draft. */
  readonly lang: OfficialLanguage;
  /** Gives the id of each generated block, in document order (the CLI: random UUIDs; tests: a counter). */
  readonly ids: () => string;
  /** The date the draft carries (YYYY-MM-DD), passed in because this package reads no clock. */
  readonly date?: string | null;
}

/** A generated draft, its writing direction, and the ids of the blocks the template locks. */
export interface InstantiatedDraft {
  readonly draft: Draft;
  readonly direction: 'ltr' | 'rtl';
  /** Ids of generated blocks and headings that drafters may not edit (the editor enforces it). */
  readonly lockedIds: readonly string[];
}

/** The result of instantiating a template: the draft, or every problem, each naming what and where. */
export type InstantiateResult = ({ ok: true } & InstantiatedDraft) | { ok: false; problems: InputProblem[] };

type Values = Record<string, () => Run[]>;

interface Scope {
  readonly values: Values;
  readonly count: number;
  readonly kind?: string;
}

/**
 * Writes the boilerplate of an addendum from a template and a session's facts: the title, the
 * generated introduction (meetings and dates, the quoted agenda item, the documents, the
 * statements), the section headings with one sub-heading per sub-item, and what the facts say the
 * body did, in the requested language. Pure: files are read by the caller, ids come from `ids`.
 * Any text missing in the language, any phrase missing, an item not on the agenda: every problem
 * is returned and no draft is made, so a document never holds a blank or "undefined".
 */
export function instantiate(
  template: Template,
  facts: SessionFacts,
  options: InstantiateOptions,
): InstantiateResult {
  const { lang } = options;
  const itemIndex = facts.agenda.findIndex((candidate) => candidate.number === options.item);
  if (itemIndex < 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'agenda',
          message: `agenda item ${options.item} is not on the agenda (items: ${facts.agenda.map((i) => i.number).join(', ')})`,
        },
      ],
    };
  }
  const phrases = template.phrases[lang];
  if (!phrases) {
    return {
      ok: false,
      problems: [
        {
          path: `phrases.${lang}.json`,
          message: `template ${template.name} has no phrases for language "${lang}"`,
        },
      ],
    };
  }

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

  const itemValues: Values = {
    item: () => [String(item.number)],
    title: () => [reader.text(item.title, `agenda[${itemIndex}].title`)],
    body: () => [reader.text(facts.body.shortName, 'body.shortName')],
    bodyName: () => [reader.text(facts.body.name, 'body.name')],
    session: () => [reader.text(facts.session.title, 'session.title')],
    reportsTo: () => [reader.text(facts.body.reportsTo, 'body.reportsTo')],
    ...meetingValues(facts, item.meetings, rules),
  };
  const itemScope: Scope = { values: itemValues, count: item.meetings.length };

  const entriesCache = new Map<CollectionName, CollectionEntry[]>();
  const entries = (name: CollectionName) => {
    let list = entriesCache.get(name);
    if (!list) {
      list = collectionEntries(name, facts, itemIndex, rules, reader);
      entriesCache.set(name, list);
    }
    return list;
  };

  /** A phrase filled for a scope; the runs, or [] after reporting why it could not be. */
  const phrase = (key: string, scope: Scope): Run[] => {
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

  const holds = (condition: ConditionSpec | undefined): boolean => {
    if (!condition) return true;
    if ('nonEmpty' in condition) return entries(condition.nonEmpty).length > 0;
    return collectionKnown(condition.empty, item) && entries(condition.empty).length === 0;
  };

  const kind = (entry: CollectionEntry) => (entry.kind ? { kind: entry.kind } : {});

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

  const sentences = (spec: SentenceSpec, scope: Scope): Run[][] => {
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
        const names: Values = entryNames ? { names: () => namesRuns(entryNames, 'subject', spec.join) } : {};
        const key = i > 0 && spec.after ? spec.after : spec.phrase;
        return phrase(key, {
          values: { ...scope.values, ...entry.values, ...names },
          count: entry.count,
          ...kind(entry),
        });
      });
    }
    return [phrase(spec.phrase, scope)];
  };

  const lockedIds: string[] = [];
  const newId = (locked: boolean) => {
    const id = options.ids();
    if (locked) lockedIds.push(id);
    return id;
  };
  const s = addendumSchema;
  const inline = (runs: readonly Run[]): Node[] =>
    runs.flatMap((run) =>
      typeof run === 'string'
        ? run === ''
          ? []
          : [s.text(run)]
        : [s.node('symbol', { symbol: run.symbol })],
    );

  const items = (spec: ItemsSpec, locked: boolean): Node | null => {
    const list = entries(spec.each);
    if (list.length === 0) return null;
    const id = newId(locked);
    const children = list.map((entry, i) => {
      const end = phrase(i === list.length - 1 ? spec.terminator : spec.separator, itemScope);
      const text = [
        ...phrase(spec.phrase, { values: entry.values, count: entry.count, ...kind(entry) }),
        ...end,
      ];
      return s.node('item', { id: newId(locked) }, [s.node('item_text', null, inline(text))]);
    });
    return s.node('item_list', { id }, children);
  };

  const paragraph = (spec: Extract<BlockSpec, { kind: 'paragraph' }>, scope: Scope): Node | null => {
    const said = spec.sentences
      .flatMap((sentence) => sentences(sentence, scope))
      .filter((runs) => runs.length > 0);
    if (said.length === 0) return null;
    const runs = said.flatMap((sentence, i) => [
      ...(i > 0 ? [rules.sentenceSeparator] : []),
      ...rules.sentence(sentence),
    ]);
    return s.node('paragraph', { id: newId(spec.locked), numbered: spec.numbered }, inline(runs));
  };

  const block = (spec: BlockSpec): Node[] => {
    if (!holds(spec.when)) return [];
    if (spec.kind === 'paragraph') {
      const scopes: Scope[] = spec.each
        ? entries(spec.each).map((entry) => ({
            values: { ...itemValues, ...entry.values },
            count: entry.count,
            ...kind(entry),
          }))
        : [itemScope];
      return scopes.flatMap((scope) => paragraph(spec, scope) ?? []);
    }
    if (spec.kind === 'quote') {
      const id = newId(spec.locked);
      const text = s.node('quote_text', null, inline(phrase(spec.text, itemScope)));
      const list = spec.items ? items(spec.items, spec.locked) : null;
      return [s.node('quote', { id }, list ? [text, list] : [text])];
    }
    const list = items(spec.items, spec.locked);
    return list ? [list] : [];
  };
  const blocks = (specs: readonly BlockSpec[]): Node[] => specs.flatMap(block);

  const { structure } = template;
  const title = s.node('title', null, inline(phrase(structure.title, itemScope)));
  const introduction = blocks(structure.introduction.blocks);
  const sections = structure.sections.map((section) => {
    const id = newId(section.locked);
    const heading = s.node('section_heading', null, inline(phrase(section.heading, itemScope)));
    const content = blocks(section.blocks);
    const subsections = section.subsections
      ? entries(section.subsections.each).map((entry) => {
          const subId = newId(section.subsections!.locked);
          const subHeading = phrase(section.subsections!.heading, {
            values: entry.values,
            count: entry.count,
          });
          return s.node('subsection', { id: subId }, [
            s.node('subsection_heading', null, inline(subHeading)),
          ]);
        })
      : [];
    return s.node('section', { id, part: section.part }, [heading, ...content, ...subsections]);
  });

  const line = (key: string) => runsText(phrase(key, itemScope));
  const metadataInput = {
    symbol:
      facts.session.reportSymbol && item.addendum
        ? `${facts.session.reportSymbol}/Add.${item.addendum}`
        : null,
    language: lang,
    originalLanguage: facts.session.originalLanguage ?? null,
    distribution: 'limited',
    date: options.date ?? null,
    body: line(structure.metadata.body),
    session: line(structure.metadata.session),
    agendaItem: line(structure.metadata.agendaItem),
    template: template.name,
  };
  if (problems.length > 0) return { ok: false, problems };

  const metadata = draftMetadataSchema.safeParse(metadataInput);
  if (!metadata.success) {
    return {
      ok: false,
      problems: metadata.error.issues.map((issue) => ({
        path: `metadata.${formatJsonPath(issue.path)}`,
        message: issue.message,
      })),
    };
  }
  const doc = s.node('doc', null, [title, ...introduction, ...sections]);
  const documentProblems = validate(doc);
  if (documentProblems.length > 0) {
    return {
      ok: false,
      problems: documentProblems.map((problem) => ({
        path: `template ${template.name}`,
        message: `the generated draft is not valid: ${problem.message}`,
      })),
    };
  }
  const draftMetadata: DraftMetadata = metadata.data;
  return { ok: true, draft: { metadata: draftMetadata, doc }, direction: rules.direction, lockedIds };
}
