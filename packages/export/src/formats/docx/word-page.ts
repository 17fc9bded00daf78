import type { PaperSize } from '../../paper-size.js';

/** A Word page: its size and margins in twips (1/1440 inch). */
export interface WordPage {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

/**
 * The page of an exported document for each paper size: ISO A4 (the UN's own paper) and US Letter
 * (New York offices), with the margins of UN documents (about 2.5 cm at the top and 2 cm elsewhere).
 */
export const wordPages: Readonly<Record<PaperSize, WordPage>> = {
  a4: { width: 11906, height: 16838, margin: { top: 1440, right: 1134, bottom: 1134, left: 1134 } },
  letter: { width: 12240, height: 15840, margin: { top: 1440, right: 1152, bottom: 1152, left: 1152 } },
};
