import { distinctSortedDates } from '../calendar-date.js';
import { joinList, joinText } from './join-list.js';
import type { LanguageRules } from './language-rules.js';

const list = (items: readonly string[]) => joinText(items, '、', '和');

/**
 * Chinese as UN documents write it: lists with the enumeration comma and 和 before the last item
 * ("A、B和C"), or with enumeration commas only for a bare enumeration of titles ("A、B、C"); dates
 * year-month-day with each date naming only what changed ("2019年5月22日和23日",
 * "2019年5月31日和6月1日"); meetings as "第6和第7次会议"; no plural forms, no spaces between
 * sentences. (The seed's spaces around digits come from the PDF and are not written.)
 */
export const chineseRules: LanguageRules = {
  language: 'zh',
  direction: 'ltr',
  sentenceSeparator: '',
  list: (items, style = 'conjunction') => joinList(items, '、', style === 'enumeration' ? '、' : '和'),
  dates: (dates) => {
    let previous: { year: number; month: number } | undefined;
    const written = distinctSortedDates(dates).map((date) => {
      let text = `${date.day}日`;
      if (previous?.year !== date.year) text = `${date.year}年${date.month}月${text}`;
      else if (previous.month !== date.month) text = `${date.month}月${text}`;
      previous = date;
      return text;
    });
    return list(written);
  },
  meetings: (numbers) => `${list(numbers.map((n) => `第${n}`))}次会议`,
  namesAfterNoun: (names) => list(names.map((n) => n.name)),
  countOf: () => 'other',
  sentence: (runs) => [...runs],
};
