/**
 * The opening components that are principal organs or the Secretariat: A (General Assembly),
 * E (Economic and Social Council), S (Security Council), ST (Secretariat), T (Trusteeship Council).
 * Every other opening run of upper-case letters is an open-ended series (CTOC, CAC, CRC, UNEP, …).
 */
export const principalOrganSymbols: ReadonlySet<string> = new Set(['A', 'E', 'S', 'ST', 'T']);

/**
 * Document natures written as a component of their own, followed by more components:
 * RES (resolutions), INF (information series), NGO (statements by non-governmental organizations),
 * PRST (presidential statements), GC (general comments), DEC (decisions).
 */
export const standaloneNatureSymbols: ReadonlySet<string> = new Set([
  'RES',
  'INF',
  'NGO',
  'PRST',
  'GC',
  'DEC',
]);

/**
 * Document natures written with their own number after a full stop: L. (limited distribution),
 * CRP. (conference room papers), PV. (verbatim records), SR. (summary records), WP. (working papers),
 * MISC. (miscellaneous submissions), HLS. (high-level segment outcomes), Res. (UNEP resolutions).
 */
export const numberedNatureSymbols: ReadonlySet<string> = new Set([
  'L',
  'CRP',
  'PV',
  'SR',
  'WP',
  'MISC',
  'HLS',
  'Res',
]);

/** The role a word with fixed mixed-case spelling plays in a symbol. */
export type FixedCaseRole = 'suffix' | 'body' | 'nature' | 'volume';

/** A word that symbols always spell the same way, not in upper case: 'Add.' not 'ADD.' or 'add.'. */
export interface FixedCaseWord {
  word: string;
  role: FixedCaseRole;
  /** Whether the word is followed by '.' and a number (Add.1) or stands alone (Summary). */
  numbered: boolean;
}

/**
 * The fixed-case words, keyed by their lower-case form so that a miscased spelling can be
 * recognised and corrected in the error message. Suffixes: Add., Corr., Rev., Amend., Summary;
 * Sub. (sub-commissions, E/CN.4/Sub.2); Res. (UNEP resolutions, UNEP/EA.4/Res.6); Vol. (volumes,
 * only inside brackets, A/69/49(Vol.III)).
 */
export const fixedCaseWords: ReadonlyMap<string, FixedCaseWord> = new Map(
  (
    [
      { word: 'Add', role: 'suffix', numbered: true },
      { word: 'Corr', role: 'suffix', numbered: true },
      { word: 'Rev', role: 'suffix', numbered: true },
      { word: 'Amend', role: 'suffix', numbered: true },
      { word: 'Summary', role: 'suffix', numbered: false },
      { word: 'Sub', role: 'body', numbered: true },
      { word: 'Res', role: 'nature', numbered: true },
      { word: 'Vol', role: 'volume', numbered: true },
    ] satisfies FixedCaseWord[]
  ).map((entry) => [entry.word.toLowerCase(), entry]),
);
