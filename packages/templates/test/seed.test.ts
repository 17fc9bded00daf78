import { plainBlocks, validate } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { instantiate } from '../src/index.js';
import { addendumTemplate, counterIds, seedBlocks, seedFacts, withoutPdfSpaces } from './files.js';

const draftOf = (lang: 'zh' | 'en') => {
  const result = instantiate(addendumTemplate(), seedFacts(), { item: 6, lang, ids: counterIds() });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.draft;
};

/** The printed blocks of a draft as the seed's blocks file writes them: number and text on one line. */
const printed = (doc: Node, lang: 'zh' | 'en') =>
  plainBlocks(doc, lang).map((block) => ({
    kind: block.kind,
    text: block.label ? `${block.label} ${block.text}` : block.text,
  }));

const seedKind: Record<string, string> = {
  label: 'label',
  title: 'title',
  para: 'paragraph',
  quote: 'quote',
  item: 'item',
  section: 'section',
  subsection: 'subsection',
};

describe('the seed in Chinese', () => {
  it('gives the title, paragraphs 1–6 with their items, headings A and B and sub-headings 1–5 character for character', () => {
    const seed = seedBlocks();
    const introduction = seed.slice(
      0,
      seed.findIndex((block) => block.kind === 'section'),
    );
    const headings = seed.filter((block) => block.kind === 'section' || block.kind === 'subsection');
    const expected = [...introduction, ...headings].map((block) => ({
      kind: seedKind[block.kind],
      text: withoutPdfSpaces(block.text),
    }));
    const actual = printed(draftOf('zh').doc, 'zh').map((block) => ({
      ...block,
      text: withoutPdfSpaces(block.text),
    }));
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(27);
  });

  it('makes the documents before the Commission symbol nodes, the joint symbol and the corrigendum included', () => {
    const symbols: string[] = [];
    draftOf('zh').doc.descendants((node) => {
      if (node.type.name === 'symbol') symbols.push(String(node.attrs.symbol));
    });
    expect(symbols).toEqual([
      'E/CN.7/2019/2-E/CN.15/2019/2',
      'E/CN.15/2019/4',
      'E/CN.15/2019/5',
      'E/CN.15/2019/7',
      'E/CN.15/2019/7/Corr.1',
      'E/CN.15/2019/8',
      'E/CN.15/2019/14',
    ]);
  });

  it('writes a draft that validate accepts, with the masthead metadata of the addendum', () => {
    const draft = draftOf('zh');
    expect(validate(draft.doc)).toEqual([]);
    expect(draft.metadata).toEqual({
      symbol: 'E/CN.15/2019/L.1/Add.6',
      language: 'zh',
      originalLanguage: 'en',
      distribution: 'limited',
      date: null,
      body: '预防犯罪和刑事司法委员会',
      session: '第二十八届会议',
      agendaItem: '议程项目6',
      template: 'agenda-item-addendum',
    });
  });
});

describe('the seed in English', () => {
  const texts = () => printed(draftOf('en').doc, 'en').map((block) => block.text);

  it('uses the UN standard wording for the meetings, the documents and the statements', () => {
    const text = texts();
    expect(text).toContain(
      '1. At its 6th and 7th meetings, on 22 and 23 May 2019, the Commission considered agenda item 6, which read as follows:',
    );
    expect(text).toContain('2. For its consideration of item 6, the Commission had before it the following:');
    expect(text).toContain(
      '4. Statements were made by the representatives of Algeria, Japan, Thailand, the United States, Colombia, China, Italy, Indonesia, Iran (Islamic Republic of), India, Iraq, Morocco and Bulgaria.',
    );
    expect(text).toContain(
      '5. The observers for Romania, Tunisia, Canada, Azerbaijan, Venezuela (Bolivarian Republic of), Saudi Arabia, Viet Nam and the Sudan also made statements.',
    );
    expect(text).toContain(
      '(d) Report of the Secretary-General on the activities of the institutes of the United Nations crime prevention and criminal justice programme network (E/CN.15/2019/7 and E/CN.15/2019/7/Corr.1);',
    );
  });

  it('quotes the agenda item with its number and closes the quotation after the last sub-item', () => {
    const text = texts();
    expect(text[3]).toMatch(/^“6\. Integration and coordination .*criminal justice:$/);
    expect(text[8]).toMatch(/^\(e\) Other activities .*other bodies\.”$/);
  });

  it('heads the parts "A. Deliberations" and "B. Action taken"', () => {
    const text = texts();
    expect(text).toContain('A. Deliberations');
    expect(text).toContain('B. Action taken');
    expect(text.indexOf('B. Action taken')).toBe(text.length - 1);
  });
});
