/**
 * An official language of the United Nations, as the ISO 639-1 code the whole project uses
 * (Chinese is `zh` here even where a link service spells it differently).
 */
export type OfficialLanguage = 'ar' | 'zh' | 'en' | 'es' | 'fr' | 'ru';

/**
 * The six official languages in UN order (the alphabetical order of their English names:
 * Arabic, Chinese, English, French, Russian, Spanish), the order in which language versions
 * are listed and produced.
 */
export const officialLanguages: readonly OfficialLanguage[] = Object.freeze([
  'ar',
  'zh',
  'en',
  'fr',
  'ru',
  'es',
]);

/** Whether a string (a CLI flag, a URL segment, a stored value) is one of the official language codes. */
export function isOfficialLanguage(x: string): x is OfficialLanguage {
  return (officialLanguages as readonly string[]).includes(x);
}
