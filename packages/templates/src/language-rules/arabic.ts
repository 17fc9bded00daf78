import { groupDates } from '../calendar-date.js';
import type { Run } from '../runs.js';
import type { CountCategory, LanguageRules } from './language-rules.js';

const months = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

const ordinals = [
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
  'الحادية عشرة',
  'الثانية عشرة',
  'الثالثة عشرة',
  'الرابعة عشرة',
  'الخامسة عشرة',
  'السادسة عشرة',
  'السابعة عشرة',
  'الثامنة عشرة',
  'التاسعة عشرة',
  'العشرين',
];

/**
 * An Arabic ordinal for a meeting (جلسة, feminine) in words, as UN Arabic texts write the first
 * twenty; later meetings are written in figures.
 */
export function arabicMeetingOrdinal(n: number): string {
  return ordinals[n - 1] ?? String(n);
}

/** Whether an item starts with a symbol or Latin letters, after which و keeps a space. */
function startsInLatin(item: readonly Run[]): boolean {
  const first = item[0];
  return first !== undefined && (typeof first !== 'string' || /^[A-Za-z0-9]/.test(first));
}

/** "A وB وC": Arabic joins every item with و written against the next word. */
function wa(items: readonly string[]): string {
  return items.join(' و');
}

/**
 * Arabic as the UN writes it (right to left): lists joined by و ("الجزائر واليابان وتايلند"),
 * dates with the double month names of UN usage ("22 و23 أيار/مايو 2019"), meetings as feminine
 * ordinals in words after the noun the phrase supplies ("السادسة والسابعة"), and three counts:
 * singular, dual and plural.
 */
export const arabicRules: LanguageRules = {
  language: 'ar',
  direction: 'rtl',
  sentenceSeparator: ' ',
  list: (items) => {
    const out: Run[] = [];
    items.forEach((item, index) => {
      if (index > 0) out.push(startsInLatin(item) ? ' و ' : ' و');
      out.push(...item);
    });
    return out;
  },
  dates: (dates) =>
    wa(
      groupDates(dates).map(
        ({ year, months: ms }) =>
          `${wa(ms.map(({ month, days }) => `${wa(days.map(String))} ${months[month - 1]}`))} ${year}`,
      ),
    ),
  meetings: (numbers) => wa(numbers.map(arabicMeetingOrdinal)),
  namesAfterNoun: (names) => wa(names.map((n) => n.name)),
  countOf: (n): CountCategory => (n === 1 ? 'one' : n === 2 ? 'two' : 'other'),
  sentence: (runs) => [...runs],
};
