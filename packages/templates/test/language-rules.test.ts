import { describe, expect, it } from 'vitest';
import {
  arabicRules,
  chineseRules,
  englishOrdinal,
  englishRules,
  frenchOf,
  frenchRules,
  type NameForms,
  parseCalendarDate,
  type Run,
  runsText,
  russianRules,
  spanishRules,
} from '../src/index.js';

const dates = (...iso: string[]) => iso.map(parseCalendarDate);
const items = (...names: string[]): Run[][] => names.map((name) => [name]);
const list = (rules: typeof englishRules, ...names: string[]) => runsText(rules.list(items(...names)));
const same = (name: string): NameForms => ({ name, genitive: name });

describe('English', () => {
  it('writes the dates of meetings day, month, year', () => {
    expect(englishRules.dates(dates('2019-05-22'))).toBe('22 May 2019');
    expect(englishRules.dates(dates('2019-05-22', '2019-05-23'))).toBe('22 and 23 May 2019');
    expect(englishRules.dates(dates('2019-05-20', '2019-05-21', '2019-05-22'))).toBe(
      '20, 21 and 22 May 2019',
    );
  });

  it('names the month and the year once each across months and years', () => {
    expect(englishRules.dates(dates('2019-05-31', '2019-06-01'))).toBe('31 May and 1 June 2019');
    expect(englishRules.dates(dates('2019-12-31', '2020-01-01'))).toBe('31 December 2019 and 1 January 2020');
  });

  it('names a day once when two meetings fall on it, in calendar order', () => {
    expect(englishRules.dates(dates('2019-05-23', '2019-05-22', '2019-05-22'))).toBe('22 and 23 May 2019');
  });

  it('numbers meetings as ordinals with the noun in the right number', () => {
    expect(englishRules.meetings([6, 7])).toBe('6th and 7th meetings');
    expect(englishRules.meetings([6])).toBe('6th meeting');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });

  it('lists without a serial comma', () => {
    expect(list(englishRules, 'A')).toBe('A');
    expect(list(englishRules, 'A', 'B')).toBe('A and B');
    expect(list(englishRules, 'A', 'B', 'C')).toBe('A, B and C');
  });

  it('keeps the article of names that have one', () => {
    expect(englishRules.namesAfterNoun([same('Romania'), same('the Sudan')])).toBe('Romania and the Sudan');
  });

  it('distinguishes one from many', () => {
    expect(englishRules.countOf(1)).toBe('one');
    expect(englishRules.countOf(2)).toBe('other');
  });

  it('starts a sentence with a capital letter', () => {
    expect(englishRules.sentence(['the Commission took no action.'])).toEqual([
      'The Commission took no action.',
    ]);
  });
});

describe('Chinese', () => {
  it('writes dates year, month, day and names only what changes', () => {
    expect(chineseRules.dates(dates('2019-05-22'))).toBe('2019年5月22日');
    expect(chineseRules.dates(dates('2019-05-22', '2019-05-23'))).toBe('2019年5月22日和23日');
    expect(chineseRules.dates(dates('2019-05-20', '2019-05-21', '2019-05-22'))).toBe(
      '2019年5月20日、21日和22日',
    );
    expect(chineseRules.dates(dates('2019-05-31', '2019-06-01'))).toBe('2019年5月31日和6月1日');
    expect(chineseRules.dates(dates('2019-12-31', '2020-01-01'))).toBe('2019年12月31日和2020年1月1日');
  });

  it('numbers meetings as 第 … 次会议', () => {
    expect(chineseRules.meetings([6, 7])).toBe('第6和第7次会议');
    expect(chineseRules.meetings([6])).toBe('第6次会议');
    expect(chineseRules.meetings([2, 3, 4])).toBe('第2、第3和第4次会议');
  });

  it('lists with the enumeration comma and 和, or with enumeration commas only', () => {
    expect(list(chineseRules, '甲', '乙', '丙')).toBe('甲、乙和丙');
    expect(list(chineseRules, '甲', '乙')).toBe('甲和乙');
    expect(runsText(chineseRules.list(items('甲', '乙', '丙'), 'enumeration'))).toBe('甲、乙、丙');
  });

  it('has no plural forms and no space between sentences', () => {
    expect(chineseRules.countOf(1)).toBe('other');
    expect(chineseRules.sentenceSeparator).toBe('');
  });
});

