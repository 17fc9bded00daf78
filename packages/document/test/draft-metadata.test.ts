import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftMetadataSchema } from '../src/index.js';
import { englishItem6Metadata } from './seed.js';

/** What the zod schema itself answers (parse always builds and runs the schema). */
function zodAnswer(value: unknown): { data: string } | { issues: string } {
  try {
    return { data: JSON.stringify(draftMetadataSchema.parse(value)) };
  } catch (error) {
    return { issues: JSON.stringify((error as { issues: unknown }).issues) };
  }
}

/** What safeParse answers, in the same form (key order included, as the exports print it). */
function safeParseAnswer(value: unknown): { data: string } | { issues: string } {
  const read = draftMetadataSchema.safeParse(value);
  return read.success ? { data: JSON.stringify(read.data) } : { issues: JSON.stringify(read.error.issues) };
}

/** Mostly values the schema accepts (so that whole records often are valid), sometimes absent, null or wrong. */
const field = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
  fc.oneof(
    { arbitrary: valid, weight: 12 },
    { arbitrary: fc.constantFrom(undefined, null), weight: 2 },
    { arbitrary: wrong, weight: 1 },
  );
const line = fc.oneof(
  fc.constantFrom(' Twenty-eighth session ', '6', 'x'.repeat(500), ` ${'y'.repeat(500)} `, '\tz\n'),
  fc.string({ minLength: 1 }),
);
const metadataLike = fc.record(
  {
    symbol: field(
      fc.constantFrom(
        'E/CN.15/2019/L.1/Add.1',
        'A/74/L.1-E/2019/L.2',
        'A/74/L.1\u2013E/2019/L.2',
        'S/RES/2467 (2019)',
      ),
      fc.oneof(fc.constantFrom('e/cn.15', 'A /74', 'http://x', ''), fc.string(), fc.integer()),
    ),
    language: field(fc.constantFrom('en', 'zh', 'fr', 'ar'), fc.constantFrom('de', 'EN', 1)),
    originalLanguage: field(fc.constantFrom('en', 'ar', 'ru'), fc.constantFrom('xx', 3)),
    distribution: field(fc.constantFrom('general', 'limited', 'restricted'), fc.constantFrom('public', 1)),
    date: field(
      fc.constantFrom('2019-05-23', '2020-02-29'),
      fc.oneof(fc.constantFrom('2019-02-30', '2019-5-23', 20190523), fc.string()),
    ),
    body: field(line, fc.constantFrom('', ' ', 'y'.repeat(501), true)),
    session: field(line, fc.constantFrom('', '  ', 7)),
    agendaItem: field(line, fc.constantFrom('', 'z'.repeat(600))),
    template: field(fc.constantFrom('agenda-item-addendum', 'x1-2'), fc.constantFrom('Agenda', 'a_b', '', 7)),
    extra: fc.constantFrom(undefined, 'x'),
  },
  { requiredKeys: ['language'] },
);

describe('draft metadata', () => {
  it('reads plainly valid metadata by hand exactly as the zod schema reads it', () => {
    const seed = englishItem6Metadata('E/CN.15/2019/L.1/Add.1', 'agenda-item-addendum');
    expect(safeParseAnswer(seed)).toEqual(zodAnswer(seed));
    expect(safeParseAnswer({ language: 'fr' })).toEqual({
      data: '{"symbol":null,"language":"fr","originalLanguage":null,"distribution":"limited","date":null,"body":null,"session":null,"agendaItem":null,"template":null}',
    });
  });

  it('gives the same data and the same issues as the zod schema for any metadata-like value', () => {
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: metadataLike, weight: 9 }, { arbitrary: fc.anything(), weight: 1 }),
        (value) => {
          expect(safeParseAnswer(value)).toEqual(zodAnswer(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
