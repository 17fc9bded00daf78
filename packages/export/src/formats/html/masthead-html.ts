import type { DraftMetadata } from '@rapporteur/document';
import { mastheadLines } from '../../masthead-lines.js';
import { escapeHtmlText } from './html-escape.js';

const line = (className: string, text: string | null): string =>
  text ? `<p class="${className}">${escapeHtmlText(text)}</p>` : '';

/**
 * The masthead of a UN document in HTML, from the draft's metadata and in its language: "United
 * Nations" and the symbol on the first line, the principal organ (read from the symbol: E is the
 * Economic and Social Council) beside distribution, date and original language, then the body,
 * session and agenda item lines. Lines whose data the draft does not have yet are left out.
 */
export function mastheadHtml(metadata: DraftMetadata): string {
  const lines = mastheadLines(metadata);
  return [
    '<header class="masthead">',
    `<div class="masthead-top">${line('united-nations', lines.unitedNations)}${line('document-symbol', lines.symbol)}</div>`,
    `<div class="masthead-organ">${line('organ', lines.organ)}<div class="distribution">${[
      line('distr', lines.distribution),
      line('date', lines.date),
      line('original', lines.original),
    ].join('')}</div></div>`,
    '</header>',
    `<div class="meeting">${[
      line('body', lines.body),
      line('session', lines.session),
      line('agenda-item', lines.agendaItem),
    ].join('')}</div>`,
    '',
  ].join('\n');
}
