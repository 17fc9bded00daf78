import { createBuilders, toPlainText } from '@rapporteur/document';
import { officialLanguages } from '@rapporteur/symbols';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextExport, sampleDraft } from '../src/index.js';
import { inputOf, seedBlocks, seedDraft, withoutPdfSpaces } from './helpers.js';

describe('text export', () => {
  it('prints the seed back in its own layout, block for block with its numbers', () => {
    const lines = plainTextExport(inputOf(seedDraft())).trimEnd().split('\n');
    expect(lines.map(withoutPdfSpaces)).toEqual(seedBlocks().map((block) => withoutPdfSpaces(block.text)));
  });

  it('is the document package’s toPlainText for any sample draft', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(...officialLanguages),
        fc.nat(),
        (paragraphs, language, seed) => {
          const draft = sampleDraft({ paragraphs, language, seed });
          expect(plainTextExport(inputOf(draft))).toBe(toPlainText(draft.doc, language));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('prints cross-references with the current number and footnotes after the body', () => {
    const b = createBuilders();
    const target = b.paragraph('Target.');
    const doc = b.doc(
      'Title',
      target,
      b.paragraph('See ', b.crossReference(String(target.attrs.id)), b.footnote('A note.')),
    );
    const text = plainTextExport(inputOf({ metadata: { ...seedDraft().metadata, language: 'en' }, doc }));
    expect(text).toBe('Addendum\nTitle\n1. Target.\n2. See paragraph 1[1]\n1 A note.\n');
  });

  it('starts with the not-valid line when the draft has problems', () => {
    const b = createBuilders();
    const doc = b.doc('Title', b.paragraph(''));
    const input = inputOf({ metadata: { ...seedDraft().metadata, language: 'en' }, doc });
    expect(input.valid).toBe(false);
    expect(plainTextExport(input).split('\n')[0]).toBe(
      'Not valid: this text has unresolved problems and must not be issued.',
    );
  });
});
