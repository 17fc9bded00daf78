import type { OfficialLanguage } from './official-languages.js';

/**
 * How to build the link to a document in one language: `pattern` contains `{lang}` and `{symbol}`,
 * and `segments` says what to put for `{lang}` for each official language (services disagree on
 * Chinese: 'ch' in the seed's undocs.org links, 'zh' on undocs.org today).
 */
export interface LinkConfig {
  pattern: string;
  segments: Record<OfficialLanguage, string>;
}

/**
 * The seed's links: `http://undocs.org/{lang}/{symbol}` with the segments ar, ch, en, es, fr, ru
 * (Chinese as 'ch'), exactly as the reference document's link targets are written.
 */
export const undocsLinkConfig: LinkConfig = Object.freeze({
  pattern: 'http://undocs.org/{lang}/{symbol}',
  segments: Object.freeze({ ar: 'ar', zh: 'ch', en: 'en', es: 'es', fr: 'fr', ru: 'ru' }),
});

/** undocs.org as it answers today: https, and Chinese as 'zh'. */
export const undocsZhLinkConfig: LinkConfig = Object.freeze({
  pattern: 'https://undocs.org/{lang}/{symbol}',
  segments: Object.freeze({ ar: 'ar', zh: 'zh', en: 'en', es: 'es', fr: 'fr', ru: 'ru' }),
});

/** The Official Document System at documents.un.org, which takes the symbol and language as query parameters. */
export const documentsUnOrgLinkConfig: LinkConfig = Object.freeze({
  pattern: 'https://documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf',
  segments: Object.freeze({ ar: 'ar', zh: 'zh', en: 'en', es: 'es', fr: 'fr', ru: 'ru' }),
});
