import {
  type DocumentProblem,
  type Draft,
  numberDocument,
  rememberingSymbolParses,
  validate,
} from '@rapporteur/document';
import { type LinkConfig, undocsLinkConfig } from '@rapporteur/symbols';
import { type ExportFormat, type ExportFormatName, exportFormatNames } from './export-format.js';
import { loadExportFormat } from './formats/format-loaders.js';
import type { PaperSize } from './paper-size.js';

/** How to export: whether to export a draft with problems anyway, on which paper, with which links. */
export interface ExportOptions {
  /** Export despite problems; the output is then marked as not valid. */
  readonly force?: boolean;
  /** Paper for the printed formats; A4 when absent. */
  readonly paper?: PaperSize;
  /** How symbols are linked; the seed's `http://undocs.org/{lang}/{symbol}` when absent. */
  readonly links?: LinkConfig;
}

/**
 * The outcome of an export: the output (and whether it was made from a valid draft, with any
 * problems it has), or the refusal with every problem of a draft that is not valid.
 */
export type ExportResult =
  | {
      readonly ok: true;
      readonly output: string | Uint8Array;
      readonly valid: boolean;
      readonly problems: DocumentProblem[];
    }
  | { readonly ok: false; readonly problems: DocumentProblem[] };

/**
 * Exports a draft in one format (a name, whose format is loaded on first use, or a format object
 * such as a PDF format with another printer): numbers and validates it once, refuses it with the list of
 * problems unless `force` is set (then the output is marked not valid), and renders. The same
 * draft and options always give the same output. Pure for every format but PDF, whose format
 * prints through a process.
 */
export async function exportDraft(
  draft: Draft,
  format: ExportFormatName | ExportFormat,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const exporter = typeof format === 'string' ? await loadExportFormat(format) : format;
  if (!exporter) {
    throw new RangeError(
      `The export format "${String(format)}" is unknown: use ${exportFormatNames.join(', ')}`,
    );
  }
  const numbering = numberDocument(draft.doc);
  // Validation and the format parse the same symbols: once each for the whole export.
  const parseSymbol = rememberingSymbolParses();
  const problems = validate(draft.doc, numbering, { parseSymbol });
  const valid = problems.length === 0;
  if (!valid && !options.force) return { ok: false, problems };
  const output = await exporter.render({
    draft,
    numbering,
    links: options.links ?? undocsLinkConfig,
    valid,
    paper: options.paper ?? 'a4',
    parseSymbol,
  });
  return { ok: true, output, valid, problems };
}
