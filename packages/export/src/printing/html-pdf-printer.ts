/**
 * Prints a standalone HTML page to PDF bytes. The PDF format receives one, so the pure serializers
 * never run a process and tests can swap the printer.
 */
export type HtmlPdfPrinter = (html: string) => Promise<Uint8Array>;
