import { createBuilders, type Draft, type InlineInput } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { samplePhrases } from './sample-phrases.js';
import { sampleSymbol } from './sample-symbols.js';
import { pick, seededRandom } from './seeded-random.js';

/** What sample draft to make: how many numbered paragraphs, in which language, from which seed. */
export interface SampleOptions {
  readonly paragraphs: number;
  readonly language: OfficialLanguage;
  /** Same seed, same draft; `defaultSampleSeed` when absent. */
  readonly seed?: number;
}

/** The seed used when none is given, so `rapporteur sample` without --seed is reproducible. */
export const defaultSampleSeed = 20190523;

/**
 * A realistic large addendum for benchmarks and tests, shaped like the seed: the title, paragraph
 * 1 quoting the agenda item with its sub-items, paragraph 2 listing the documents (with symbols),
 * speakers paragraphs, then "A. Deliberations" with one numbered sub-heading per sub-item (some
 * with unnumbered sub-headings and item lists) and "B. Action taken". Sentences come from the
 * language's phrase bank, with real-looking symbols, cross-references to earlier paragraphs and a
 * few footnotes. Exactly `paragraphs` numbered paragraphs; the draft is valid. Pure: the same
 * options give the same draft, byte for byte.
 */
export function sampleDraft(options: SampleOptions): Draft {
  const { paragraphs: total, language } = options;
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`A sample needs a whole number of paragraphs, at least 1 (got ${total})`);
  }
  const random = seededRandom(options.seed ?? defaultSampleSeed);
  const words = samplePhrases[language];
  const b = createBuilders('s');
  const numberedIds: string[] = [];

  const fill = (template: string, list?: string): InlineInput[] =>
    template
      .split(/(\{s\}|\{r\}|\{list\})/)
      .map((part) => {
        if (part === '{s}') return b.symbol(sampleSymbol(random));
        if (part === '{r}') return b.crossReference(pick(random, numberedIds));
        if (part === '{list}') return list ?? '';
        return part;
      })
      .filter((part) => part !== '');
  const paragraph = (...inline: InlineInput[]): Node => {
    const node = b.paragraph(...inline);
    numberedIds.push(String(node.attrs.id));
    return node;
  };
  const sentence = (bank: readonly string[]): Node => {
    const usable = numberedIds.length > 0 ? bank : bank.filter((template) => !template.includes('{r}'));
    const inline = fill(pick(random, usable));
    if (random() < 0.03) inline.push(b.footnote(pick(random, words.footnotes)));
    return paragraph(...inline);
  };
  const speakers = (template: string): Node => {
    const names = words.states.filter(() => random() < 0.5);
    const list = names.length < 2 ? words.states.slice(0, 3) : names;
    const joined = `${list.slice(0, -1).join(words.listJoin.separator)}${words.listJoin.last}${list.at(-1)}`;
    return paragraph(...fill(template, joined));
  };

  const intro: Node[] = [];
  const introPlan: Array<() => Node[]> = [
    () => [paragraph(words.considered), b.quote(words.quotedItem, b.items(...words.subItems))],
    () => [paragraph(words.documentsIntro), b.items(...words.documents.map((text) => b.item(fill(text))))],
    ...words.speakers.map((template) => () => [speakers(template)]),
  ];
  for (const make of introPlan.slice(0, Math.min(introPlan.length, total))) intro.push(...make());

  const rest = total - numberedIds.length;
  const sections: Node[] = [];
  if (rest >= 2) {
    const actionCount = Math.max(1, Math.round(rest * 0.1));
    const deliberationCount = rest - actionCount;
    const subsections = words.subItems.map((subItem, index) => {
      const share =
        Math.floor((deliberationCount * (index + 1)) / words.subItems.length) -
        Math.floor((deliberationCount * index) / words.subItems.length);
      const blocks: Node[] = [];
      for (let i = 0; i < share; i += 1) {
        if (i > 0 && random() < 0.04) blocks.push(b.subheading(pick(random, words.subheadings)));
        blocks.push(sentence(words.sentences));
        if (random() < 0.05) {
          blocks.push(
            b.items(
              b.item(fill(pick(random, words.documents)), b.items(words.subItems[0]!)),
              b.item(fill(pick(random, words.documents))),
            ),
          );
        }
      }
      return b.subsection(subItem.replace(/[\s\u00a0；;:：。.”»"؛]+$/u, ''), ...blocks);
    });
    const actions: Node[] = [];
    for (let i = 0; i < actionCount; i += 1) actions.push(sentence(words.actions));
    sections.push(
      b.section(
        'deliberations',
        words.deliberations,
        ...subsections.filter((subsection) => subsection.childCount > 1),
      ),
      b.section('actionTaken', words.actionTaken, ...actions),
    );
  } else {
    for (let i = 0; i < rest; i += 1) intro.push(sentence(words.sentences));
  }

  return {
    metadata: {
      symbol: `E/CN.15/2019/L.1/Add.${1 + Math.floor(random() * 9)}`,
      language,
      originalLanguage: 'en',
      distribution: 'limited',
      date: '2019-05-23',
      body: words.body,
      session: words.session,
      agendaItem: '6',
      template: 'agenda-item-addendum',
    },
    doc: b.doc(b.title(words.title), ...intro, ...sections),
  };
}
