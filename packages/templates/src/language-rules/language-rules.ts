import type { OfficialLanguage } from '@rapporteur/symbols';
import type { CalendarDate } from '../calendar-date.js';
import type { Run } from '../runs.js';

/** How a list is joined: with the language's conjunction, or (where the language has one) as a bare enumeration. */
export type ListStyle = 'conjunction' | 'enumeration';

/**
 * The grammatical count a phrase is chosen by for a list of n names: one, two (Arabic has a dual)
 * or more. It is about nouns standing for listed names, not about counting with numerals.
 */
export type CountCategory = 'one' | 'two' | 'other';

/** A name in the two forms the phrases need: as it stands alone, and after "the representatives of". */
export interface NameForms {
  /** The name in running text, with the article the language uses ("the Sudan", "le Soudan", "苏丹"). */
  readonly name: string;
  /** The name as the complement of a noun (Russian genitive; the same as `name` elsewhere). */
  readonly genitive: string;
}

/**
 * The rules of one official language that templates need, written once and tested: lists, dates,
 * meeting numbers, names after "the representatives of", counts, and how sentences are put
 * together. Phrases hold the words; these functions hold the grammar.
 */
export interface LanguageRules {
  readonly language: OfficialLanguage;
  /** Writing direction, for the draft and every exporter. */
  readonly direction: 'ltr' | 'rtl';
  /** What goes between two sentences of one paragraph (a space, or nothing in Chinese). */
  readonly sentenceSeparator: string;
  /** Joins items as the language lists them ("A, B and C", "A、B 和 C"); items may hold symbols. */
  list(items: ReadonlyArray<readonly Run[]>, style?: ListStyle): Run[];
  /** The dates of one or more meetings ("22 and 23 May 2019", "2019年5月22日和23日"). */
  dates(dates: readonly CalendarDate[]): string;
  /** The meetings by number ("6th and 7th meetings", "第6和第7次会议"). */
  meetings(numbers: readonly number[]): string;
  /**
   * Names as the complement of "the representative(s)" / "the observer(s)": the list in the form
   * the language's phrases expect after that noun (French and Spanish carry their "de" here).
   */
  namesAfterNoun(names: readonly NameForms[]): string;
  /** The count category that chooses between singular, dual and plural phrases. */
  countOf(n: number): CountCategory;
  /** A sentence as it starts: an upper-case first letter where the script has cases. */
  sentence(text: readonly Run[]): Run[];
}
