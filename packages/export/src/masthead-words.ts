import type { DraftMetadata } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';

/** How a document is distributed, as the draft metadata records it (general, limited, restricted). */
export type Distribution = DraftMetadata['distribution'];

/** The words of a UN masthead in one language, and how that language writes a date. */
export interface MastheadWords {
  /** "United Nations", printed at the top left. */
  readonly unitedNations: string;
  /** The principal organs, keyed by the first component of a symbol (E → Economic and Social Council). */
  readonly organs: Readonly<Record<string, string>>;
  /** The distribution line: "Distr.: Limited". */
  readonly distribution: Readonly<Record<Distribution, string>>;
  /** The original-language line for a language name: "Original: English". */
  original(languageName: string): string;
  /** The official languages as this language names them on the original-language line. */
  readonly languageNames: Readonly<Record<OfficialLanguage, string>>;
  /** The agenda item line: "Agenda item 6". */
  agendaItem(item: string): string;
  /** A calendar date (year, month 1–12, day) as the language writes it: "23 May 2019", "2019年5月23日". */
  date(year: number, month: number, day: number): string;
  /** The banner on a text exported with --force despite problems. */
  readonly notValid: string;
}

const month = (names: string) => (m: number) => names.split(' ')[m - 1]!;

/**
 * The masthead's words in the six official languages, kept as one small table so a translator can
 * check them in one place. Dates are written from tables rather than `Intl`, so the bytes of an
 * export never depend on the ICU data of the machine that made it.
 */
export const mastheadWords: Readonly<Record<OfficialLanguage, MastheadWords>> = {
  ar: {
    unitedNations: 'الأمم المتحدة',
    organs: {
      A: 'الجمعية العامة',
      E: 'المجلس الاقتصادي والاجتماعي',
      S: 'مجلس الأمن',
      ST: 'الأمانة العامة',
      T: 'مجلس الوصاية',
    },
    distribution: { general: 'التوزيع: عام', limited: 'التوزيع: محدود', restricted: 'التوزيع: مقيد' },
    original: (name) => `الأصل: ${name}`,
    languageNames: {
      ar: 'بالعربية',
      zh: 'بالصينية',
      en: 'بالإنكليزية',
      es: 'بالإسبانية',
      fr: 'بالفرنسية',
      ru: 'بالروسية',
    },
    agendaItem: (item) => `البند ${item} من جدول الأعمال`,
    date: (y, m, d) =>
      `${d} ${month('كانون_الثاني/يناير شباط/فبراير آذار/مارس نيسان/أبريل أيار/مايو حزيران/يونيه تموز/يوليه آب/أغسطس أيلول/سبتمبر تشرين_الأول/أكتوبر تشرين_الثاني/نوفمبر كانون_الأول/ديسمبر')(m).replace('_', ' ')} ${y}`,
    notValid: 'غير صالح: في هذا النص مشاكل لم تحل؛ لا يجوز إصداره.',
  },
  zh: {
    unitedNations: '联合国',
    organs: { A: '大会', E: '经济及社会理事会', S: '安全理事会', ST: '秘书处', T: '托管理事会' },
    distribution: { general: '分发：普遍', limited: '分发：限发', restricted: '分发：内部' },
    original: (name) => `原文：${name}`,
    languageNames: { ar: '阿拉伯文', zh: '中文', en: '英文', es: '西班牙文', fr: '法文', ru: '俄文' },
    agendaItem: (item) => `议程项目 ${item}`,
    date: (y, m, d) => `${y}年${m}月${d}日`,
    notValid: '无效：本文本有未解决的问题，不得印发。',
  },
  en: {
    unitedNations: 'United Nations',
    organs: {
      A: 'General Assembly',
      E: 'Economic and Social Council',
      S: 'Security Council',
      ST: 'Secretariat',
      T: 'Trusteeship Council',
    },
    distribution: {
      general: 'Distr.: General',
      limited: 'Distr.: Limited',
      restricted: 'Distr.: Restricted',
    },
    original: (name) => `Original: ${name}`,
    languageNames: { ar: 'Arabic', zh: 'Chinese', en: 'English', es: 'Spanish', fr: 'French', ru: 'Russian' },
    agendaItem: (item) => `Agenda item ${item}`,
    date: (y, m, d) =>
      `${d} ${month('January February March April May June July August September October November December')(m)} ${y}`,
    notValid: 'Not valid: this text has unresolved problems and must not be issued.',
  },
  es: {
    unitedNations: 'Naciones Unidas',
    organs: {
      A: 'Asamblea General',
      E: 'Consejo Económico y Social',
      S: 'Consejo de Seguridad',
      ST: 'Secretaría',
      T: 'Consejo de Administración Fiduciaria',
    },
    distribution: { general: 'Distr. general', limited: 'Distr. limitada', restricted: 'Distr. reservada' },
    original: (name) => `Original: ${name}`,
    languageNames: { ar: 'árabe', zh: 'chino', en: 'inglés', es: 'español', fr: 'francés', ru: 'ruso' },
    agendaItem: (item) => `Tema ${item} del programa`,
    date: (y, m, d) =>
      `${d} de ${month('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre')(m)} de ${y}`,
    notValid: 'No válido: este texto tiene problemas sin resolver y no debe publicarse.',
  },
  fr: {
    unitedNations: 'Nations Unies',
    organs: {
      A: 'Assemblée générale',
      E: 'Conseil économique et social',
      S: 'Conseil de sécurité',
      ST: 'Secrétariat',
      T: 'Conseil de tutelle',
    },
    distribution: { general: 'Distr. générale', limited: 'Distr. limitée', restricted: 'Distr. restreinte' },
    original: (name) => `Original\u00a0: ${name}`,
    languageNames: { ar: 'arabe', zh: 'chinois', en: 'anglais', es: 'espagnol', fr: 'français', ru: 'russe' },
    agendaItem: (item) => `Point ${item} de l’ordre du jour`,
    date: (y, m, d) =>
      `${d === 1 ? '1er' : d} ${month('janvier février mars avril mai juin juillet août septembre octobre novembre décembre')(m)} ${y}`,
    notValid: 'Non valide\u00a0: ce texte comporte des problèmes non résolus et ne doit pas être publié.',
  },
  ru: {
    unitedNations: 'Организация Объединенных Наций',
    organs: {
      A: 'Генеральная Ассамблея',
      E: 'Экономический и Социальный Совет',
      S: 'Совет Безопасности',
      ST: 'Секретариат',
      T: 'Совет по Опеке',
    },
    distribution: {
      general: 'Распространение: общее',
      limited: 'Распространение: ограниченное',
      restricted: 'Распространение: для служебного пользования',
    },
    original: (name) => `Подлинный текст: ${name}`,
    languageNames: {
      ar: 'арабский',
      zh: 'китайский',
      en: 'английский',
      es: 'испанский',
      fr: 'французский',
      ru: 'русский',
    },
    agendaItem: (item) => `Пункт ${item} повестки дня`,
    date: (y, m, d) =>
      `${d} ${month('января февраля марта апреля мая июня июля августа сентября октября ноября декабря')(m)} ${y} года`,
    notValid: 'Недействительно: в тексте остаются нерешенные проблемы; выпуску не подлежит.',
  },
};
