import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { createBuilders, itemLabel, letterFor, numberDocument, plainBlocks, romanFor } from '../src/index.js';
import { seedBlocks, seedDraft } from './seed.js';

describe('numberDocument', () => {
  it('numbers the seed exactly as it was printed: paragraphs 1–24, sub-headings 1–5 under A, items (a)–(e) and (a)–(f)', () => {
    const { doc, metadata } = seedDraft();
    const printed = seedBlocks().map((block) => {
      const number = /^(\d+\.|[A-Z]\.|\([a-z]+\))/.exec(block.text);
      return { kind: block.kind, number: number ? number[1] : '' };
    });
    const ours = plainBlocks(doc, metadata.language).map((block) => block.label);
    expect(ours).toEqual(printed.map((block) => (block.kind === 'label' ? '' : block.number)));

    const numbering = numberDocument(doc);
    const paragraphs = numbering.labels
      .filter((label) => label.kind === 'paragraph')
      .map((label) => label.value);
    expect(paragraphs).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const subsections = numbering.labels
      .filter((label) => label.kind === 'subsection')
      .map((label) => label.label);
    expect(subsections).toEqual(['1.', '2.', '3.', '4.', '5.']);
    const sections = numbering.labels.filter((label) => label.kind === 'section').map((label) => label.label);
    expect(sections).toEqual(['A.', 'B.']);
  });

  it('numbers paragraphs consecutively through sections and sub-sections, skipping unnumbered ones', () => {
    const b = createBuilders();
    const doc = b.doc(
      'Title',
      b.paragraph('one'),
      b.unnumbered('not numbered'),
      b.section(
        'deliberations',
        'Deliberations',
        b.paragraph('two'),
        b.subsection('First', b.paragraph('three'), b.subheading('aside'), b.paragraph('four')),
      ),
      b.section('actionTaken', 'Action taken', b.paragraph('five')),
    );
    const blocks = plainBlocks(doc, 'en').filter((block) => block.kind === 'paragraph');
    expect(blocks.map((block) => `${block.label} ${block.text}`.trim())).toEqual([
      '1. one',
      'not numbered',
      '2. two',
      '3. three',
      '4. four',
      '5. five',
    ]);
  });

  it('restarts sub-section numbers in each section', () => {
    const b = createBuilders();
    const doc = b.doc(
      'T',
      b.section(null, 'A', b.subsection('x'), b.subsection('y')),
      b.section(null, 'B', b.subsection('z')),
    );
    const labels = numberDocument(doc).labels.map((label) => `${label.kind}:${label.label}`);
    expect(labels).toEqual(['section:A.', 'subsection:1.', 'subsection:2.', 'section:B.', 'subsection:1.']);
  });

  it('letters items per list and nests (a) → (i) → a. → i.', () => {
    const b = createBuilders();
    const deep = b.items(b.item('d1', b.items('e1', 'e2')));
    const doc = b.doc(
      'T',
      b.paragraph('intro'),
      b.items('first', b.item('second', b.items('i', b.item('ii', deep))), 'third'),
      b.paragraph('next'),
      b.items('again'),
    );
    const items = plainBlocks(doc, 'en')
      .filter((block) => block.kind === 'item')
      .map((block) => `${block.label} ${block.text}`);
    expect(items).toEqual([
      '(a) first',
      '(b) second',
      '(i) i',
      '(ii) ii',
      'a. d1',
      'i. e1',
      'ii. e2',
      '(c) third',
      '(a) again',
    ]);
  });

  it('numbers footnotes through the whole text', () => {
    const b = createBuilders();
    const doc = b.doc(
      'T',
      b.paragraph('a', b.footnote('first note')),
      b.paragraph('b', b.footnote('second note')),
    );
    expect(plainBlocks(doc, 'en').map((block) => `${block.label}|${block.text}`)).toEqual([
      '|Addendum',
      '|T',
      '1.|a[1]',
      '2.|b[2]',
      '1|first note',
      '2|second note',
    ]);
  });

  it('looks numbers up by stable id, so a cross-reference follows its paragraph when numbers move', () => {
    const b = createBuilders();
    const target = b.withId(b.paragraph('target'), 'target');
    const before = b.doc('T', b.paragraph('x'), target, b.paragraph('see ', b.crossReference('target')));
    const after = b.doc(
      'T',
      b.paragraph('new'),
      b.paragraph('x'),
      target,
      b.paragraph('see ', b.crossReference('target')),
    );
    expect(numberDocument(before).paragraphNumber('target')).toBe(2);
    expect(numberDocument(after).paragraphNumber('target')).toBe(3);
    expect(plainBlocks(after, 'zh').at(-1)?.text).toBe('see 第 3 段');
    expect(plainBlocks(after, 'en').at(-1)?.text).toBe('see paragraph 3');
  });

  it('gives every numbered paragraph the numbers 1…n in document order, whatever the structure', () => {
    const shape = fc.array(
      fc.oneof(
        fc.constant('p' as const),
        fc.constant('u' as const),
        fc.constant('list' as const),
        fc.constant('section' as const),
        fc.constant('sub' as const),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(shape, (steps) => {
        const b = createBuilders();
        const intro = [] as ReturnType<typeof b.paragraph>[];
        const sections: Array<{
          children: ReturnType<typeof b.paragraph>[];
          subs: ReturnType<typeof b.paragraph>[][];
        }> = [];
        let expected = 0;
        const current = () => {
          const section = sections.at(-1);
          return section ? (section.subs.at(-1) ?? section.children) : intro;
        };
        for (const step of steps) {
          if (step === 'p') {
            expected += 1;
            current().push(b.paragraph(`p${expected}`));
          } else if (step === 'u') current().push(b.unnumbered('u'));
          else if (step === 'list') current().push(b.items('x', 'y'));
          else if (step === 'section') sections.push({ children: [], subs: [] });
          else sections.at(-1)?.subs.push([]);
        }
        const doc = b.doc(
          'T',
          ...intro,
          ...sections.map((s) =>
            b.section(null, 'S', ...s.children, ...s.subs.map((children) => b.subsection('s', ...children))),
          ),
        );
        const numbers = numberDocument(doc)
          .labels.filter((label) => label.kind === 'paragraph')
          .map((label) => label.value);
        expect(numbers).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
        const texts = plainBlocks(doc, 'en').filter((block) => block.kind === 'paragraph' && block.label);
        for (const block of texts) expect(block.text).toBe(`p${block.label.replace('.', '')}`);
      }),
    );
  });
});

describe('numberDocument positions', () => {
  const kindOf: Record<string, string> = {
    paragraph: 'paragraph',
    section: 'section',
    subsection: 'subsection',
    item: 'item',
    footnote: 'footnote',
  };

  /** Every numbered node ProseMirror's own walk finds, with its position, in document order. */
  const numberedNodes = (doc: Node) => {
    const found: Array<{ kind: string; pos: number }> = [];
    doc.descendants((node, pos) => {
      const kind = kindOf[node.type.name];
      if (kind && (node.type.name !== 'paragraph' || node.attrs.numbered)) found.push({ kind, pos });
    });
    return found;
  };

  it('puts every label at the position of the node it numbers, in the seed', () => {
    const { doc } = seedDraft();
    const labels = numberDocument(doc).labels.map(({ kind, pos }) => ({ kind, pos }));
    expect(labels).toEqual(numberedNodes(doc));
  });

  it('puts every label at the position of the node it numbers, whatever the nesting of lists and footnotes', () => {
    const inline = fc.array(fc.constantFrom('text', 'footnote', 'symbol'), { maxLength: 4 });
    interface ItemSpec {
      text: string[];
      sub: ItemSpec[] | undefined;
    }
    const list: fc.Memo<ItemSpec[]> = fc.memo((depth) =>
      fc.array(
        fc.record({
          text: inline,
          sub: depth > 1 ? fc.option(list(depth - 1), { nil: undefined }) : fc.constant(undefined),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    );
    const block = fc.oneof(
      fc.record({ kind: fc.constant('p' as const), text: inline, numbered: fc.boolean() }),
      fc.record({ kind: fc.constant('list' as const), items: list(3) }),
    );
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 8 }),
        fc.array(block, { maxLength: 8 }),
        (intro, inSection) => {
          const b = createBuilders();
          const parts = (kinds: string[]) =>
            kinds.map((kind) =>
              kind === 'footnote' ? b.footnote('n') : kind === 'symbol' ? b.symbol('A/1') : 'words ',
            );
          const items = (entries: ItemSpec[]): Node =>
            b.items(
              ...entries.map((entry) => b.item(parts(entry.text), entry.sub ? items(entry.sub) : undefined)),
            );
          const blocks = (specs: typeof intro) =>
            specs.map((spec) =>
              spec.kind === 'list'
                ? items(spec.items)
                : spec.numbered
                  ? b.paragraph(...parts(spec.text))
                  : b.unnumbered(...parts(spec.text)),
            );
          const doc = b.doc('T', ...blocks(intro), b.section(null, 'S', ...blocks(inSection)));
          const labels = numberDocument(doc).labels.map(({ kind, pos }) => ({ kind, pos }));
          expect(labels).toEqual(numberedNodes(doc));
        },
      ),
    );
  });
});

