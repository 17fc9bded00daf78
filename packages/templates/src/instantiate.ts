import {
  addendumSchema,
  type Draft,
  type DraftMetadata,
  draftMetadataSchema,
  formatJsonPath,
  validate,
} from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { addendumNodes } from './addendum-nodes.js';
import { itemPhrases } from './item-phrases.js';
import type { InputProblem } from './json-path.js';
import type { SessionFacts } from './session-facts.js';
import type { Template } from './template.js';

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

/**
 * Writes the boilerplate of an addendum from a template and a session's facts: the title, the
 * generated introduction (meetings and dates, the quoted agenda item, the documents, the
 * statements), the section headings with one sub-heading per sub-item, and what the facts say the
 * body did, in the requested language (the text: itemPhrases; the nodes: addendumNodes). Pure:
 * files are read by the caller, ids come from `ids`. Any text missing in the language, any phrase missing, an item not on the agenda: every problem
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

  const text = itemPhrases(template, facts, itemIndex, lang, phrases);
  const { structure } = template;
  const { title, introduction, sections, lockedIds } = addendumNodes(structure, text, options.ids);
  const metadataInput = {
    symbol:
      facts.session.reportSymbol && text.item.addendum
        ? `${facts.session.reportSymbol}/Add.${text.item.addendum}`
        : null,
    language: lang,
    originalLanguage: facts.session.originalLanguage ?? null,
    distribution: 'limited',
    date: options.date ?? null,
    body: text.line(structure.metadata.body),
    session: text.line(structure.metadata.session),
    agendaItem: text.line(structure.metadata.agendaItem),
    template: template.name,
  };
  if (text.problems.length > 0) return { ok: false, problems: [...text.problems] };

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
  const doc = addendumSchema.node('doc', null, [title, ...introduction, ...sections]);
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
  return { ok: true, draft: { metadata: draftMetadata, doc }, direction: text.rules.direction, lockedIds };
}
