/**
 * What a part of a symbol is:
 * - `organ`: a principal organ or the Secretariat opening the symbol (A, E, S, ST, T);
 * - `series`: any other opening series (CTOC, CAC, CRC, TD, UNEP, FCCC, …);
 * - `body`: a subsidiary body or sub-series (CN.15, C.3, HRC, AC.105, CONF.234, COP, GEN, SER.A, Sub.2);
 * - `session`: a session number, a year, or a special session (73, 2019, S-26, ES-10);
 * - `nature`: the kind of document (L.1, CRP.2, PV.8500, SR.3, WP.149, Res.6, RES, INF, NGO, PRST, GC, DEC);
 * - `number`: the document's serial number;
 * - `suffix`: an addendum, corrigendum, revision, amendment or summary (Add.6, Corr.1, Rev.1, Amend.2, Summary);
 * - `parenthetical`: a bracketed part after a component, brackets included ((2019), (III), (Vol.III), (14)).
 */
export type SymbolComponentKind =
  | 'organ'
  | 'series'
  | 'body'
  | 'session'
  | 'nature'
  | 'number'
  | 'suffix'
  | 'parenthetical';

/**
 * One component of a parsed symbol: its kind, its text in normal form, and its UTF-16 range
 * `[start, end)` within the symbol's normal form (`ParsedSymbol.text`).
 */
export interface SymbolComponent {
  kind: SymbolComponentKind;
  text: string;
  start: number;
  end: number;
}
