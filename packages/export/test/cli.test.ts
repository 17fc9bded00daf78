import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilders, parseDraft, stringifyDraft, toPlainText } from '@rapporteur/document';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { fakeIo } from './fake-io.js';
import { seedDraft, seedDraftPath } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-cli-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The bundled CLI that `pnpm rapporteur` runs (scripts/bundle-cli.mjs). */
const mainJs = new URL('../dist/cli/rapporteur.js', import.meta.url).pathname;
const sessionFactsPath = new URL('../../../demo/ccpcj-2019.json', import.meta.url).pathname;

/** A draft file with two problems: an empty paragraph and a cross-reference to nothing. */
function invalidDraftPath(): string {
  const b = createBuilders();
  const path = join(work, 'invalid.json');
  const doc = b.doc('Title', b.paragraph('See ', b.crossReference('nowhere'), '.'), b.paragraph(''));
  writeFileSync(path, stringifyDraft({ metadata: { ...seedDraft().metadata, language: 'en' }, doc }));
  return path;
}

describe('rapporteur export', () => {
  it('prints the seed as text on standard output', async () => {
    const io = fakeIo();
    expect(await runCli(['export', seedDraftPath, '--format', 'txt'], io)).toBe(0);
    expect(io.stdout.join('')).toBe(toPlainText(seedDraft().doc, 'zh'));
  });

  it('writes HTML to the --out file and nothing to standard output', async () => {
    const io = fakeIo();
    expect(await runCli(['export', seedDraftPath, '--format', 'html', '--out', '/x/seed.html'], io)).toBe(0);
    expect(io.stdout).toEqual([]);
    expect(String(io.files.get('/x/seed.html'))).toContain('id="para-24"');
  });

  it('lists the formats when the format is unknown or missing', async () => {
    const io = fakeIo();
    expect(await runCli(['export', seedDraftPath, '--format', 'rtf'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/unknown format "rtf": the formats are html, docx, pdf, akn, txt/);
    const none = fakeIo();
    expect(await runCli(['export', seedDraftPath], none)).toBe(2);
    expect(none.stderr.join('')).toContain('no --format given: the formats are html');
  });

  it('refuses an unknown paper size, naming the sizes', async () => {
    const io = fakeIo();
    expect(await runCli(['export', seedDraftPath, '--format', 'html', '--paper', 'a3'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('unknown paper "a3": use a4 or letter');
  });

  it('refuses a draft with problems and lists every problem', async () => {
    const io = fakeIo();
    expect(await runCli(['export', invalidDraftPath(), '--format', 'html', '--out', '/x/a.html'], io)).toBe(
      1,
    );
    const message = io.stderr.join('');
    expect(message).toContain('has 2 problems; fix them or export anyway with --force');
    expect(message).toContain('  - A cross-reference points to a paragraph that no longer exists.');
    expect(message).toMatch(/- Paragraph 2 is empty/);
    expect(io.files.size).toBe(0);
  });

  it('exports a draft with problems under --force, marked as not valid', async () => {
    const io = fakeIo();
    expect(
      await runCli(['export', invalidDraftPath(), '--format', 'html', '--out', '/x/a.html', '--force'], io),
    ).toBe(0);
    expect(String(io.files.get('/x/a.html'))).toContain('<p class="not-valid" role="alert">');
    expect(io.stderr.join('')).toContain('exported marked as not valid');
  });

  it('refuses a file that is not a draft, naming what is wrong', async () => {
    const path = join(work, 'not-a-draft.json');
    writeFileSync(path, '{"format":"something else"}');
    const io = fakeIo();
    expect(await runCli(['export', path, '--format', 'txt'], io)).toBe(1);
    expect(io.stderr.join('')).toContain(`${path} is not a valid draft:\n  format:`);
  });

  it('will not print a binary format on a terminal, but writes it to a pipe', async () => {
    for (const format of ['pdf', 'docx']) {
      const terminal = fakeIo({ stdoutIsTerminal: true });
      expect(await runCli(['export', seedDraftPath, '--format', format], terminal)).toBe(2);
      expect(terminal.stderr.join('')).toContain(`${format} is a binary format: give --out <file>`);
    }
    const pipe = fakeIo({ stdoutIsTerminal: false });
    expect(await runCli(['export', seedDraftPath, '--format', 'docx'], pipe)).toBe(0);
    expect(
      Buffer.from(pipe.stdout[0] as Uint8Array)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const text = fakeIo({ stdoutIsTerminal: true });
    expect(await runCli(['export', seedDraftPath, '--format', 'txt'], text)).toBe(0);
  });

  it('reports a missing output folder clearly', async () => {
    const io = fakeIo({ missingFolder: '/no/such' });
    expect(await runCli(['export', seedDraftPath, '--format', 'txt', '--out', '/no/such/seed.txt'], io)).toBe(
      1,
    );
    expect(io.stderr.join('')).toContain(
      'cannot write /no/such/seed.txt: the folder /no/such does not exist',
    );
  });
});

describe('rapporteur help', () => {
  it('lists every command with its summary, and refuses an unknown command with the list', async () => {
    const io = fakeIo();
    expect(await runCli(['help'], io)).toBe(0);
    const help = io.stdout.join('');
    for (const name of ['symbol', 'export', 'sample', 'new'])
      expect(help).toMatch(new RegExp(`\\n  ${name} +\\S`));
    expect(help).toContain('Export a draft file to HTML, DOCX, PDF, Akoma Ntoso or text');
    const unknown = fakeIo();
    expect(await runCli(['exprot'], unknown)).toBe(2);
    expect(unknown.stderr.join('')).toBe(`rapporteur: unknown command "exprot"\n\n${help}`);
  });
});

describe('rapporteur sample', () => {
  it('writes a valid draft with the paragraphs asked for, the same for the same seed', async () => {
    const io = fakeIo();
    expect(await runCli(['sample', '--paragraphs', '50', '--lang', 'fr', '--out', '/x/s.json'], io)).toBe(0);
    const again = fakeIo();
    await runCli(['sample', '--paragraphs', '50', '--lang', 'fr', '--out', '/x/s.json'], again);
    expect(again.files.get('/x/s.json')).toBe(io.files.get('/x/s.json'));
    const read = parseDraft(String(io.files.get('/x/s.json')));
    expect(read.ok && read.draft.metadata.language).toBe('fr');
  });

  it('refuses a bad paragraph count or language', async () => {
    const io = fakeIo();
    expect(await runCli(['sample', '--paragraphs', 'many', '--lang', 'en'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('--paragraphs must be a whole number of at least 1, got "many"');
    const lang = fakeIo();
    expect(await runCli(['sample', '--paragraphs', '5', '--lang', 'de'], lang)).toBe(2);
    expect(lang.stderr.join('')).toContain('unknown language "de"');
  });
});

describe('rapporteur as a process', () => {
  it('exports the seed as text to a file through node dist/cli/rapporteur.js', () => {
    const out = join(work, 'seed.txt');
    execFileSync(process.execPath, [mainJs, 'export', seedDraftPath, '--format', 'txt', '--out', out]);
    expect(readFileSync(out, 'utf8')).toBe(toPlainText(seedDraft().doc, 'zh'));
  });

  it('drafts with new from the bundle, finding the templates folder and templates package', () => {
    const out = join(work, 'new-item6.json');
    const run = spawnSync(
      process.execPath,
      [
        mainJs,
        'new',
        '--template',
        'agenda-item-addendum',
        '--facts',
        sessionFactsPath,
        '--item',
        '6',
        '--lang',
        'en',
        '--out',
        out,
        '--date',
        '2019-05-23',
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = parseDraft(readFileSync(out, 'utf8'));
    expect(read.ok && read.draft.metadata.agendaItem).toBeTruthy();
  });

  it('fails on a missing output folder with a clear message and leaves no file behind', () => {
    const folder = join(work, 'empty');
    execFileSync('mkdir', ['-p', folder]);
    const run = spawnSync(
      process.execPath,
      [mainJs, 'export', seedDraftPath, '--format', 'html', '--out', join(folder, 'missing', 'x.html')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the folder ${join(folder, 'missing')} does not exist`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('leaves no temporary file behind when the target is a folder', () => {
    const folder = join(work, 'target-is-folder');
    execFileSync('mkdir', ['-p', join(folder, 'out.txt')]);
    const run = spawnSync(
      process.execPath,
      [mainJs, 'export', seedDraftPath, '--format', 'txt', '--out', join(folder, 'out.txt')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot write');
    expect(readdirSync(folder)).toEqual(['out.txt']);
  });
});

describe('rapporteur symbol', () => {
  it('prints a joint symbol normalised, with each part and its link in the asked language', async () => {
    const io = fakeIo();
    expect(await runCli(['symbol', 'E/CN.7/2019/2–E/CN.15/2019/2', '--lang', 'zh'], io)).toBe(0);
    const printed = JSON.parse(io.stdout.join(''));
    expect(printed.valid).toBe(true);
    expect(printed.symbol).toBe('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(printed.parts.map((part: { symbol: string }) => part.symbol)).toEqual([
      'E/CN.7/2019/2',
      'E/CN.15/2019/2',
    ]);
    expect(printed.links).toEqual([
      'http://undocs.org/ch/E/CN.7/2019/2',
      'http://undocs.org/ch/E/CN.15/2019/2',
    ]);
  });

  it('says why a text is not a symbol, at which character, and exits 1', async () => {
    const io = fakeIo();
    expect(await runCli(['symbol', 'E//CN.15'], io)).toBe(1);
    const printed = JSON.parse(io.stdout.join(''));
    expect(printed).toEqual({ valid: false, error: expect.objectContaining({ index: 2 }) });
    expect(printed.error.message).toMatch(/at character 2/);
  });

  it('refuses a language that is not an official one, naming them', async () => {
    const io = fakeIo();
    expect(await runCli(['symbol', 'E/CN.15/2019/4', '--lang', 'de'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/unknown language "de": use one of ar, zh, en, fr, ru, es/);
  });
});
