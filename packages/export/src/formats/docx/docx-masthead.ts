import { documentPhrases } from '@rapporteur/document';
import { mastheadLines } from '../../masthead-lines.js';
import { mastheadWords } from '../../masthead-words.js';
import type { DocxWriter } from './docx-serializer.js';
import { wordStyleIds } from './word-styles.js';

/**
 * The masthead of an exported document as Word paragraphs, from the draft's metadata and in its
 * language: the symbol, "United Nations" and the principal organ (read from the symbol),
 * distribution, date and original language, the body, session and agenda item lines, then the
 * word "Addendum" / "增编" above the title. Lines whose data the draft does not have yet are left
 * out. A draft exported despite problems gets a banner first, so nobody mistakes it for an
 * issuable text.
 */
export function docxMasthead(writer: DocxWriter): string {
  const { metadata } = writer.input.draft;
  const lines = mastheadLines(metadata);
  const line = (text: string | null, style: string, start = false, bold = false): string =>
    text ? writer.textParagraph(text, style, { start, bold }) : '';
  return [
    writer.input.valid
      ? ''
      : line(mastheadWords[metadata.language].notValid, wordStyleIds.masthead, true, true),
    line(lines.symbol, wordStyleIds.mastheadSymbol),
    line(lines.unitedNations, wordStyleIds.masthead, true, true),
    line(lines.organ, wordStyleIds.masthead, true, true),
    line(lines.distribution, wordStyleIds.masthead),
    line(lines.date, wordStyleIds.masthead),
    line(lines.original, wordStyleIds.masthead),
    line(lines.body, wordStyleIds.masthead, true, true),
    line(lines.session, wordStyleIds.masthead, true),
    line(lines.agendaItem, wordStyleIds.masthead, true),
    line(documentPhrases[metadata.language].addendum, wordStyleIds.section),
  ].join('');
}
