import { type ExportFormat, type ExportFormatName, exportFormatNames } from '../export-format.js';
import { aknFormat } from './akn/akn-format.js';
import { docxFormat } from './docx/docx-format.js';
import { htmlFormat } from './html/html-format.js';
import { pdfFormat } from './pdf/pdf-format.js';
import { textFormat } from './text/text-format.js';

/**
 * The export formats by name, as `--format` and the web app's download links choose them. Every
 * format registered here is checked by the tests against the schema's node types.
 */
export const exportFormats: { readonly [K in ExportFormatName]?: ExportFormat } = {
  html: htmlFormat,
  docx: docxFormat,
  pdf: pdfFormat,
  akn: aknFormat,
  txt: textFormat,
};

/** The names of the formats that are registered, in the order `exportFormatNames` lists them. */
export function availableFormatNames(): ExportFormatName[] {
  return exportFormatNames.filter((name) => exportFormats[name] !== undefined);
}

/** The registered format with this name, or undefined (an unknown or not yet available format). */
export function exportFormatNamed(name: string): ExportFormat | undefined {
  return (exportFormatNames as readonly string[]).includes(name)
    ? exportFormats[name as ExportFormatName]
    : undefined;
}
