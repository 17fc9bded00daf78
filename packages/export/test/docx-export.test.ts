import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainBlocks } from '@rapporteur/document';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../src/formats/docx/docx-format.js';
import { sampleDraft } from '../src/index.js';
import { hostileDraft, xmlIllegalCharacters } from './docx-akn-drafts.js';
import { inputOf, seedDraft, withoutPdfSpaces } from './helpers.js';

/** The XML parts of a DOCX package by path. */
function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** A printed number at the start of a line, as LibreOffice writes list numbers in its text export. */
const leadingNumber = /^(\d+\.|[A-Z]\.|\([a-z]+\))\s/;

const numberedLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\ufeff/, '').trim())
    .filter((line) => leadingNumber.test(line));

describe('DOCX export', () => {
  const seed = seedDraft();
  const hostile = hostileDraft();
  let seedDocx: Uint8Array;
  let hostileDocx: Uint8Array;
  let dir: string;
  const converted: Record<string, string> = {};

  beforeAll(async () => {
    seedDocx = await renderDocx(inputOf(seed));
    hostileDocx = await renderDocx(inputOf(hostile));
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-docx-'));
    writeFileSync(join(dir, 'seed.docx'), seedDocx);
    writeFileSync(join(dir, 'hostile.docx'), hostileDocx);
    // One LibreOffice run converts both files, with a private profile so parallel runs do not clash.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'txt:Text',
        '--outdir',
        dir,
        join(dir, 'seed.docx'),
        join(dir, 'hostile.docx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    for (const name of ['seed', 'hostile']) converted[name] = readFileSync(join(dir, `${name}.txt`), 'utf8');
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the seed in LibreOffice with every number Word computes in its place, text after it', () => {
    const expected = plainBlocks(seed.doc, 'zh')
      .filter((block) => block.label !== '')
      .map((block) => withoutPdfSpaces(`${block.label} ${block.text}`));
    const lines = numberedLines(converted.seed!);
    expect(lines.map(withoutPdfSpaces)).toEqual(expected);
    const labels = lines.map((line) => leadingNumber.exec(line)![1]);
    const paragraphNumbers = labels.filter((label) => /^\d+\.$/.test(label!));
    // Paragraphs 1–24 and sub-headings 1–5 are both "N.": 29 in all, paragraphs never restart.
    expect(paragraphNumbers).toHaveLength(29);
    expect(labels.filter((label) => /^[A-Z]\.$/.test(label!))).toEqual(['A.', 'B.']);
    expect(labels.slice(0, 14)).toEqual([
      '1.',
      '(a)',
      '(b)',
      '(c)',
      '(d)',
      '(e)',
      '2.',
      '(a)',
      '(b)',
      '(c)',
      '(d)',
      '(e)',
      '(f)',
      '3.',
    ]);
    const afterA = labels.slice(labels.indexOf('A.'));
    expect(afterA.slice(0, 3)).toEqual(['A.', '1.', '7.']);
    expect(labels.at(-3)).toBe('B.');
    expect(labels.slice(-2)).toEqual(['23.', '24.']);
  });

  it('puts each symbol on the line of its item, as in the seed', () => {
    const shown = numberedLines(converted.seed!);
    const listOfDocuments = shown.slice(shown.findIndex((line) => line.startsWith('2.')));
    expect(listOfDocuments.find((line) => line.startsWith('(d)'))).toContain('E/CN.15/2019/7/Corr.1');
    expect(listOfDocuments.find((line) => line.startsWith('(a)'))).toContain('E/CN.7/2019/2-E/CN.15/2019/2');
    expect(shown.find((line) => line.startsWith('A.'))).toContain('审议情况');
    expect(shown.find((line) => line.startsWith('B.'))).toContain('采取的行动');
    expect(shown.find((line) => line.startsWith('24.'))).toContain('Youngju Oh');
  });

  it('restarts lettered items in every list and numbers nested items (i), (ii) below them', () => {
    const labels = numberedLines(converted.hostile!).map((line) => leadingNumber.exec(line)![1]);
    expect(labels).toEqual([
      '1.',
      '(a)',
      '(b)',
      '(i)',
      '(ii)',
      '(c)',
      '(a)',
      '(b)',
      'A.',
      '1.',
      '(a)',
      '2.',
      '2.',
      '3.',
      'B.',
      '4.',
    ]);
  });

  it('keeps hostile text as text: markup is escaped, XML-illegal characters are dropped', () => {
    const xml = parts(hostileDocx)['word/document.xml']!;
    expect(xml).toContain('Intro &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
    expect(xmlIllegalCharacters(Object.values(parts(hostileDocx)).join(''))).toEqual([]);
    expect(converted.hostile).toContain('Intro <script>alert("x")</script> & \'quotes\'  end');
    expect(converted.hostile).toContain('Title <w:t>&amp; "quoted"  \'single\'');
  });

  it('links every symbol to its document, each part of a joint symbol to its own', () => {
    const files = parts(seedDocx);
    const rels = files['word/_rels/document.xml.rels']!;
    const targets = [...rels.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]+)" TargetMode="External"/g)].map(
      (m) => m[1],
    );
    expect(targets).toEqual([
      'http://undocs.org/ch/E/CN.7/2019/2',
      'http://undocs.org/ch/E/CN.15/2019/2',
      'http://undocs.org/ch/E/CN.15/2019/4',
      'http://undocs.org/ch/E/CN.15/2019/5',
      'http://undocs.org/ch/E/CN.15/2019/7',
      'http://undocs.org/ch/E/CN.15/2019/7/Corr.1',
      'http://undocs.org/ch/E/CN.15/2019/8',
      'http://undocs.org/ch/E/CN.15/2019/14',
      'http://undocs.org/ch/E/CN.15/2019/8',
      'http://undocs.org/ch/E/CN.15/2019/14',
    ]);
    const linkIds = [...files['word/document.xml']!.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(linkIds).toHaveLength(10);
    for (const id of linkIds)
      expect(rels).toContain(
        `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"`,
      );
  });

  it('numbers paragraphs with one Word list whose lower levels are lettered items', () => {
    const { 'word/numbering.xml': numbering, 'word/document.xml': document } = parts(seedDocx);
    const shared = numbering!
      .match(/<w:abstractNum [^>]*>.*?<\/w:abstractNum>/gs)!
      .filter((definition) => definition.includes('(%2)'));
    expect(shared).toHaveLength(1);
    expect(shared![0]).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/,
    );
    expect(shared![0]).toMatch(/<w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="\(%2\)"\/>/);
    expect(shared![0]).toMatch(/<w:numFmt w:val="lowerRoman"\/><w:lvlText w:val="\(%3\)"\/>/);
    const paragraphNums = [
      ...document!.matchAll(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g),
    ].map((m) => m[1]);
    const counts = new Map<string, number>();
    for (const id of paragraphNums) counts.set(id!, (counts.get(id!) ?? 0) + 1);
    // 24 paragraphs on one list; sections A, B on another; sub-headings 1–5 on a third.
    expect([...counts.values()].sort((a, b) => a - b)).toEqual([2, 5, 24]);
  });

  it('uses the UN template style names and sets Latin, East Asian and complex-script fonts', () => {
    const { 'word/styles.xml': styles, 'word/document.xml': document } = parts(seedDocx);
    for (const id of ['SingleTxt', 'HCh', 'H1', 'H23', 'H4']) {
      expect(styles).toContain(`w:styleId="${id}"`);
      expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    }
    expect(styles).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Arial" w:eastAsia="SimSun" w:hAnsi="Times New Roman"\/>/,
    );
    expect(styles).toMatch(/<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"\/>/);
  });

  it('writes Arabic paragraphs right to left', async () => {
    const arabic = parts(await renderDocx(inputOf(sampleDraft({ paragraphs: 5, language: 'ar', seed: 1 }))));
    const document = arabic['word/document.xml']!;
    const paragraphs = document.match(/<w:p>|<w:p [^>]*>/g)!.length;
    expect(paragraphs).toBeGreaterThan(5);
    expect(document.match(/<w:bidi\/>/g)!.length).toBe(paragraphs);
    expect(document).toContain('<w:rtl/>');
  });

  it('gives the same bytes for the same draft, whatever the clock and the time zone say', async () => {
    const zone = process.env.TZ;
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2031-01-02T03:04:05Z'));
      process.env.TZ = 'Pacific/Kiritimati';
      const later = await renderDocx(inputOf(seed));
      expect(Buffer.from(later).equals(Buffer.from(seedDocx))).toBe(true);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const core = parts(seedDocx)['docProps/core.xml']!;
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2019-05-23T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2019-05-23T00:00:00Z</dcterms:modified>',
    );
  });
});
