import { addendumSchema, createBuilders, type Draft, type DraftMetadata } from '@rapporteur/document';
import { undocsZhLinkConfig } from '@rapporteur/symbols';
import { describe, expect, it } from 'vitest';
import { htmlFragment, htmlPage } from '../src/index.js';
import { inputOf, seedDraft } from './helpers.js';

const metadata = (
  language: DraftMetadata['language'],
  extra: Partial<DraftMetadata> = {},
): DraftMetadata => ({
  symbol: 'E/CN.15/2019/L.1/Add.6',
  language,
  originalLanguage: 'en',
  distribution: 'limited',
  date: '2019-05-23',
  body: null,
  session: null,
  agendaItem: '6',
  template: null,
  ...extra,
});

describe('HTML export of the seed', () => {
  const html = htmlPage(inputOf(seedDraft()));

  it('anchors every numbered paragraph as para-1 to para-24, in order', () => {
    const anchors = [...html.matchAll(/<p class="para" id="(para-\d+)">/g)].map((match) => match[1]);
    expect(anchors).toEqual(Array.from({ length: 24 }, (_, i) => `para-${i + 1}`));
  });

  it('links every symbol to its Chinese document at undocs.org with the segment ch', () => {
    expect(html).toContain('<a class="symbol" href="http://undocs.org/ch/E/CN.15/2019/4">E/CN.15/2019/4</a>');
    expect(html).toContain(
      '<a class="symbol" href="http://undocs.org/ch/E/CN.15/2019/7/Corr.1">E/CN.15/2019/7/Corr.1</a>',
    );
    expect(html).not.toContain('class="symbol invalid"');
  });

  it('links each part of a joint symbol separately', () => {
    expect(html).toContain(
      '<a class="symbol" href="http://undocs.org/ch/E/CN.7/2019/2">E/CN.7/2019/2</a>-<a class="symbol" href="http://undocs.org/ch/E/CN.15/2019/2">E/CN.15/2019/2</a>',
    );
  });

  it('prints the masthead in Chinese: organ from the symbol, distribution, date, original language', () => {
    for (const text of [
      '联合国',
      'E/CN.15/2019/L.1/Add.6',
      '经济及社会理事会',
      '分发：限发',
      '2019年5月23日',
      '原文：英文',
      '议程项目 6',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<p class="label">增编</p>');
  });

  it('letters the items and letters the sections, numbering the sub-headings', () => {
    expect(html).toContain('<span class="num">(f)</span>');
    expect(html).toContain('<h2 class="section-heading"><span class="num">A.</span>审议情况</h2>');
    expect(html).toContain('<h2 class="section-heading"><span class="num">B.</span>采取的行动</h2>');
    expect(html).toMatch(/<h3 class="subsection-heading"><span class="num">5\.<\/span>/);
  });

  it('is a standalone page with print CSS for A4 unless Letter is asked for', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link |<script|src="/);
    expect(htmlPage(inputOf(seedDraft(), { paper: 'letter' }))).toContain('@page { size: letter;');
  });
});

describe('HTML export of drafted text', () => {
  it('renders a cross-reference with the current number and links it to the paragraph', () => {
    const b = createBuilders();
    const target = b.paragraph('Target.');
    const doc = b.doc(
      'Title',
      b.paragraph('First.'),
      target,
      b.paragraph('See ', b.crossReference(String(target.attrs.id)), '.'),
    );
    const html = htmlFragment(inputOf({ metadata: metadata('zh'), doc }));
    expect(html).toContain('See <a class="xref" href="#para-2">第 2 段</a>.');
    const en = htmlFragment(inputOf({ metadata: metadata('en'), doc }));
    expect(en).toContain('<a class="xref" href="#para-2">paragraph 2</a>');
  });

  it('wraps marked text in its marks, emphasis inside strong, each mark once', () => {
    const b = createBuilders();
    const both = addendumSchema.text('both', [addendumSchema.mark('em'), addendumSchema.mark('strong')]);
    const doc = b.doc('Title', b.paragraph('plain ', b.em('em'), ' ', b.strong('strong'), ' ', both));
    const html = htmlFragment(inputOf({ metadata: metadata('en'), doc }));
    expect(html).toContain('plain <em>em</em> <strong>strong</strong> <strong><em>both</em></strong></p>');
  });

  it('numbers footnotes and prints them after the body', () => {
    const b = createBuilders();
    const doc = b.doc(
      'Title',
      b.paragraph('Text', b.footnote('First note.'), ' more', b.footnote('Second <note>.')),
    );
    const html = htmlFragment(inputOf({ metadata: metadata('en'), doc }));
    expect(html).toContain('<sup class="fn-ref" id="fnref-1"><a href="#fn-1">1</a></sup>');
    expect(html).toContain('<sup class="fn-ref" id="fnref-2"><a href="#fn-2">2</a></sup>');
    const notes = html.slice(html.indexOf('<section class="footnotes">'));
    expect(notes).toContain('<li id="fn-1"><span class="num">1</span> First note.');
    expect(notes).toContain('<li id="fn-2"><span class="num">2</span> Second &lt;note&gt;.');
    expect(html.indexOf('<section class="footnotes">')).toBeGreaterThan(html.indexOf('more'));
  });

  it('escapes hostile text in paragraphs, headings, the title and the masthead', () => {
    const b = createBuilders();
    const hostile = '<script>alert("x")</script> & \'quoted\' "text"';
    const doc = b.doc(
      hostile,
      b.paragraph(hostile),
      b.section('deliberations', hostile, b.paragraph('x')),
      b.section('actionTaken', 'B', b.paragraph('y')),
    );
    const html = htmlPage(
      inputOf({ metadata: metadata('en', { body: '"><img src=x onerror=alert(1)>' }), doc }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'quoted\' "text"');
    expect(html).toContain('<title>E/CN.15/2019/L.1/Add.6 — &lt;script&gt;');
  });

  it('escapes quotes in attribute values, so a link pattern cannot break out of href', () => {
    const b = createBuilders();
    const doc = b.doc('Title', b.paragraph(b.symbol('E/CN.15/2019/4')));
    const links = {
      pattern: 'http://example.org/"onclick="x/{lang}/{symbol}?a=1&b=\'2\'',
      segments: undocsZhLinkConfig.segments,
    };
    const html = htmlFragment(inputOf({ metadata: metadata('en'), doc }, { links }));
    expect(html).toContain(
      'href="http://example.org/&quot;onclick=&quot;x/en/E/CN.15/2019/4?a=1&amp;b=&#39;2&#39;"',
    );
  });

  it('links symbols with another link pattern when configured (undocs.org with zh)', () => {
    const b = createBuilders();
    const doc = b.doc('Title', b.paragraph(b.symbol('E/CN.15/2019/4')));
    const html = htmlFragment(inputOf({ metadata: metadata('zh'), doc }, { links: undocsZhLinkConfig }));
    expect(html).toContain('href="https://undocs.org/zh/E/CN.15/2019/4"');
  });

  it('writes Arabic right to left, with the Arabic masthead', () => {
    const b = createBuilders();
    const draft: Draft = {
      metadata: metadata('ar'),
      doc: b.doc('العنوان', b.paragraph('نص ', b.symbol('E/CN.15/2019/4'))),
    };
    const html = htmlPage(inputOf(draft));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<article class="un-document" lang="ar" dir="rtl">');
    expect(html).toContain('href="http://undocs.org/ar/E/CN.15/2019/4"');
    expect(html).toContain('الأمم المتحدة');
    expect(html).toContain('23 أيار/مايو 2019');
    expect(html).toContain('<p class="label">إضافة</p>');
  });

  it('shows a visible not-valid banner when exported despite problems, and leaves bad symbols unlinked', () => {
    const b = createBuilders();
    const doc = b.doc(
      'Title',
      b.paragraph('See ', b.symbol('not a symbol'), ' and ', b.crossReference('gone')),
    );
    const input = inputOf({ metadata: metadata('en'), doc });
    expect(input.valid).toBe(false);
    const html = htmlFragment(input);
    expect(html).toContain(
      '<p class="not-valid" role="alert">Not valid: this text has unresolved problems and must not be issued.</p>',
    );
    expect(html).toContain('<span class="symbol invalid">not a symbol</span>');
    expect(html).toContain('<span class="xref missing">paragraph [?]</span>');
  });

  it('shows no banner on a valid draft', () => {
    expect(htmlPage(inputOf(seedDraft()))).not.toContain('role="alert"');
  });

  it('leaves out masthead lines the draft has no data for yet', () => {
    const b = createBuilders();
    const doc = b.doc('Title', b.paragraph('Text.'));
    const html = htmlFragment(
      inputOf({ metadata: metadata('fr', { symbol: null, date: null, originalLanguage: null }), doc }),
    );
    expect(html).not.toContain('class="document-symbol"');
    expect(html).not.toContain('class="date"');
    expect(html).not.toContain('class="organ"');
    expect(html).toContain('<p class="distr">Distr. limitée</p>');
    expect(html).toContain('Point 6 de l’ordre du jour');
  });
});
