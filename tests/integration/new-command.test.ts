import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDraft, validate } from '@rapporteur/document';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'packages/export/dist/cli/main.js');
const facts = join(root, 'demo/ccpcj-2019.json');
const seedBlocks = JSON.parse(
  readFileSync(new URL('../../../shared/seed/addendum-item6.zh.blocks.json', import.meta.url), 'utf8'),
).blocks as Array<{ kind: string; text: string }>;
const work = mkdtempSync(join(tmpdir(), 'rapporteur-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real `rapporteur` process, as `pnpm rapporteur …` does from the repository's root. */
function rapporteur(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The seed README's rule: spaces the PDF put around Latin letters and digits do not count. */
const withoutPdfSpaces = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》、]) ?/g, '$1')
    .trim();

/** `rapporteur new` for an agenda item of a facts file, in one language, written to `out`. */
const draftItem = (factsPath: string, item: string, lang: string, out: string, ...more: string[]) =>
  rapporteur(
    'new',
    '--template',
    'agenda-item-addendum',
    '--facts',
    factsPath,
    '--item',
    item,
    '--lang',
    lang,
    '--out',
    out,
    ...more,
  );

describe('rapporteur new, then export', () => {
  it('drafts the seed’s item 6 in Chinese: title, paragraphs 1–6 with their items, A, sub-headings 1–5 and B as printed', () => {
    const out = join(work, 'item6.zh.json');
    const made = draftItem(facts, '6', 'zh', out, '--date', '2019-05-23');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const text = rapporteur('export', out, '--format', 'txt', '--force');
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n').map(withoutPdfSpaces);
    const expected = seedBlocks
      .filter((block) =>
        ['label', 'title', 'para', 'quote', 'item', 'section', 'subsection'].includes(block.kind),
      )
      .filter((block) => block.kind !== 'para' || /^[1-6]\. /.test(block.text))
      .map((block) => withoutPdfSpaces(block.text));
    expect(lines).toEqual(expect.arrayContaining(expected));
    const firstSection = lines.indexOf(withoutPdfSpaces('A. 审议情况'));
    expect(lines.slice(0, firstSection)).toEqual(
      expected.slice(0, expected.indexOf(withoutPdfSpaces('A. 审议情况'))),
    );
  });

  it('drafts item 6 in each official language as a draft the document model reads', () => {
    for (const lang of ['ar', 'zh', 'en', 'es', 'fr', 'ru']) {
      const out = join(work, `item6.${lang}.json`);
      const made = draftItem(facts, '6', lang, out);
      expect(made.status, made.stderr).toBe(0);
      const read = parseDraft(readFileSync(out, 'utf8'));
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.draft.metadata.language).toBe(lang);
        const problems = validate(read.draft.doc).filter((problem) => problem.code !== 'empty-paragraph');
        expect(problems).toEqual([]);
        expect(readFileSync(out, 'utf8')).not.toMatch(/undefined|\{[a-z]+\}/);
      }
    }
  });

  it('refuses facts with errors, naming each by its JSON path, and writes nothing', () => {
    const broken = JSON.parse(readFileSync(facts, 'utf8'));
    broken.agenda[0].statements.states.push('XYZ');
    broken.session.year = 'last year';
    const path = join(work, 'broken-facts.json');
    writeFileSync(path, JSON.stringify(broken));
    const out = join(work, 'never.json');
    const made = draftItem(path, '6', 'en', out);
    expect(made.status).toBe(1);
    expect(made.stderr).toMatch(/session\.year: /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an item that is not on the agenda, and writes nothing', () => {
    const out = join(work, 'item9.json');
    const made = draftItem(facts, '9', 'en', out);
    expect(made.status).toBe(1);
    expect(made.stderr).toMatch(/9/);
    expect(existsSync(out)).toBe(false);
  });
});
