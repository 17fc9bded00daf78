import { type ExportFormat, type ExportFormatName, exportFormatNames } from '../export-format.js';

/**
 * How each export format is loaded when it is first used: each format's module (and what it
 * alone needs, such as the zip writer for DOCX) is imported only then, so a command-line export
 * to HTML never loads the DOCX or Akoma Ntoso code. A format name without a loader is a compile
 * error here; the tests check that each loader gives the format registered under its name.
 */
export const exportFormatLoaders: { readonly [K in ExportFormatName]: () => Promise<ExportFormat> } = {
  html: async () => (await import('./html/html-format.js')).htmlFormat,
  docx: async () => (await import('./docx/docx-format.js')).docxFormat,
  pdf: async () => (await import('./pdf/pdf-format.js')).pdfFormat,
  akn: async () => (await import('./akn/akn-format.js')).aknFormat,
  txt: async () => (await import('./text/text-format.js')).textFormat,
};

/** The format with this name, loaded; undefined when the name is not one of `exportFormatNames`. */
export async function loadExportFormat(name: string): Promise<ExportFormat | undefined> {
  return (exportFormatNames as readonly string[]).includes(name)
    ? exportFormatLoaders[name as ExportFormatName]()
    : undefined;
}
