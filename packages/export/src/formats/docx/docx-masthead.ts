import { documentPhrases } from '@rapporteur/document';
import { parseJointSymbol } from '@rapporteur/symbols';
import { mastheadWords } from '../../masthead-words.js';
import type { DocxWriter } from './docx-serializer.js';
import { wordStyleIds } from './word-styles.js';

/** An agenda item given as its number ("6", "4 (a)") gets the language's words; a whole line is kept. */
const agendaItemLine = (item: string, words: (item: string) => string): string =>
  /^\d+(?:\s*\([a-z]+\))?$/.test(item) ? words(item) : item;

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
  const words = mastheadWords[metadata.language];
  const parsed = metadata.symbol ? parseJointSymbol(metadata.symbol) : null;
  const organ = parsed?.ok ? (words.organs[parsed.symbol.parts[0]!.organ] ?? null) : null;
  const date = metadata.date?.split('-').map(Number);
  const line = (text: string | null | undefined, style: string, start = false, bold = false): string =>
    text ? writer.textParagraph(text, style, { start, bold }) : '';
  return [
    writer.input.valid ? '' : line(words.notValid, wordStyleIds.masthead, true, true),
    line(metadata.symbol, wordStyleIds.mastheadSymbol),
    line(words.unitedNations, wordStyleIds.masthead, true, true),
    line(organ, wordStyleIds.masthead, true, true),
    line(words.distribution[metadata.distribution], wordStyleIds.masthead),
    line(date ? words.date(date[0]!, date[1]!, date[2]!) : null, wordStyleIds.masthead),
    line(
      metadata.originalLanguage ? words.original(words.languageNames[metadata.originalLanguage]) : null,
      wordStyleIds.masthead,
    ),
    line(metadata.body, wordStyleIds.masthead, true, true),
    line(metadata.session, wordStyleIds.masthead, true),
    line(
      metadata.agendaItem ? agendaItemLine(metadata.agendaItem, words.agendaItem) : null,
      wordStyleIds.masthead,
      true,
    ),
    line(documentPhrases[metadata.language].addendum, wordStyleIds.section),
  ].join('');
}
