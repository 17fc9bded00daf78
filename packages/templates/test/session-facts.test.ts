import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countries, instantiate, readSessionFacts } from '../src/index.js';
import { addendumTemplate, counterIds, seedFacts, seedFactsJson } from './files.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit parsed JSON fixtures freely
type Json = Record<string, any>;
const withChange = (change: (facts: Json) => void) => {
  const json = seedFactsJson() as Json;
  change(json);
  return readSessionFacts(json);
};

describe('reading session facts', () => {
  it("reads the seed's session", () => {
    const read = readSessionFacts(seedFactsJson());
    expect(read.ok).toBe(true);
  });

  it('reports every error at once, each with its JSON path', () => {
    const read = withChange((facts) => {
      facts.session.startDate = '2019-02-30';
      facts.agenda[0].statements.states[2] = 'XYZ';
      facts.agenda[0].title.ch = '中文';
      facts.documents[0].symbol = 'E/CN.15/2019//2';
      delete facts.body.shortName;
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const paths = read.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'session.startDate',
        'agenda[0].statements.states[2]',
        'agenda[0].title',
        'documents[0].symbol',
        'body.shortName',
      ]),
    );
    expect(read.problems.find((p) => p.path === 'agenda[0].statements.states[2]')?.message).toContain(
      'unknown country code "XYZ"',
    );
  });

  it('refuses a file that is not session facts, naming the format it expects', () => {
    const read = readSessionFacts({ format: 'rapporteur.draft', version: 1 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ path: 'format' });
  });

  it('refuses references to meetings and documents that the session does not have', () => {
    const read = withChange((facts) => {
      facts.agenda[0].meetings.push(12);
      facts.agenda[0].documents.push('E/CN.15/2019/99');
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { path: 'agenda[0].meetings[2]', message: "meeting 12 is not among the session's meetings" },
      {
        path: 'agenda[0].documents[6]',
        message: "document E/CN.15/2019/99 is not among the session's documents",
      },
    ]);
  });

  it('refuses a corrigendum that belongs to another document', () => {
    const read = withChange((facts) => {
      facts.documents[3].corrigenda = ['E/CN.15/2019/8/Corr.1'];
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.path).toBe('documents[3].corrigenda[0]');
  });
});

describe('instantiating with bad input', () => {
  it('names an item that is not on the agenda', () => {
    const result = instantiate(addendumTemplate(), seedFacts(), { item: 5, lang: 'en', ids: counterIds() });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'agenda', message: 'agenda item 5 is not on the agenda (items: 6)' }],
    });
  });

  it('names every fact that lacks the requested language, and makes no draft', () => {
    const json = seedFactsJson() as Json;
    delete json.agenda[0].title.fr;
    delete json.agenda[0].subItems[1].title.fr;
    delete json.documents[2].description.fr;
    const result = instantiate(addendumTemplate(), seedFacts(json), {
      item: 6,
      lang: 'fr',
      ids: counterIds(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'agenda[0].title.fr',
      'agenda[0].subItems[1].title.fr',
      'documents[2].description.fr',
    ]);
  });

  it("names the body's missing gender where a language needs it", () => {
    const json = seedFactsJson() as Json;
    json.body.gender = {};
    const result = instantiate(addendumTemplate(), seedFacts(json), {
      item: 6,
      lang: 'ru',
      ids: counterIds(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('body.gender');
  });
});

describe('speaker lists of any size and order', () => {
  const codes = [...countries.keys()];
  it('always give a valid draft with every State named, in the order given, and no blank', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 6 }),
        fc.constantFrom('ar', 'zh', 'en', 'fr', 'ru', 'es' as const),
        (states, observers, lang) => {
          const json = seedFactsJson() as Json;
          json.agenda[0].statements.states = states;
          json.agenda[0].statements.observerStates = observers;
          const result = instantiate(addendumTemplate(), seedFacts(json), {
            item: 6,
            lang,
            ids: counterIds(),
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const text = result.draft.doc.textContent;
          expect(text).not.toMatch(/undefined|\{|\}/);
          const names = states.map((code) => {
            const n = countries.get(code)!.names;
            return lang === 'ru' ? n.ruGenitive : n[lang];
          });
          let from = 0;
          for (const name of names) {
            const at = text.indexOf(name.replace(/^(le|la|les|el|los|las) /, ''), from);
            expect(at).toBeGreaterThanOrEqual(from);
            from = at;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
