import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAkn } from '../src/formats/akn/akn-format.js';
import { sampleDraft } from '../src/index.js';
import { hostileDraft, xmlIllegalCharacters } from './docx-akn-drafts.js';
import { inputOf, seedDraft } from './helpers.js';

/** The OASIS Akoma Ntoso 3.0 schema, in ../shared/standards beside the repository. */
const schema = fileURLToPath(
  new URL('../../../../shared/standards/akoma-ntoso/akomantoso30.xsd', import.meta.url),
);

const attributeValues = (xml: string, element: string, attribute: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('Akoma Ntoso export', () => {
  const seed = seedDraft();
  const hostile = hostileDraft();
  const arabic = sampleDraft({ paragraphs: 8, language: 'ar', seed: 2 });
  const seedXml = renderAkn(inputOf(seed));
  const hostileXml = renderAkn(inputOf(hostile));
  const arabicXml = renderAkn(inputOf(arabic));
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-akn-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs xmllint against the OASIS schema; returns its report (throws with it when invalid). */
  const validate = (name: string, xml: string): string => {
    const file = join(dir, `${name}.xml`);
    writeFileSync(file, xml);
    try {
      return (
        execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' }).toString() || 'ok'
      );
    } catch (error) {
      throw new Error(`${name} does not validate: ${(error as { stderr?: Buffer }).stderr?.toString()}`);
    }
  };

  it.each([
    ['the seed', () => seedXml],
    ['a draft of hostile text', () => hostileXml],
    ['an Arabic draft', () => arabicXml],
  ])('validates against the OASIS Akoma Ntoso 3.0 schema: %s', (name, xml) => {
    expect(validate(name.replace(/\W+/g, '-'), xml())).toBe('ok');
  });

  it('writes every number literally in <num>, in the order of the shared numbering', () => {
    const nums = [...seedXml.matchAll(/<num>([^<]*)<\/num>/g)].map((m) => m[1]);
    const labels = inputOf(seed).numbering.labels.map((label) => label.label);
    expect(nums).toEqual(labels);
    expect(nums.filter((num) => /^\d+\.$/.test(num!))).toHaveLength(29);
    expect(nums.slice(0, 7)).toEqual(['1.', '(a)', '(b)', '(c)', '(d)', '(e)', '2.']);
  });

  it('makes eIds from numbers under the naming convention and wIds from the stable ids', () => {
    const numbering = inputOf(seed).numbering;
    const paragraphs = numbering.labels.filter((label) => label.kind === 'paragraph');
    expect(paragraphs).toHaveLength(24);
    for (const paragraph of paragraphs) {
      expect(seedXml).toContain(
        `<paragraph eId="para_${paragraph.value}" wId="${paragraph.id}"><num>${paragraph.label}</num>`,
      );
    }
    expect(seedXml).toContain('<section eId="sec_A" wId="');
    expect(seedXml).toContain('<section eId="sec_B" wId="');
    expect(seedXml).toContain('<subsection eId="sec_A__subsec_5" wId="');
    expect(seedXml).toMatch(
      /<item eId="para_2__list_1__item_d" wId="[^"]+"><num>\(d\)<\/num><p>[^<]*（<ref eId="para_2__list_1__item_d__ref_1" href="http:\/\/undocs.org\/ch\/E\/CN.15\/2019\/7">E\/CN.15\/2019\/7<\/ref>/,
    );
    expect(seedXml).toContain('<crossHeading eId="sec_A__subsec_1__crossHeading_1"');
    const eIds = attributeValues(seedXml, '[A-Za-z]+', 'eId');
    expect(new Set(eIds).size).toBe(eIds.length);
  });

  it('keeps each true symbol in showAs and links the text to the same documents', () => {
    const showAs = attributeValues(seedXml, 'activeRef', 'showAs');
    expect(showAs).toEqual([
      'E/CN.7/2019/2',
      'E/CN.15/2019/2',
      'E/CN.15/2019/4',
      'E/CN.15/2019/5',
      'E/CN.15/2019/7',
      'E/CN.15/2019/7/Corr.1',
      'E/CN.15/2019/8',
      'E/CN.15/2019/14',
    ]);
    const cited = new Map(
      [...seedXml.matchAll(/<activeRef [^>]*href="([^"]+)" showAs="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    const refs = [...seedXml.matchAll(/<ref eId="[^"]+" href="([^"]+)">([^<]+)<\/ref>/g)];
    expect(refs).toHaveLength(10);
    for (const [, href, text] of refs) expect(cited.get(href)).toBe(text);
    expect(seedXml).toContain('E/CN.7/2019/2</ref>-<ref ');
  });

  it('carries the FRBR identity of the work, the expression in its language and the manifestation', () => {
    const work = '/akn/un/debateReport/addendum/2019-05-23/E-CN.15-2019-L.1-Add.6';
    expect(seedXml).toContain(`<FRBRWork><FRBRthis value="${work}/!main"/><FRBRuri value="${work}"/>`);
    expect(seedXml).toContain('<FRBRnumber value="E/CN.15/2019/L.1/Add.6"/>');
    expect(seedXml).toContain(`<FRBRuri value="${work}/zho@"/>`);
    expect(seedXml).toContain('<FRBRlanguage language="zho"/>');
    expect(seedXml).toContain(`<FRBRuri value="${work}/zho@.akn"/>`);
    expect(seedXml).toContain(
      '<debateReport name="addendum"><meta><identification source="#un-secretariat">',
    );
    expect(seedXml).toContain('<p class="symbol"><docNumber>E/CN.15/2019/L.1/Add.6</docNumber></p>');
    expect(seedXml).toContain('<p class="addendum">增编</p>');
    expect(arabicXml).toContain('<mainBody xml:lang="ar">');
  });

  it('escapes hostile text and drops what XML cannot hold, keeping cross-references and notes', () => {
    expect(hostileXml).toContain('Intro &lt;script&gt;alert("x")&lt;/script&gt; &amp; \'quotes\'  end');
    expect(xmlIllegalCharacters(hostileXml)).toEqual([]);
    expect(hostileXml).toContain('not a &lt;symbol&gt; &amp; "x"');
    expect(hostileXml).toMatch(/<ref eId="para_1__ref_1" href="#para_2">paragraph 2<\/ref>/);
    expect(hostileXml).toContain(
      '<authorialNote eId="fnt_1" marker="1" placement="bottom"><p>A note with &lt;tags&gt; &amp;  control</p></authorialNote>',
    );
    expect(hostileXml).toContain('<docAuthority>Commission &lt;on&gt; "Crime" &amp; Justice </docAuthority>');
    expect(hostileXml).toContain('<p class="notValid">');
  });

  it('gives the same bytes for the same draft whatever the clock says', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2031-01-02T03:04:05Z'));
      expect(renderAkn(inputOf(seed))).toBe(seedXml);
      expect(renderAkn(inputOf(hostile))).toBe(hostileXml);
    } finally {
      vi.useRealTimers();
    }
  });
});
