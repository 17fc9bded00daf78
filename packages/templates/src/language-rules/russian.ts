import { groupDates } from '../calendar-date.js';
import { capitaliseFirst, joinList, joinText, singularOrPlural } from './join-list.js';
import type { LanguageRules } from './language-rules.js';

const monthsGenitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const i = (items: readonly string[]) => joinText(items, ', ', ' и ');

/**
 * Russian as the UN writes it: "A, B и C"; dates "22 и 23 мая 2019 года", "31 мая и 1 июня 2019
 * года", "31 декабря 2019 года и 1 января 2020 года"; meetings in the prepositional case after
 * "на своем/своих" ("6-м заседании", "6-м и 7-м заседаниях"); names after a noun in the genitive
 * ("представители Алжира, Японии и Соединенных Штатов").
 */
export const russianRules: LanguageRules = {
  language: 'ru',
  direction: 'ltr',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' и '),
  dates: (dates) =>
    i(
      groupDates(dates).map(
        ({ year, months: ms }) =>
          `${i(ms.map(({ month, days }) => `${i(days.map(String))} ${monthsGenitive[month - 1]}`))} ${year} года`,
      ),
    ),
  meetings: (numbers) =>
    `${i(numbers.map((n) => `${n}-м`))} ${numbers.length === 1 ? 'заседании' : 'заседаниях'}`,
  namesAfterNoun: (names) => i(names.map((n) => n.genitive)),
  countOf: singularOrPlural,
  sentence: capitaliseFirst,
};
