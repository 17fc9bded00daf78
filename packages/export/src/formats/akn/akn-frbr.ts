import type { DraftMetadata } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';

/** ISO 639-2 codes of the official languages, as FRBR expressions and `FRBRlanguage` name them. */
export const iso6392: Readonly<Record<OfficialLanguage, string>> = {
  ar: 'ara',
  zh: 'zho',
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  ru: 'rus',
};

/** The FRBR identifiers of an exported document: work, expression (per language), manifestation. */
export interface FrbrIdentity {
  /** The work, the same in every language: `/akn/un/debateReport/addendum/2019-05-23/E-CN.15-2019-L.1-Add.6`. */
  readonly work: string;
  /** The expression in the document's language: the work with `/zho@`. */
  readonly expression: string;
  /** This XML file of the expression: the expression with `.akn`. */
  readonly manifestation: string;
  /** The date the identifiers carry: the draft's date. */
  readonly date: string;
}

/** The date used for a draft that has no date yet (FRBR dates are required): the draft is "undated". */
export const undatedDraft = '0001-01-01';

/**
 * The FRBR identity of a draft in the AKN4UN style of Akoma Ntoso IRIs:
 * `/akn/un/debateReport/addendum/{date}/{symbol}` for the work, where the symbol's slashes become
 * hyphens so it is one IRI segment (E/CN.15/2019/L.1/Add.6 → E-CN.15-2019-L.1-Add.6) and a draft
 * without a final symbol yet is "unassigned"; the expression adds the language (`/zho@`), the
 * manifestation the format (`.akn`). All from the metadata, so the same draft gives the same IRIs.
 */
export function frbrIdentity(metadata: DraftMetadata): FrbrIdentity {
  const date = metadata.date ?? undatedDraft;
  const number = metadata.symbol ? metadata.symbol.replace(/\//g, '-') : 'unassigned';
  const work = `/akn/un/debateReport/addendum/${date}/${encodeURIComponent(number)}`;
  const expression = `${work}/${iso6392[metadata.language]}@`;
  return { work, expression, manifestation: `${expression}.akn`, date };
}
