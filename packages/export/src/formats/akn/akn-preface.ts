import { documentPhrases } from '@rapporteur/document';
import { mastheadWords } from '../../masthead-words.js';
import { escapeXmlAttribute, escapeXmlText } from '../../xml-escape.js';
import type { AknWriter } from './akn-serializer.js';

const line = (className: string, xml: string | null): string =>
  xml ? `<p class="${className}">${xml}</p>` : '';

/** An agenda item given as its number ("6", "4 (a)") gets the language's words; a whole line is kept. */
const agendaItemLine = (item: string, words: (item: string) => string): string =>
  /^\d+(?:\s*\([a-z]+\))?$/.test(item) ? words(item) : item;

/**
 * The preface of the Akoma Ntoso document: the masthead as marked-up lines (the symbol as
 * `<docNumber>`, the date as `<docDate>`, the body as `<docAuthority>`, the session as
 * `<session>`), the word "Addendum" / "增编", and the title (`titleXml`, a `<docTitle>` line). A draft
 * exported despite problems gets a first line saying it must not be issued.
 */
export function aknPreface(writer: AknWriter, titleXml: string): string {
  const { metadata } = writer.input.draft;
  const words = mastheadWords[metadata.language];
  const text = (value: string | null) => (value ? escapeXmlText(value) : null);
  const date = metadata.date?.split('-').map(Number);
  return [
    writer.input.valid ? '' : line('notValid', text(words.notValid)),
    line('symbol', metadata.symbol ? `<docNumber>${escapeXmlText(metadata.symbol)}</docNumber>` : null),
    line('distribution', text(words.distribution[metadata.distribution])),
    line(
      'date',
      metadata.date && date
        ? `<docDate date="${escapeXmlAttribute(metadata.date)}">${escapeXmlText(words.date(date[0]!, date[1]!, date[2]!))}</docDate>`
        : null,
    ),
    line(
      'original',
      metadata.originalLanguage ? text(words.original(words.languageNames[metadata.originalLanguage])) : null,
    ),
    line('body', metadata.body ? `<docAuthority>${escapeXmlText(metadata.body)}</docAuthority>` : null),
    line('session', metadata.session ? `<session>${escapeXmlText(metadata.session)}</session>` : null),
    line(
      'agendaItem',
      metadata.agendaItem ? text(agendaItemLine(metadata.agendaItem, words.agendaItem)) : null,
    ),
    line('addendum', text(documentPhrases[metadata.language].addendum)),
    titleXml,
  ].join('');
}
