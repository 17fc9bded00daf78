import type { DocumentNumbering, Draft, NodeName } from '@rapporteur/document';
import type { JointSymbolParse, LinkConfig } from '@rapporteur/symbols';
import type { PaperSize } from './paper-size.js';

/** What every exporter receives: the draft, its numbering (computed once), and how to link symbols. */
export interface ExportInput {
  readonly draft: Draft;
  readonly numbering: DocumentNumbering;
  readonly links: LinkConfig;
  /** False when the draft was exported with --force despite problems: the output says so. */
  readonly valid: boolean;
  /** The paper the output is laid out for (print CSS, PDF, DOCX page size); A4 when absent. */
  readonly paper?: PaperSize;
  /**
   * Parses a symbol as `parseJointSymbol` does, remembering the parses of the whole export, so the
   * format reuses those validation made; `parseJointSymbol` itself when absent.
   */
  readonly parseSymbol?: (written: string) => JointSymbolParse;
}

/** The names of the export formats, as typed after `--format`. */
export const exportFormatNames = ['html', 'docx', 'pdf', 'akn', 'txt'] as const;

/** One export format name. */
export type ExportFormatName = (typeof exportFormatNames)[number];

/**
 * A serializer registry: one entry per node type of the schema, so a node type without a
 * serializer in some format is a compile error here and a failing test there.
 */
export type NodeSerializers<T> = { readonly [K in NodeName]: T };

/** An export format: its name, the media type and file extension of what it makes, and the maker. */
export interface ExportFormat {
  readonly name: ExportFormatName;
  readonly mediaType: string;
  readonly extension: string;
  /** Whether the output is bytes rather than text (the CLI will not print bytes on a terminal). */
  readonly binary: boolean;
  /**
   * The node serializers the output is made with (PDF: those of the HTML it prints), so a test
   * can check every format against the schema's node types.
   */
  readonly nodeSerializers: NodeSerializers<unknown>;
  /** Makes the file. Pure for every format but PDF, which prints the HTML with Chromium. */
  render(input: ExportInput): Promise<string | Uint8Array>;
}
