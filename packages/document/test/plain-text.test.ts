import { describe, expect, it } from 'vitest';
import { createBuilders, toPlainText } from '../src/index.js';
import { seedBlocks, seedDraft, withoutPdfSpaces } from './seed.js';

describe('toPlainText', () => {
  it('prints the seed back block for block, numbers included', () => {
    const { doc, metadata } = seedDraft();
    const lines = toPlainText(doc, metadata.language).trimEnd().split('\n');
    const expected = seedBlocks().map((block) => block.text);
    expect(lines.map(withoutPdfSpaces)).toEqual(expected.map(withoutPdfSpaces));
  });

  it('prints the label, the title and one block per line with its number', () => {
    const b = createBuilders();
    const doc = b.doc(
      'Title',
      b.paragraph('One ', b.symbol('E/CN.15/2019/4'), '.'),
      b.quote('“Quoted:', b.items('first;', 'second.”')),
      b.section(
        'deliberations',
        'Deliberations',
        b.subsection('Sub', b.subheading('Aside'), b.paragraph('Two')),
      ),
      b.section('actionTaken', 'Action taken', b.paragraph('Three')),
    );
    expect(toPlainText(doc, 'en')).toBe(
      [
        'Addendum',
        'Title',
        '1. One E/CN.15/2019/4.',
        '“Quoted:',
        '(a) first;',
        '(b) second.”',
        'A. Deliberations',
        '1. Sub',
        'Aside',
        '2. Two',
        'B. Action taken',
        '3. Three',
        '',
      ].join('\n'),
    );
  });

  it('prints the addendum label in the document’s language', () => {
    const b = createBuilders();
    const doc = b.doc('T');
    expect(
      ['ar', 'zh', 'en', 'es', 'fr', 'ru'].map((lang) => toPlainText(doc, lang as 'en').split('\n')[0]),
    ).toEqual(['إضافة', '增编', 'Addendum', 'Adición', 'Additif', 'Добавление']);
  });
});