describe('number formats', () => {
  it('letters a…z, then aa, bb as the UN does', () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(letterFor)).toEqual(['a', 'b', 'z', 'aa', 'bb', 'zz', 'aaa']);
  });

  it('writes lower-case Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 1994].map(romanFor)).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
      'ix',
      'xiv',
      'xl',
      'mcmxciv',
    ]);
  });

  it('writes every number from 1 to 3999 as the one canonical Roman numeral that reads back as it', () => {
    const values: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
    const canonical = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
    for (let n = 1; n <= 3999; n++) {
      const numeral = romanFor(n);
      expect(numeral).toMatch(canonical);
      let read = 0;
      for (let i = 0; i < numeral.length; i++) {
        const value = values[numeral[i]!]!;
        const next = i + 1 < numeral.length ? values[numeral[i + 1]!]! : 0;
        read += value < next ? -value : value;
      }
      expect(read).toBe(n);
    }
  });

  it('labels item levels in the Editorial Manual order', () => {
    expect([0, 1, 2, 3].map((level) => itemLabel(level, 2))).toEqual(['(b)', '(ii)', 'b.', 'ii.']);
  });

  it('refuses numbers below 1', () => {
    expect(() => letterFor(0)).toThrow(RangeError);
    expect(() => romanFor(-1)).toThrow(RangeError);
  });
});
