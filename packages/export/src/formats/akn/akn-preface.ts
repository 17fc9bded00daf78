import { documentPhrases } from '@rapporteur/document';
import { mastheadLines } from '../../masthead-lines.js';
import { mastheadWords } from '../../masthead-words.js';
import { escapeXmlAttribute, escapeXmlText } from '../../xml-escape.js';
import type { AknWriter } from './akn-serializer.js';

const line = (className: string, xml: string | null): string =>
  xml ? `<p class="${className}">${xml}</p>` : '';

/**
 * The preface of the Akoma Ntoso document: the masthead as marked-up lines (the symbol as
 * `<docNumber>`, the date as `<docDate>`, the body as `<docAuthority>`, the session as
 * `<session>`), the word "Addendum" / "增编", and the title (`titleXml`, a `<docTitle>` line). A draft
 * exported despite problems gets a first line saying it must not be issued.
 */
export function aknPreface(writer: AknWriter, titleXml: string): string {
  const { metadata } = writer.input.draft;
  const lines = mastheadLines(metadata);
  const text = (value: string | null) => (value ? escapeXmlText(value) : null);
  const element = (name: string, value: string | null) =>
    value ? `<${name}>${escapeXmlText(value)}</${name}>` : null;
  return [
    writer.input.valid ? '' : line('notValid', text(mastheadWords[metadata.language].notValid)),
    line('symbol', element('docNumber', lines.symbol)),
    line('distribution', text(lines.distribution)),
    line(
      'date',
      metadata.date && lines.date
        ? `<docDate date="${escapeXmlAttribute(metadata.date)}">${escapeXmlText(lines.date)}</docDate>`
        : null,
    ),
    line('original', text(lines.original)),
    line('body', element('docAuthority', lines.body)),
    line('session', element('session', lines.session)),
    line('agendaItem', text(lines.agendaItem)),
    line('addendum', text(documentPhrases[metadata.language].addendum)),
    titleXml,
  ].join('');
}
