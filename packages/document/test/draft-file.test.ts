import { describe, expect, it } from 'vitest';
import {
  createBuilders,
  type Draft,
  draftToJson,
  parseDraft,
  readDraft,
  stringifyDraft,
} from '../src/index.js';
import { englishItem6Metadata, seedDraft } from './seed.js';

const b = createBuilders();
const sample: Draft = {
  metadata: englishItem6Metadata('E/CN.15/2019/L.1/Add.6', null),
  doc: b.doc('Title', b.paragraph('At its 6th meeting, see ', b.symbol('E/CN.15/2019/8'), '.')),
};

const problemsOf = (json: unknown) => {
  const read = readDraft(json);
  if (read.ok) throw new Error('expected problems');
  return read.problems;
};

describe('draft files', () => {
  it('reads back what it writes, byte for byte', () => {
    const text = stringifyDraft(sample);
    const read = parseDraft(text);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.draft.doc.eq(sample.doc)).toBe(true);
      expect(stringifyDraft(read.draft)).toBe(text);
    }
  });

  it('round-trips the seed fixture unchanged', () => {
    const seed = seedDraft();
    expect(stringifyDraft(seed)).toBe(
      stringifyDraft((parseDraft(stringifyDraft(seed)) as { draft: Draft }).draft),
    );
  });

  it('names an unknown node type by its JSON path', () => {
    const json = draftToJson(sample);
    (json.document.content as Array<Record<string, unknown>>)[1]!.type = 'tabel';
    expect(problemsOf(json)).toEqual([
      { path: 'document.content[1].type', message: 'unknown node type "tabel"' },
    ]);
  });

  it('names a wrongly typed attribute and a missing one', () => {
    const json = draftToJson(sample);
    const paragraph = (json.document.content as Array<Record<string, unknown>>)[1]!;
    paragraph.attrs = { id: 5, numbered: 'yes' };
    const symbol = (paragraph.content as Array<Record<string, unknown>>)[1]!;
    symbol.attrs = {};
    expect(problemsOf(json)).toEqual([
      { path: 'document.content[1].attrs.id', message: 'expected string, got number' },
      { path: 'document.content[1].attrs.numbered', message: 'expected boolean, got string' },
      {
        path: 'document.content[1].content[1].attrs.symbol',
        message: 'a symbol node needs the attribute "symbol"',
      },
    ]);
  });

  it('names an attribute the node type does not have, even one named like an object method', () => {
    const json = draftToJson(sample);
    const paragraph = (json.document.content as Array<Record<string, unknown>>)[1]!;
    paragraph.attrs = { ...(paragraph.attrs as object), toString: 'x', colour: 'blue' };
    expect(problemsOf(json)).toEqual([
      { path: 'document.content[1].attrs.toString', message: 'a paragraph node has no attribute "toString"' },
      { path: 'document.content[1].attrs.colour', message: 'a paragraph node has no attribute "colour"' },
    ]);
  });

  it('names content that is not allowed where it stands', () => {
    const json = draftToJson(sample);
    (json.document.content as unknown[]).reverse();
    const problems = problemsOf(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('document.content');
    expect(problems[0]?.message).toMatch(/^a doc cannot hold \[paragraph, title\]/);
  });

  it('names a node left without the content its type requires, with or without an empty content list', () => {
    const json = draftToJson(sample);
    const content = json.document.content as Array<Record<string, unknown>>;
    content.splice(
      1,
      0,
      { type: 'item_list', attrs: { id: 'l1' } },
      { type: 'item_list', attrs: { id: 'l2' }, content: [] },
    );
    expect(problemsOf(json)).toEqual([
      { path: 'document.content[1].content', message: 'a item_list cannot hold []; it holds item+' },
      { path: 'document.content[2].content', message: 'a item_list cannot hold []; it holds item+' },
    ]);
  });

  it('names content problems in document order, a node before the nodes inside it', () => {
    const json = draftToJson(sample);
    const content = json.document.content as Array<Record<string, unknown>>;
    // A paragraph inside the title, and the document's own children out of order around it.
    content[0]!.content = [{ type: 'paragraph', attrs: { id: 'p9' }, content: [{ type: 'title' }] }];
    content.reverse();
    expect(problemsOf(json).map((problem) => problem.path)).toEqual([
      'document.content',
      'document.content[1].content',
      'document.content[1].content[0].content',
    ]);
  });

  it('reports no content problem while the JSON itself has one', () => {
    const json = draftToJson(sample);
    const content = json.document.content as Array<Record<string, unknown>>;
    content.reverse();
    content[0]!.attrs = { id: 7 };
    expect(problemsOf(json)).toEqual([
      { path: 'document.content[0].attrs.id', message: 'expected string, got number' },
    ]);
  });

  it('reports every metadata problem with its path', () => {
    const json = draftToJson(sample) as unknown as { metadata: Record<string, unknown> };
    json.metadata.symbol = 'javascript:alert(1)';
    json.metadata.language = 'de';
    json.metadata.date = '2019-02-30';
    json.metadata.colour = 'blue';
    const paths = problemsOf(json).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['metadata.symbol', 'metadata.language', 'metadata.date', 'metadata']),
    );
  });

  it('refuses a file that is not a draft, and JSON that does not parse', () => {
    expect(problemsOf({ format: 'other', version: 1 })[0]?.message).toMatch(/not a Rapporteur draft/);
    expect(problemsOf({ format: 'rapporteur.draft', version: 9, metadata: {}, document: {} })[0]).toEqual({
      path: 'version',
      message: 'this program reads draft format version 1',
    });
    const read = parseDraft('{"format": ');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('reports a date in the wrong shape as a problem instead of failing', () => {
    const json = draftToJson(sample) as unknown as { metadata: Record<string, unknown> };
    json.metadata.date = '2019-5-3';
    expect(problemsOf(json)).toEqual([
      { path: 'metadata.date', message: 'a date is written YYYY-MM-DD' },
      { path: 'metadata.date', message: 'not a calendar date' },
    ]);
  });

  it('normalises a joint symbol written with an en dash in the metadata', () => {
    const json = draftToJson(sample) as unknown as { metadata: Record<string, unknown> };
    json.metadata.symbol = 'E/CN.7/2019/2–E/CN.15/2019/2';
    const read = readDraft(json);
    expect(read.ok && read.draft.metadata.symbol).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
  });
});
