import { distinctSortedDates, groupDates } from '../calendar-date.js';
import { type Run, runsText } from '../runs.js';
import { capitaliseFirst, joinList, singularOrPlural } from './join-list.js';
import type { LanguageRules } from './language-rules.js';

const months = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

const ordinalWords = [
  'primera',
  'segunda',
  'tercera',
  'cuarta',
  'quinta',
  'sexta',
  'séptima',
  'octava',
  'novena',
  'décima',
];

/**
 * A Spanish ordinal for a meeting (una sesión): in words up to the tenth, as the UN's Spanish
 * style has it ("sexta"), then in figures ("11ª").
 */
export function spanishMeetingOrdinal(n: number): string {
  return ordinalWords[n - 1] ?? `${n}ª`;
}

/** "y" before the last item, or "e" when that item begins with the sound i ("Argelia e Indonesia"). */
function conjunctionBefore(item: readonly Run[]): string {
  return /^(h?i(?![aeiouáéíóú])|h?í)/i.test(runsText(item)) ? ' e ' : ' y ';
}

const y = (items: readonly string[]) => runsText(spanishList(items.map((item) => [item])));

function spanishList(items: ReadonlyArray<readonly Run[]>): Run[] {
  const last = items[items.length - 1];
  return joinList(items, ', ', last ? conjunctionBefore(last) : ' y ');
}

/** Contracts "de el" to "del" and "a el" to "al", as Spanish always does. */
export function spanishContractions(text: string): string {
  return text.replace(/\bde el /g, 'del ').replace(/\ba el /g, 'al ');
}

/**
 * Spanish as the UN writes it: "A, B y C" (and "e" before an i sound), dates "el 22 de mayo de
 * 2019" / "los días 22 y 23 de mayo de 2019", meetings in words up to the tenth ("sesiones sexta y
 * séptima", "sexta sesión"), names after a noun introduced by "de" with "del" where the first name
 * carries "el" ("los representantes del Japón, Argelia y los Estados Unidos").
 */
export const spanishRules: LanguageRules = {
  language: 'es',
  direction: 'ltr',
  sentenceSeparator: ' ',
  list: (items) => spanishList(items),
  dates: (dates) => {
    const text = y(
      groupDates(dates).map(
        ({ year, months: ms }) =>
          `${y(ms.map(({ month, days }) => `${y(days.map(String))} de ${months[month - 1]}`))} de ${year}`,
      ),
    );
    return distinctSortedDates(dates).length === 1 ? `el ${text}` : `los días ${text}`;
  },
  meetings: (numbers) => {
    const ordinals = y(numbers.map(spanishMeetingOrdinal));
    return numbers.length > 1 ? `sesiones ${ordinals}` : `${ordinals} sesión`;
  },
  namesAfterNoun: (names) => spanishContractions(`de ${y(names.map((n) => n.name))}`),
  countOf: singularOrPlural,
  sentence: capitaliseFirst,
};
