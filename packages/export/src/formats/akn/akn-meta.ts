import type { ExportInput } from '../../export-format.js';
import { mastheadWords } from '../../masthead-words.js';
import { escapeXmlAttribute as attr } from '../../xml-escape.js';
import { frbrIdentity, iso6392 } from './akn-frbr.js';
import type { CitedDocument } from './akn-serializer.js';

/** The eId of the organisation that marks up and publishes the document (the identification's source). */
export const secretariatEId = 'un-secretariat';

/**
 * The `<meta>` block: FRBR identification (work, expression in the document's language,
 * manifestation), and the references: the United Nations as author, its Secretariat as the source
 * of the markup, and every document the text cites as an `<activeRef>` whose `showAs` is the true
 * symbol and whose `href` is the link the text uses.
 */
export function aknMeta(input: ExportInput, cited: readonly CitedDocument[]): string {
  const { metadata } = input.draft;
  const frbr = frbrIdentity(metadata);
  const date = `<FRBRdate date="${frbr.date}" name="${metadata.date ? 'document' : 'undated'}"/>`;
  const author = '<FRBRauthor href="#un"/>';
  const unitedNations = mastheadWords.en.unitedNations;
  return [
    `<meta><identification source="#${secretariatEId}">`,
    `<FRBRWork><FRBRthis value="${attr(frbr.work)}/!main"/><FRBRuri value="${attr(frbr.work)}"/>${date}${author}`,
    '<FRBRcountry value="un"/>',
    metadata.symbol ? `<FRBRnumber value="${attr(metadata.symbol)}"/>` : '',
    '<FRBRname value="addendum"/></FRBRWork>',
    `<FRBRExpression><FRBRthis value="${attr(frbr.expression)}/!main"/><FRBRuri value="${attr(frbr.expression)}"/>${date}${author}`,
    `<FRBRlanguage language="${iso6392[metadata.language]}"/></FRBRExpression>`,
    `<FRBRManifestation><FRBRthis value="${attr(frbr.expression)}/!main.xml"/><FRBRuri value="${attr(frbr.manifestation)}"/>${date}`,
    `<FRBRauthor href="#${secretariatEId}"/></FRBRManifestation>`,
    `</identification><references source="#${secretariatEId}">`,
    `<TLCOrganization eId="un" href="/akn/ontology/organization/un" showAs="${unitedNations}"/>`,
    `<TLCOrganization eId="${secretariatEId}" href="/akn/ontology/organization/un/secretariat" showAs="${unitedNations} Secretariat"/>`,
    ...cited.map(
      (document, i) =>
        `<activeRef eId="activeRef_${i + 1}" href="${attr(document.href)}" showAs="${attr(document.showAs)}"/>`,
    ),
    '</references></meta>',
  ].join('');
}
