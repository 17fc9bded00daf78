import { distinctSortedDates, groupDates } from '../calendar-date.js';
import { capitaliseFirst, joinList, joinText, singularOrPlural } from './join-list.js';
import type { LanguageRules } from './language-rules.js';

const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const et = (items: readonly string[]) => joinText(items, ', ', ' et ');

/** A French day of the month: the first is "1er", the others are figures. */
export function frenchDay(day: number): string {
  return day === 1 ? '1er' : String(day);
}

/** A French ordinal for a meeting (une séance): 1re, 2e, 3e… */
export function frenchMeetingOrdinal(n: number): string {
  return n === 1 ? '1re' : `${n}e`;
}

/**
 * "de" before a name in running text, contracted as French requires: du Japon, des États-Unis,
 * de la Thaïlande, de l'Algérie, d'Israël, de Cuba.
 */
export function frenchOf(name: string): string {
  if (name.startsWith('le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('les ')) return `des ${name.slice(4)}`;
  if (/^[aeiouyhâàéèêëîïôöûüœ]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/**
 * French as the UN writes it: "A, B et C"; dates with the article ("le 22 mai 2019", "les 22 et
 * 23 mai 2019", "le 1er juin"); meetings "6e et 7e séances"; "de" repeated and contracted before
 * each name after a noun ("les représentants de l'Algérie, du Japon et des États-Unis").
 */
export const frenchRules: LanguageRules = {
  language: 'fr',
  direction: 'ltr',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' et '),
  dates: (dates) => {
    const text = et(
      groupDates(dates).map(
        ({ year, months: ms }) =>
          `${et(ms.map(({ month, days }) => `${et(days.map(frenchDay))} ${months[month - 1]}`))} ${year}`,
      ),
    );
    return `${distinctSortedDates(dates).length === 1 ? 'le' : 'les'} ${text}`;
  },
  meetings: (numbers) =>
    `${et(numbers.map(frenchMeetingOrdinal))} ${numbers.length === 1 ? 'séance' : 'séances'}`,
  namesAfterNoun: (names) => et(names.map((n) => frenchOf(n.name))),
  countOf: singularOrPlural,
  sentence: capitaliseFirst,
};
