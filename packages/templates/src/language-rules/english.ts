import { groupDates } from '../calendar-date.js';
import { capitaliseFirst, joinList, joinText, singularOrPlural } from './join-list.js';
import type { LanguageRules } from './language-rules.js';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An English ordinal in figures, as UN reports number meetings: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

const and = (items: readonly string[]) => joinText(items, ', ', ' and ');

/**
 * English as the UN writes it: lists without a serial comma ("A, B and C"), dates day-month-year
 * ("22 and 23 May 2019", "31 May and 1 June 2019"), meetings as ordinals in figures ("6th and 7th
 * meetings"), names with their article ("the Sudan") after "the representatives of".
 */
export const englishRules: LanguageRules = {
  language: 'en',
  direction: 'ltr',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' and '),
  dates: (dates) =>
    and(
      groupDates(dates).map(
        ({ year, months: ms }) =>
          `${and(ms.map(({ month, days }) => `${and(days.map(String))} ${months[month - 1]}`))} ${year}`,
      ),
    ),
  meetings: (numbers) =>
    `${and(numbers.map(englishOrdinal))} ${numbers.length === 1 ? 'meeting' : 'meetings'}`,
  namesAfterNoun: (names) => and(names.map((n) => n.name)),
  countOf: singularOrPlural,
  sentence: capitaliseFirst,
};
