/** The WordprocessingML namespace, bound to `w:` in every part this exporter writes. */
export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The namespace of relationship ids inside a part (`r:id` of a hyperlink). */
export const relationshipIdNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The XML declaration that starts every part of the package. */
export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** How a run is formatted: a character style, bold, italic, right to left (all off when absent). */
export interface WordRunFormat {
  readonly style?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Right-to-left text (Arabic): `w:rtl`, so Word orders and shapes the run as Arabic. */
  readonly rtl?: boolean;
}

/**
 * One run (`w:r`) of text that `wordText` has already escaped, with its properties in the order
 * the schema requires (style, bold, italic, right to left). Spaces at either end are kept.
 */
export function wordRun(escapedText: string, format: WordRunFormat = {}): string {
  let properties = '';
  if (format.style) properties += `<w:rStyle w:val="${format.style}"/>`;
  if (format.bold) properties += '<w:b/><w:bCs/>';
  if (format.italics) properties += '<w:i/><w:iCs/>';
  if (format.rtl) properties += '<w:rtl/>';
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapedText}</w:t></w:r>`;
}

/** How a paragraph is formatted: its style, its list number, its direction and alignment. */
export interface WordParagraphFormat {
  readonly style: string;
  /** The list the paragraph is numbered in (`w:numId`) and its level there (`w:ilvl`). */
  readonly number?: { readonly numId: number; readonly level: number };
  /** A right-to-left paragraph (Arabic): `w:bidi`. */
  readonly bidi?: boolean;
  /** Aligned to the start of the line, whatever its style says (masthead lines). */
  readonly start?: boolean;
}

/** One paragraph (`w:p`) of the given runs, with its properties in the order the schema requires. */
export function wordParagraph(format: WordParagraphFormat, runs: string): string {
  let properties = `<w:pStyle w:val="${format.style}"/>`;
  if (format.number)
    properties += `<w:numPr><w:ilvl w:val="${format.number.level}"/><w:numId w:val="${format.number.numId}"/></w:numPr>`;
  if (format.bidi) properties += '<w:bidi/>';
  if (format.start) properties += '<w:jc w:val="start"/>';
  return `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>`;
}
