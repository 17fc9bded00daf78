import type { DraftMetadata } from '@rapporteur/document';
import { parseJointSymbol } from '@rapporteur/symbols';
import { mastheadWords } from '../../masthead-words.js';
import { escapeHtmlText } from './html-escape.js';

const line = (className: string, text: string | null): string =>
  text ? `<p class="${className}">${escapeHtmlText(text)}</p>` : '';

/** An agenda item given as its number ("6", "4 (a)") gets the language's words; a whole line is kept. */
const agendaItemLine = (item: string | null, words: (item: string) => string): string | null =>
  item === null ? null : /^\d+(?:\s*\([a-z]+\))?$/.test(item) ? words(item) : item;

/**
 * The masthead of a UN document in HTML, from the draft's metadata and in its language: "United
 * Nations" and the symbol on the first line, the principal organ (read from the symbol: E is the
 * Economic and Social Council) beside distribution, date and original language, then the body,
 * session and agenda item lines. Lines whose data the draft does not have yet are left out.
 */
export function mastheadHtml(metadata: DraftMetadata): string {
  const words = mastheadWords[metadata.language];
  const parsed = metadata.symbol ? parseJointSymbol(metadata.symbol) : null;
  const organ = parsed?.ok ? (words.organs[parsed.symbol.parts[0]!.organ] ?? null) : null;
  const date = metadata.date ? metadata.date.split('-').map(Number) : null;
  const original = metadata.originalLanguage
    ? words.original(words.languageNames[metadata.originalLanguage])
    : null;
  return [
    '<header class="masthead">',
    `<div class="masthead-top">${line('united-nations', words.unitedNations)}${line('document-symbol', metadata.symbol)}</div>`,
    `<div class="masthead-organ">${line('organ', organ)}<div class="distribution">${[
      line('distr', words.distribution[metadata.distribution]),
      line('date', date ? words.date(date[0]!, date[1]!, date[2]!) : null),
      line('original', original),
    ].join('')}</div></div>`,
    '</header>',
    `<div class="meeting">${[
      line('body', metadata.body),
      line('session', metadata.session),
      line('agenda-item', agendaItemLine(metadata.agendaItem, words.agendaItem)),
    ].join('')}</div>`,
    '',
  ].join('\n');
}
