import { cssPageSize, type PaperSize } from '../../paper-size.js';

/**
 * The style sheet of the official look, for screen and print: Times-like serif at 10 pt, the UN
 * masthead ("United Nations" left, the symbol large on the right, thick rules, organ in bold,
 * distribution block on the right), paragraphs with their number hanging in the margin, bold
 * headings with hanging letters and numbers, lettered items indented by level, and footnotes after
 * a short rule. Spacing uses logical properties (inline-start/end), so Arabic mirrors by `dir`
 * alone; CJK and Arabic get Noto fonts (Debian's fonts-noto-cjk and fonts-noto-core). `@page` sets
 * the paper for printing, which is how Chromium lays out the PDF.
 */
export function documentCss(paper: PaperSize): string {
  return `@page { size: ${cssPageSize[paper]}; margin: 2.2cm 2cm 2.5cm; }
.un-document { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; font-size: 10pt; line-height: 1.25; color: #000; max-width: 17cm; margin: 0 auto; padding: 1cm 0; }
.un-document:lang(zh) { font-family: "SimSun", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; line-height: 1.6; }
.un-document:lang(ar) { font-family: "Traditional Arabic", "Noto Naskh Arabic", "Noto Sans Arabic", serif; font-size: 12pt; line-height: 1.5; }
.un-document p { margin: 0 0 6pt; }
.un-document a { color: #00e; }
.not-valid { border: 2pt solid #b00; color: #b00; font-weight: bold; padding: 4pt 8pt; margin: 0 0 12pt; text-align: center; }
.masthead { border-bottom: 3pt solid #000; margin-bottom: 12pt; }
.masthead p { margin: 0; }
.masthead-top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 1pt solid #000; padding-bottom: 2pt; }
.united-nations { font-size: 10pt; }
.document-symbol { font-size: 17pt; font-family: Arial, "Liberation Sans", "Noto Sans", sans-serif; text-align: end; }
.masthead-organ { display: flex; justify-content: space-between; align-items: flex-start; padding: 6pt 0; }
.organ { font-size: 17pt; font-weight: bold; }
.distribution { text-align: start; min-width: 5.5cm; }
.meeting { margin-bottom: 18pt; }
.meeting p { margin: 0; font-weight: bold; }
.meeting .agenda-item { font-weight: normal; }
.label { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt; }
.title { font-size: 14pt; font-weight: bold; margin: 0 0 18pt; padding-inline-start: 1.27cm; }
.section-heading, .subsection-heading, .subheading { font-size: 10pt; font-weight: bold; margin: 12pt 0 6pt; break-after: avoid; page-break-after: avoid; }
.section-heading, .subsection-heading { padding-inline-start: 1.27cm; text-indent: -0.64cm; }
.section-heading .num, .subsection-heading .num { display: inline-block; min-width: 0.64cm; text-indent: 0; }
.subheading { padding-inline-start: 1.27cm; }
.para { padding-inline-start: 1.27cm; text-align: justify; orphans: 2; widows: 2; }
.para .num { display: inline-block; width: 1.27cm; margin-inline-start: -1.27cm; }
.para.unnumbered { padding-inline-start: 1.27cm; }
.quote { margin: 0 0 6pt; padding-inline-start: 1.9cm; }
.items { list-style: none; margin: 0; padding: 0; }
.item-text { padding-inline-start: 2.54cm; }
.item-text .num { display: inline-block; width: 0.64cm; margin-inline-start: -0.64cm; }
.quote .item-text { padding-inline-start: 0.64cm; }
.items .items .item-text { padding-inline-start: 3.18cm; }
.quote .items .items .item-text { padding-inline-start: 1.27cm; }
.items .items .items .item-text { padding-inline-start: 3.81cm; }
.items .items .items .items .item-text { padding-inline-start: 4.45cm; }
.fn-ref { font-size: 7pt; line-height: 0; }
.fn-ref a { text-decoration: none; }
.footnotes { border-top: 0.5pt solid #000; width: 5cm; margin-top: 18pt; padding-top: 4pt; font-size: 8pt; }
.footnotes ol { list-style: none; margin: 0; padding: 0; width: 17cm; }
.footnotes li { padding-inline-start: 1.27cm; }
.footnotes .num { display: inline-block; width: 1.27cm; margin-inline-start: -1.27cm; text-align: end; padding-inline-end: 4pt; box-sizing: border-box; }
.symbol.invalid, .xref.missing { background: #fdd; }
@media print {
  .un-document { max-width: none; padding: 0; }
  .un-document a { color: inherit; text-decoration: none; }
  .fn-back { display: none; }
  .not-valid { border-color: #000; color: #000; }
}
`;
}
