import { parseJointSymbol } from '@rapporteur/symbols';
import { describe, expect, it } from 'vitest';
import { addendumSchema, createBuilders, rememberingSymbolParses, validate } from '../src/index.js';
import { seedDraft } from './seed.js';

const codes = (problems: ReturnType<typeof validate>) => problems.map((problem) => problem.code);

describe('validate', () => {
  it('finds nothing wrong with the seed', () => {
    expect(validate(seedDraft().doc)).toEqual([]);
  });

  it('reports a section A without a section B', () => {
    const b = createBuilders();
    const doc = b.doc('T', b.paragraph('x'), b.section('deliberations', 'Deliberations', b.paragraph('y')));
    const problems = validate(doc);
    expect(codes(problems)).toEqual(['section-without-pair']);
    expect(problems[0]?.message).toMatch(/section A but no section B/);
    expect(doc.nodeAt(problems[0]!.pos)?.type.name).toBe('section');
  });

  it('reports an empty numbered paragraph by its number and where it is', () => {
    const b = createBuilders();
    const doc = b.doc('T', b.paragraph('x'), b.paragraph(''), b.unnumbered(''));
    const problems = validate(doc);
    expect(codes(problems)).toEqual(['empty-paragraph']);
    expect(problems[0]?.message).toBe('Paragraph 2 is empty: write its text or delete it.');
    expect(doc.nodeAt(problems[0]!.pos)?.attrs.id).toBe(problems[0]?.id);
  });

  it('reports duplicate and missing ids', () => {
    const b = createBuilders();
    const first = b.paragraph('x');
    const doc = b.doc('T', first, b.withId(b.paragraph('y'), first.attrs.id), b.withId(b.paragraph('z'), ''));
    expect(codes(validate(doc))).toEqual(['duplicate-id', 'missing-id']);
  });

  it('parses symbols with the parser it is given, so an export can reuse the parses', () => {
    const b = createBuilders();
    const doc = b.doc('T', b.paragraph('see ', b.symbol('E/CN.15/2019/8'), ' and ', b.symbol('E//CN.15')));
    const parsed: string[] = [];
    const problems = validate(doc, undefined, {
      parseSymbol: (written) => {
        parsed.push(written);
        return parseJointSymbol(written);
      },
    });
    expect(parsed).toEqual(['E/CN.15/2019/8', 'E//CN.15']);
    expect(codes(problems)).toEqual(['invalid-symbol']);
  });

  it('remembers symbol parses: a symbol cited again is not parsed again', () => {
    const parse = rememberingSymbolParses();
    const first = parse('E/CN.7/2019/2–E/CN.15/2019/2');
    expect(first).toEqual(parseJointSymbol('E/CN.7/2019/2–E/CN.15/2019/2'));
    expect(parse('E/CN.7/2019/2–E/CN.15/2019/2')).toBe(first);
  });

  it('reports a symbol that does not parse, with the parser’s message', () => {
    const b = createBuilders();
    const doc = b.doc('T', b.paragraph('see ', b.symbol('E//CN.15')));
    const problems = validate(doc);
    expect(codes(problems)).toEqual(['invalid-symbol']);
    expect(problems[0]?.message).toMatch(/^"E\/\/CN\.15" is not a valid document symbol: /);
  });

  it('reports cross-references to missing and to unnumbered paragraphs', () => {
    const b = createBuilders();
    const unnumbered = b.withId(b.unnumbered('u'), 'u');
    const doc = b.doc('T', unnumbered, b.paragraph(b.crossReference('gone'), ' and ', b.crossReference('u')));
    expect(codes(validate(doc))).toEqual(['missing-reference', 'reference-to-unnumbered']);
  });

  it('reports items nested deeper than (a) → (i) → a. → i.', () => {
    const b = createBuilders();
    const tooDeep = b.items(
      b.item('1', b.items(b.item('2', b.items(b.item('3', b.items(b.item('4', b.items('5')))))))),
    );
    expect(codes(validate(b.doc('T', b.paragraph('p'), tooDeep)))).toEqual(['items-too-deep']);
  });

  it('reports empty titles and headings', () => {
    const b = createBuilders();
    const doc = b.doc('', b.section(null, '', b.subsection('')), b.section(null, 'B'));
    expect(codes(validate(doc))).toEqual(['empty-title', 'empty-heading', 'empty-heading']);
  });

  it('reports content that breaks the schema in a document built without checks', () => {
    const s = addendumSchema;
    const b = createBuilders();
    const broken = s.nodes.doc!.create(null, [b.paragraph('no title first')]);
    expect(codes(validate(broken))).toContain('invalid-structure');
  });
});