describe('French', () => {
  it('writes dates with their article and 1er for the first of the month', () => {
    expect(frenchRules.dates(dates('2019-05-22'))).toBe('le 22 mai 2019');
    expect(frenchRules.dates(dates('2019-05-22', '2019-05-23'))).toBe('les 22 et 23 mai 2019');
    expect(frenchRules.dates(dates('2019-05-31', '2019-06-01'))).toBe('les 31 mai et 1er juin 2019');
    expect(frenchRules.dates(dates('2019-12-31', '2020-01-01'))).toBe(
      'les 31 décembre 2019 et 1er janvier 2020',
    );
  });

  it('numbers meetings as feminine ordinals', () => {
    expect(frenchRules.meetings([1])).toBe('1re séance');
    expect(frenchRules.meetings([6, 7])).toBe('6e et 7e séances');
  });

  it('lists with "et" and no comma before it', () => {
    expect(list(frenchRules, 'A', 'B', 'C')).toBe('A, B et C');
  });

  it('repeats and contracts "de" before every name after a noun', () => {
    expect(frenchOf('le Japon')).toBe('du Japon');
    expect(frenchOf('les États-Unis')).toBe('des États-Unis');
    expect(frenchOf('la Thaïlande')).toBe('de la Thaïlande');
    expect(frenchOf("l'Algérie")).toBe("de l'Algérie");
    expect(frenchOf('Israël')).toBe("d'Israël");
    expect(frenchOf('Cuba')).toBe('de Cuba');
    expect(frenchRules.namesAfterNoun([same("l'Algérie"), same('le Japon'), same('les États-Unis')])).toBe(
      "de l'Algérie, du Japon et des États-Unis",
    );
  });
});

describe('Spanish', () => {
  it('writes dates with "el" for one day and "los días" for several', () => {
    expect(spanishRules.dates(dates('2019-05-22'))).toBe('el 22 de mayo de 2019');
    expect(spanishRules.dates(dates('2019-05-22', '2019-05-23'))).toBe('los días 22 y 23 de mayo de 2019');
    expect(spanishRules.dates(dates('2019-05-31', '2019-06-01'))).toBe(
      'los días 31 de mayo y 1 de junio de 2019',
    );
  });

  it('writes meeting ordinals in words up to the tenth and in figures after', () => {
    expect(spanishRules.meetings([6])).toBe('sexta sesión');
    expect(spanishRules.meetings([6, 7])).toBe('sesiones sexta y séptima');
    expect(spanishRules.meetings([11, 12])).toBe('sesiones 11ª y 12ª');
  });

  it('uses "e" instead of "y" before an i sound', () => {
    expect(list(spanishRules, 'Argelia', 'Tailandia')).toBe('Argelia y Tailandia');
    expect(list(spanishRules, 'Argelia', 'Indonesia')).toBe('Argelia e Indonesia');
    expect(list(spanishRules, 'Argelia', 'Hierro')).toBe('Argelia y Hierro');
  });

  it('contracts "de el" to "del" after a noun', () => {
    expect(spanishRules.namesAfterNoun([same('el Japón'), same('Argelia'), same('los Estados Unidos')])).toBe(
      'del Japón, Argelia y los Estados Unidos',
    );
    expect(spanishRules.namesAfterNoun([same('El Salvador')])).toBe('de El Salvador');
  });
});

describe('Russian', () => {
  it('writes dates with the month in the genitive and "года"', () => {
    expect(russianRules.dates(dates('2019-05-22', '2019-05-23'))).toBe('22 и 23 мая 2019 года');
    expect(russianRules.dates(dates('2019-05-31', '2019-06-01'))).toBe('31 мая и 1 июня 2019 года');
    expect(russianRules.dates(dates('2019-12-31', '2020-01-01'))).toBe(
      '31 декабря 2019 года и 1 января 2020 года',
    );
  });

  it('numbers meetings in the prepositional case', () => {
    expect(russianRules.meetings([6])).toBe('6-м заседании');
    expect(russianRules.meetings([6, 7])).toBe('6-м и 7-м заседаниях');
  });

  it('puts names after a noun in the genitive', () => {
    expect(
      russianRules.namesAfterNoun([
        { name: 'Алжир', genitive: 'Алжира' },
        { name: 'Япония', genitive: 'Японии' },
      ]),
    ).toBe('Алжира и Японии');
  });
});

describe('Arabic', () => {
  it('is written right to left', () => {
    expect(arabicRules.direction).toBe('rtl');
  });

  it('joins lists with و written against the next word', () => {
    expect(list(arabicRules, 'الجزائر', 'اليابان', 'تايلند')).toBe('الجزائر واليابان وتايلند');
  });

  it('keeps a space after و before a document symbol', () => {
    expect(
      runsText(arabicRules.list([[{ symbol: 'E/CN.15/2019/7' }], [{ symbol: 'E/CN.15/2019/7/Corr.1' }]])),
    ).toBe('E/CN.15/2019/7 و E/CN.15/2019/7/Corr.1');
  });

  it('writes dates with the double month names of UN usage', () => {
    expect(arabicRules.dates(dates('2019-05-22', '2019-05-23'))).toBe('22 و23 أيار/مايو 2019');
    expect(arabicRules.dates(dates('2019-05-31', '2019-06-01'))).toBe('31 أيار/مايو و1 حزيران/يونيه 2019');
  });

  it('writes meeting ordinals in words', () => {
    expect(arabicRules.meetings([6, 7])).toBe('السادسة والسابعة');
    expect(arabicRules.meetings([25])).toBe('25');
  });

  it('has a dual between singular and plural', () => {
    expect([1, 2, 3, 11].map(arabicRules.countOf)).toEqual(['one', 'two', 'other', 'other']);
  });
});
