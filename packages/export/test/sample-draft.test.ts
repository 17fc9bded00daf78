import { numberDocument, stringifyDraft, validate } from '@rapporteur/document';
import { officialLanguages, parseJointSymbol } from '@rapporteur/symbols';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../src/index.js';

describe('sample drafts', () => {
  it('have exactly the number of paragraphs asked for and no problems, in every language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom(...officialLanguages),
        fc.nat(),
        (paragraphs, language, seed) => {
          const draft = sampleDraft({ paragraphs, language, seed });
          const numbering = numberDocument(draft.doc);
          expect(numbering.labels.filter((label) => label.kind === 'paragraph')).toHaveLength(paragraphs);
          expect(validate(draft.doc, numbering)).toEqual([]);
          expect(draft.metadata.language).toBe(language);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are the same bytes for the same seed and differ for another seed', () => {
    const one = stringifyDraft(sampleDraft({ paragraphs: 200, language: 'zh', seed: 7 }));
    expect(stringifyDraft(sampleDraft({ paragraphs: 200, language: 'zh', seed: 7 }))).toBe(one);
    expect(stringifyDraft(sampleDraft({ paragraphs: 200, language: 'zh', seed: 8 }))).not.toBe(one);
  });

  it('hold sections A and B, sub-headings, items, valid symbols (joint ones too) and cross-references to earlier paragraphs', () => {
    const { doc } = sampleDraft({ paragraphs: 2000, language: 'en' });
    const numbering = numberDocument(doc);
    const counts = new Map<string, number>();
    const symbols: string[] = [];
    const backwards: boolean[] = [];
    doc.descendants((node, pos) => {
      counts.set(node.type.name, (counts.get(node.type.name) ?? 0) + 1);
      if (node.type.name === 'symbol') symbols.push(String(node.attrs.symbol));
      if (node.type.name === 'cross_reference') {
        const target = numbering.byId(String(node.attrs.target));
        backwards.push(target !== undefined && target.pos < pos);
      }
    });
    expect(counts.get('section')).toBe(2);
    expect(counts.get('subsection')).toBe(5);
    for (const type of ['subheading', 'item', 'quote', 'footnote'])
      expect(counts.get(type) ?? 0).toBeGreaterThan(0);
    expect(backwards.length).toBeGreaterThan(100);
    expect(backwards.every(Boolean)).toBe(true);
    expect(symbols.every((symbol) => parseJointSymbol(symbol).ok)).toBe(true);
    expect(symbols.some((symbol) => symbol.includes('-'))).toBe(true);
    expect(symbols.some((symbol) => symbol.endsWith('/Corr.1'))).toBe(true);
  });

  it('refuses a paragraph count that is not a whole number of at least 1', () => {
    expect(() => sampleDraft({ paragraphs: 0, language: 'en' })).toThrow(/at least 1/);
    expect(() => sampleDraft({ paragraphs: 2.5, language: 'en' })).toThrow(/whole number/);
  });
});
