import { type ExportFormat, type ExportFormatName, exportFormatNames } from '../export-format.js';
import { aknFormat } from './akn/akn-format.js';
import { docxFormat } from './docx/docx-format.js';
import { htmlFormat } from './html/html-format.js';
import { pdfFormat } from './pdf/pdf-format.js';
import { textFormat } from './text/text-format.js';

/**
 * The export formats by name, as `--format` and the web app's download links choose them, all
 * loaded (for a server that offers every format; the CLI loads only the one it needs through
 * `exportFormatLoaders`). A format name without a format is a compile error here, and every format
 * is checked by the tests against the schema's node types.
 */
export const exportFormats: { readonly [K in ExportFormatName]: ExportFormat } = {
  html: htmlFormat,
  docx: docxFormat,
  pdf: pdfFormat,
  akn: aknFormat,
  txt: textFormat,
};

/** The format with this name, or undefined when the name is not one of `exportFormatNames`. */
export function exportFormatNamed(name: string): ExportFormat | undefined {
  return (exportFormatNames as readonly string[]).includes(name)
    ? exportFormats[name as ExportFormatName]
    : undefined;
}
