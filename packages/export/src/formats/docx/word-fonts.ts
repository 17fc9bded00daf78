import type { OfficialLanguage } from '@rapporteur/symbols';

/** The fonts of a Word document for each script slot of a run (w:rFonts). */
export interface WordFonts {
  /** Latin text (w:ascii and w:hAnsi). */
  readonly latin: string;
  /** Chinese, Japanese and Korean text (w:eastAsia). */
  readonly eastAsia: string;
  /** Complex scripts: Arabic (w:cs). */
  readonly complexScript: string;
}

/**
 * The fonts of an exported document: Times New Roman for Latin and Cyrillic text as in UN
 * documents, SimSun for Chinese (the UN Chinese font; LibreOffice substitutes Noto Serif CJK SC where
 * SimSun is absent), and Arial for Arabic in the complex-script slot (Word draws Arabic with it;
 * LibreOffice falls back to Noto Naskh Arabic). Setting all three slots is what makes Chinese and
 * Arabic text render whatever the reader's default fonts are.
 */
export const wordFonts: WordFonts = {
  latin: 'Times New Roman',
  eastAsia: 'SimSun',
  complexScript: 'Arial',
};

/** The language tags of a run (w:lang): the Latin, East Asian and bidirectional slots. */
export interface WordLanguageTags {
  readonly value: string;
  readonly eastAsia: string;
  readonly bidirectional: string;
}

const tags: Readonly<Record<OfficialLanguage, string>> = {
  ar: 'ar-SA',
  zh: 'zh-CN',
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  ru: 'ru-RU',
};

/**
 * The w:lang tags for a document in this language, so Word's spelling, hyphenation and line
 * breaking use the right rules: the document's language in its own slot, the others at their
 * usual values (zh-CN for East Asian text, ar-SA for bidirectional text).
 */
export function wordLanguageTags(language: OfficialLanguage): WordLanguageTags {
  return {
    value: language === 'zh' || language === 'ar' ? 'en-GB' : tags[language],
    eastAsia: tags.zh,
    bidirectional: tags.ar,
  };
}
