import { describe, expect, it } from 'vitest';
import { createPdfFormat, exportDraft, htmlPage } from '../src/index.js';
import { inputOf, seedBlocks, seedDraft, withoutPdfSpaces } from './helpers.js';
import { poppler } from './pdf-tools.js';

const timeout = 60_000;

async function seedPdf(paper: 'a4' | 'letter'): Promise<Uint8Array> {
  const result = await exportDraft(seedDraft(), 'pdf', { paper });
  if (!result.ok) throw new Error('the seed should export');
  return result.output as Uint8Array;
}

describe('PDF export (headless Chromium)', () => {
  it(
    'prints the seed: pdftotext finds the masthead, every number 1. to 24. and the seed text',
    async () => {
      const pdf = await seedPdf('a4');
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const text = poppler('pdftotext', pdf);
      for (let n = 1; n <= 24; n += 1) expect(text).toMatch(new RegExp(`^\\f?${n}\\.`, 'm'));
      const flat = withoutPdfSpaces(text.replace(/-\n/g, '-'));
      for (const word of ['E/CN.15/2019/L.1/Add.6', '经济及社会理事会', '增编', 'E/CN.15/2019/14'])
        expect(flat).toContain(word);
      for (const block of seedBlocks().filter((b) => b.kind === 'subheading2')) {
        expect(flat).toContain(withoutPdfSpaces(block.text));
      }
      const lastParagraph = seedBlocks()
        .filter((b) => b.kind === 'para')
        .at(-1)!
        .text.replace(/^24\. /, '');
      expect(flat.replace(/\s/g, '')).toContain(withoutPdfSpaces(lastParagraph).replace(/\s/g, ''));
    },
    timeout,
  );

  it(
    'lays the page out on A4 by default and on US Letter when asked',
    async () => {
      expect(poppler('pdfinfo', await seedPdf('a4'))).toMatch(
        /Page size:\s+59\d(\.\d+)? x 841(\.\d+)? pts \(A4\)/,
      );
      expect(poppler('pdfinfo', await seedPdf('letter'))).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    },
    timeout,
  );

  it(
    'dates the PDF from the draft, never from the clock',
    async () => {
      expect(poppler('pdfinfo', await seedPdf('a4'))).toMatch(/CreationDate:\s+Thu May 23 00:00:00 2019/);
    },
    timeout,
  );

  it('prints the HTML page of the draft, for the chosen paper, through the printer it is given', async () => {
    const printed: string[] = [];
    const format = createPdfFormat(async (html) => {
      printed.push(html);
      return new TextEncoder().encode("%PDF-1.4 /CreationDate (D:20261127033055+00'00')");
    });
    const result = await exportDraft(seedDraft(), format, { paper: 'letter' });
    expect(printed).toEqual([htmlPage(inputOf(seedDraft(), { paper: 'letter' }))]);
    expect(result.ok && Buffer.from(result.output as Uint8Array).toString()).toBe(
      "%PDF-1.4 /CreationDate (D:20190523000000+00'00')",
    );
  });
});
