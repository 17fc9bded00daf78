import type { ExportFormat, ExportInput } from '../../export-format.js';
import { aknMeta } from './akn-meta.js';
import { aknNodeSerializers } from './akn-node-serializers.js';
import { createAknWriter } from './akn-writer.js';

/** The namespace of Akoma Ntoso 3.0 (OASIS LegalDocML). */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * Writes a draft as Akoma Ntoso 3.0 following the UN profile AKN4UN: a `debateReport` (the
 * schema gives it a `<mainBody>`), FRBR metadata, the masthead in the `<preface>`, numbered
 * paragraphs, sections and sub-sections with literal `<num>`s, item lists as `<blockList>`,
 * footnotes as `<authorialNote>`, symbols and cross-references as `<ref>`. Pure and deterministic:
 * dates come from the metadata, never the clock.
 *
 * Choices the schema forces: `debateReport` is an open structure, so the body is `<mainBody>` (not
 * `<debateBody>`, which belongs to `debate`); an inline `<ref>` has no `showAs`, so each cited
 * document is also listed in the metadata as an `<activeRef>` whose `showAs` is the true symbol;
 * AKN 3.0 has no `dir` attribute, so the language is given with `xml:lang` on the preface and body.
 */
export function renderAkn(input: ExportInput): string {
  const writer = createAknWriter(input, aknNodeSerializers);
  const body = aknNodeSerializers.doc(input.draft.doc, -1, { eId: '', container: 'main' }, writer);
  const meta = aknMeta(input, writer.citedDocuments());
  return `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${aknNamespace}"><debateReport name="addendum">${meta}${body}</debateReport></akomaNtoso>\n`;
}

/** The Akoma Ntoso 3.0 export format (XML). */
export const aknFormat: ExportFormat = {
  name: 'akn',
  mediaType: 'application/akn+xml',
  extension: 'xml',
  binary: false,
  nodeSerializers: aknNodeSerializers,
  render: async (input) => renderAkn(input),
};
