import type { OfficialLanguage } from '@rapporteur/symbols';
import { wordFonts, wordLanguageTags } from './word-fonts.js';
import { wordNamespace, xmlDeclaration } from './word-xml.js';

/**
 * The style ids of an exported document, named as in the UN's Word templates so an editor
 * recognises them and the UN template can be attached over them: "SingleTxt" for body text, "HCh"
 * for the title, "H1" for the "Addendum" label and section headings (A., B.), "H23" for numbered
 * sub-headings (1., 2.), "H4" for unnumbered sub-headings, plus "QuoteTxt" (a quoted agenda item)
 * and "Masthead" for the masthead lines; and Word's own names for links and footnotes.
 */
export const wordStyleIds = {
  body: 'SingleTxt',
  quote: 'QuoteTxt',
  title: 'HCh',
  section: 'H1',
  subsection: 'H23',
  subheading: 'H4',
  masthead: 'Masthead',
  mastheadSymbol: 'MastheadSymbol',
  hyperlink: 'Hyperlink',
  footnoteReference: 'FootnoteReference',
  footnoteText: 'FootnoteText',
} as const;

/** Twips (1/1440 inch) from the left margin where body text starts, as in UN documents. */
export const bodyIndent = 1267;

/** Twips between a number and the text after it (a UN tab step, about 0.33 inch). */
export const numberStep = 475;

/** Where a hanging heading number starts: 634 twips (about 1.1 cm) in from the left margin. */
export const headingNumberIndent = 634;

/** A font size in points as Word writes it, in half-points. */
const halfPoints = (points: number) => points * 2;

/** Run properties of a size for Latin and for complex-script (Arabic) text. */
const sizes = (points: number, complexScriptPoints: number) =>
  `<w:sz w:val="${halfPoints(points)}"/><w:szCs w:val="${halfPoints(complexScriptPoints)}"/>`;

/** One style: its type, id and name (the same, as in the UN template), its parents and properties. */
function style(
  type: 'paragraph' | 'character',
  id: string,
  options: {
    readonly name?: string;
    readonly basedOn?: string;
    readonly next?: string;
    readonly quickFormat?: boolean;
    readonly paragraph?: string;
    readonly run?: string;
  },
): string {
  return [
    `<w:style w:type="${type}" w:styleId="${id}">`,
    `<w:name w:val="${options.name ?? id}"/>`,
    options.basedOn ? `<w:basedOn w:val="${options.basedOn}"/>` : '',
    options.next ? `<w:next w:val="${options.next}"/>` : '',
    options.quickFormat ? '<w:qFormat/>' : '',
    options.paragraph ? `<w:pPr>${options.paragraph}</w:pPr>` : '',
    options.run ? `<w:rPr>${options.run}</w:rPr>` : '',
    '</w:style>',
  ].join('');
}

/**
 * The style sheet of an exported document (word/styles.xml): document defaults (fonts for Latin,
 * East Asian and complex scripts, the language tags, 10-point text) and the UN-named paragraph
 * styles (see `wordStyleIds`), with outline levels on headings so Word's navigation pane and
 * LibreOffice's navigator show the structure.
 */
export function wordStylesXml(language: OfficialLanguage): string {
  const tags = wordLanguageTags(language);
  const heading = '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>';
  const hanging = bodyIndent - headingNumberIndent;
  const textIndent = `<w:ind w:left="${bodyIndent}" w:right="${bodyIndent}"/>`;
  const headingIndent = `<w:ind w:left="${bodyIndent}" w:right="${bodyIndent}" w:hanging="${hanging}"/>`;
  const outline = (level: number) => `<w:outlineLvl w:val="${level}"/>`;
  const ids = wordStyleIds;
  return [
    xmlDeclaration,
    `<w:styles xmlns:w="${wordNamespace}">`,
    '<w:docDefaults><w:rPrDefault><w:rPr>',
    `<w:rFonts w:ascii="${wordFonts.latin}" w:cs="${wordFonts.complexScript}" w:eastAsia="${wordFonts.eastAsia}" w:hAnsi="${wordFonts.latin}"/>`,
    sizes(10, language === 'ar' ? 12 : 10),
    `<w:lang w:val="${tags.value}" w:eastAsia="${tags.eastAsia}" w:bidi="${tags.bidirectional}"/>`,
    '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>',
    style('character', ids.hyperlink, {
      basedOn: 'DefaultParagraphFont',
      run: '<w:color w:val="0563C1"/><w:u w:val="single"/>',
    }),
    style('character', ids.footnoteReference, {
      name: 'footnote reference',
      basedOn: 'DefaultParagraphFont',
      run: '<w:vertAlign w:val="superscript"/>',
    }),
    style('paragraph', ids.footnoteText, {
      name: 'footnote text',
      basedOn: 'Normal',
      paragraph: '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
      run: sizes(10, 10),
    }),
    style('paragraph', ids.body, {
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: `<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>${textIndent}<w:jc w:val="both"/>`,
    }),
    style('paragraph', ids.quote, {
      basedOn: ids.body,
      next: ids.body,
      paragraph: `<w:ind w:left="${bodyIndent + numberStep}" w:right="${bodyIndent}"/>`,
    }),
    style('paragraph', ids.title, {
      basedOn: 'Normal',
      next: ids.body,
      quickFormat: true,
      paragraph: `${heading}${textIndent}${outline(0)}`,
      run: `<w:b/><w:bCs/>${sizes(14, 16)}`,
    }),
    style('paragraph', ids.section, {
      basedOn: 'Normal',
      next: ids.body,
      quickFormat: true,
      paragraph: `${heading}${headingIndent}${outline(1)}`,
      run: `<w:b/><w:bCs/>${sizes(12, 14)}`,
    }),
    style('paragraph', ids.subsection, {
      basedOn: 'Normal',
      next: ids.body,
      quickFormat: true,
      paragraph: `${heading}${headingIndent}${outline(2)}`,
      run: '<w:b/><w:bCs/>',
    }),
    style('paragraph', ids.subheading, {
      basedOn: 'Normal',
      next: ids.body,
      quickFormat: true,
      paragraph: `${heading}${textIndent}${outline(3)}`,
      run: '<w:i/><w:iCs/>',
    }),
    style('paragraph', ids.masthead, {
      basedOn: 'Normal',
      paragraph: '<w:spacing w:after="0"/><w:jc w:val="end"/>',
    }),
    style('paragraph', ids.mastheadSymbol, {
      basedOn: ids.masthead,
      paragraph: '<w:spacing w:after="240"/>',
      run: sizes(20, 20),
    }),
    '</w:styles>',
  ].join('');
}
