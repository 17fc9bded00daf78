import type { OfficialLanguage } from '@rapporteur/symbols';

/** The few words the document model itself prints, per official language. */
export interface DocumentPhrases {
  /** The word printed above the title of an addendum: "Addendum", "增编". */
  readonly addendum: string;
  /** How a cross-reference to paragraph n reads in running text: "paragraph 14", "第 14 段". */
  paragraphReference(n: number): string;
  /** How a cross-reference to a paragraph that no longer exists reads, so it is never blank. */
  readonly missingReference: string;
  /** The writing direction of the language, for exporters and the editor. */
  readonly direction: 'ltr' | 'rtl';
}

/**
 * The document model's words in the six official languages. Templates hold the long phrases; these
 * are the ones that numbering and plain text need (cross-references, the "Addendum" label).
 */
export const documentPhrases: Readonly<Record<OfficialLanguage, DocumentPhrases>> = {
  ar: {
    addendum: 'إضافة',
    paragraphReference: (n) => `الفقرة ${n}`,
    missingReference: 'الفقرة [؟]',
    direction: 'rtl',
  },
  zh: {
    addendum: '增编',
    paragraphReference: (n) => `第 ${n} 段`,
    missingReference: '第 [?] 段',
    direction: 'ltr',
  },
  en: {
    addendum: 'Addendum',
    paragraphReference: (n) => `paragraph ${n}`,
    missingReference: 'paragraph [?]',
    direction: 'ltr',
  },
  es: {
    addendum: 'Adición',
    paragraphReference: (n) => `párrafo ${n}`,
    missingReference: 'párrafo [?]',
    direction: 'ltr',
  },
  fr: {
    addendum: 'Additif',
    paragraphReference: (n) => `paragraphe ${n}`,
    missingReference: 'paragraphe [?]',
    direction: 'ltr',
  },
  ru: {
    addendum: 'Добавление',
    paragraphReference: (n) => `пункт ${n}`,
    missingReference: 'пункт [?]',
    direction: 'ltr',
  },
};
