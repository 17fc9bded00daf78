import type { ExportFormat } from '../../export-format.js';
import { chromiumPdfPrinter } from '../../printing/chromium-pdf-printer.js';
import type { HtmlPdfPrinter } from '../../printing/html-pdf-printer.js';
import { pdfWithFixedDates } from '../../printing/pdf-dates.js';
import { htmlNodeSerializers } from '../html/html-node-serializers.js';
import { htmlPage } from '../html/html-page.js';

/**
 * PDF export made with the given printer: the HTML page (official look, print CSS for the chosen
 * paper) printed to PDF, with its dates fixed to the document's date so the bytes are
 * deterministic. Its node serializers are the HTML ones, since that is what it prints.
 */
export function createPdfFormat(printer: HtmlPdfPrinter): ExportFormat {
  return {
    name: 'pdf',
    mediaType: 'application/pdf',
    extension: 'pdf',
    binary: true,
    nodeSerializers: htmlNodeSerializers,
    render: async (input) => pdfWithFixedDates(await printer(htmlPage(input)), input.draft.metadata.date),
  };
}

/** PDF export printed by Debian's headless Chromium (the only format that runs a process). */
export const pdfFormat: ExportFormat = createPdfFormat(chromiumPdfPrinter());
