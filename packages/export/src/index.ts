export { type ExportOptions, type ExportResult, exportDraft } from './export-draft.js';
export {
  type ExportFormat,
  type ExportFormatName,
  type ExportInput,
  exportFormatNames,
  type NodeSerializers,
} from './export-format.js';
export { aknFormat, aknNamespace, renderAkn } from './formats/akn/akn-format.js';
export { aknNodeSerializers } from './formats/akn/akn-node-serializers.js';
export type { AknPlace, AknSerializer, AknWriter } from './formats/akn/akn-serializer.js';
export { docxFormat, renderDocx } from './formats/docx/docx-format.js';
export { docxNodeSerializers } from './formats/docx/docx-node-serializers.js';
export type { DocxPlace, DocxSerializer, DocxWriter } from './formats/docx/docx-serializer.js';
export { exportFormatLoaders, loadExportFormat } from './formats/format-loaders.js';
export { documentCss } from './formats/html/document-css.js';
export type { HtmlContext, HtmlNodeSerializer } from './formats/html/html-context.js';
export { escapeHtmlAttribute, escapeHtmlText } from './formats/html/html-escape.js';
export { htmlFormat } from './formats/html/html-format.js';
export { htmlFragment } from './formats/html/html-fragment.js';
export { htmlNodeSerializers, paragraphAnchor } from './formats/html/html-node-serializers.js';
export { htmlPage } from './formats/html/html-page.js';
export { mastheadHtml } from './formats/html/masthead-html.js';
export { exportFormatNamed, exportFormats } from './formats/index.js';
export { createPdfFormat, pdfFormat } from './formats/pdf/pdf-format.js';
export { plainTextExport } from './formats/text/plain-text-export.js';
export type { TextContext, TextNodeSerializer } from './formats/text/text-context.js';
export { textFormat } from './formats/text/text-format.js';
export { textNodeSerializers } from './formats/text/text-node-serializers.js';
export { type Distribution, type MastheadWords, mastheadWords } from './masthead-words.js';
export { cssPageSize, isPaperSize, type PaperSize, paperSizes } from './paper-size.js';
export { chromiumFlags, chromiumPdfPrinter, defaultChromiumPath } from './printing/chromium-pdf-printer.js';
export type { HtmlPdfPrinter } from './printing/html-pdf-printer.js';
export { pdfWithFixedDates } from './printing/pdf-dates.js';
export { defaultSampleSeed, type SampleOptions, sampleDraft } from './sample/sample-draft.js';
export { type SamplePhrases, samplePhrases } from './sample/sample-phrases.js';
export { sampleSymbol } from './sample/sample-symbols.js';
export { pick, type RandomSource, seededRandom } from './sample/seeded-random.js';
export {
  jointSymbolSeparator,
  type SymbolLinkPart,
  symbolLinkParts,
  symbolLinkPartsOnce,
} from './symbol-link-parts.js';
