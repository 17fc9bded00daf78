import type { DraftMetadata } from '@rapporteur/document';
import { parseJointSymbol } from '@rapporteur/symbols';
import { mastheadWords } from './masthead-words.js';

/**
 * The texts of a draft's masthead in its language, as every format prints them: null where the
 * draft does not have the data yet (no symbol, no date), so each format simply leaves that line out.
 */
export interface MastheadLines {
  /** "United Nations". */
  readonly unitedNations: string;
  /** The document symbol, once assigned. */
  readonly symbol: string | null;
  /** The principal organ read from the symbol's first component (E → Economic and Social Council). */
  readonly organ: string | null;
  /** "Distr.: Limited". */
  readonly distribution: string;
  /** The date as the language writes it ("23 May 2019", "2019年5月23日"). */
  readonly date: string | null;
  /** "Original: English". */
  readonly original: string | null;
  /** The line naming the body ("Commission on Crime Prevention and Criminal Justice"). */
  readonly body: string | null;
  /** The session line ("Twenty-eighth session"). */
  readonly session: string | null;
  /** "Agenda item 6" when the metadata gives the item's number ("6", "4 (a)"); a whole line as written. */
  readonly agendaItem: string | null;
}

/**
 * The masthead texts of a draft, computed once from its metadata for the HTML, Akoma Ntoso and
 * DOCX mastheads, so the three formats never disagree on a line.
 */
export function mastheadLines(metadata: DraftMetadata): MastheadLines {
  const words = mastheadWords[metadata.language];
  const parsed = metadata.symbol ? parseJointSymbol(metadata.symbol) : null;
  const date = metadata.date?.split('-').map(Number);
  const item = metadata.agendaItem;
  return {
    unitedNations: words.unitedNations,
    symbol: metadata.symbol,
    organ: parsed?.ok ? (words.organs[parsed.symbol.parts[0]!.organ] ?? null) : null,
    distribution: words.distribution[metadata.distribution],
    date: date ? words.date(date[0]!, date[1]!, date[2]!) : null,
    original: metadata.originalLanguage
      ? words.original(words.languageNames[metadata.originalLanguage])
      : null,
    body: metadata.body,
    session: metadata.session,
    agendaItem: item !== null && /^\d+(?:\s*\([a-z]+\))?$/.test(item) ? words.agendaItem(item) : item,
  };
}
