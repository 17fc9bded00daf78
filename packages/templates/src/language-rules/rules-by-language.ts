import type { OfficialLanguage } from '@rapporteur/symbols';
import { arabicRules } from './arabic.js';
import { chineseRules } from './chinese.js';
import { englishRules } from './english.js';
import { frenchRules } from './french.js';
import type { LanguageRules } from './language-rules.js';
import { russianRules } from './russian.js';
import { spanishRules } from './spanish.js';

/** The language rules of each official language, so templates never branch on a language code. */
export const languageRules: Readonly<Record<OfficialLanguage, LanguageRules>> = {
  ar: arabicRules,
  zh: chineseRules,
  en: englishRules,
  es: spanishRules,
  fr: frenchRules,
  ru: russianRules,
};
