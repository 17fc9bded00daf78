import type { OfficialLanguage } from '@rapporteur/symbols';
import { AlignmentType, type IStylesOptions } from 'docx';
import { wordFonts, wordLanguageTags } from './word-fonts.js';

/**
 * The paragraph styles of an exported document, named as in the UN's Word templates so an editor
 * recognises them and the UN template can be attached over them: "SingleTxt" for body text, "HCh"
 * for the title, "H1" for the "Addendum" label and section headings (A., B.), "H23" for numbered
 * sub-headings (1., 2.), "H4" for unnumbered sub-headings, plus "QuoteTxt" (a quoted agenda item)
 * and "Masthead" for the masthead lines. Heading styles carry outline levels so Word's navigation
 * pane and LibreOffice's navigator show the structure.
 */
export const wordStyleIds = {
  body: 'SingleTxt',
  quote: 'QuoteTxt',
  title: 'HCh',
  section: 'H1',
  subsection: 'H23',
  subheading: 'H4',
  masthead: 'Masthead',
  mastheadSymbol: 'MastheadSymbol',
} as const;

/** Twips (1/1440 inch) from the left margin where body text starts, as in UN documents. */
export const bodyIndent = 1267;

/** Twips between a number and the text after it (a UN tab step, about 0.33 inch). */
export const numberStep = 475;

const halfPoints = (points: number) => points * 2;

/**
 * The style sheet of an exported document: document defaults (fonts for Latin, East Asian and
 * complex scripts, the language tags, 10-point text) and the UN-named paragraph styles.
 */
export function wordStyles(language: OfficialLanguage): IStylesOptions {
  const fonts = {
    ascii: wordFonts.latin,
    hAnsi: wordFonts.latin,
    eastAsia: wordFonts.eastAsia,
    cs: wordFonts.complexScript,
  };
  const heading = { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } };
  const headingIndent = { left: bodyIndent, hanging: bodyIndent - 634 };
  return {
    default: {
      document: {
        run: {
          font: fonts,
          size: halfPoints(10),
          sizeComplexScript: halfPoints(language === 'ar' ? 12 : 10),
          language: wordLanguageTags(language),
        },
      },
    },
    paragraphStyles: [
      {
        id: wordStyleIds.body,
        name: 'SingleTxt',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.BOTH,
          indent: { left: bodyIndent, right: bodyIndent },
          spacing: { after: 120, line: 240 },
        },
      },
      {
        id: wordStyleIds.quote,
        name: 'QuoteTxt',
        basedOn: wordStyleIds.body,
        next: wordStyleIds.body,
        paragraph: { indent: { left: bodyIndent + numberStep, right: bodyIndent } },
      },
      {
        id: wordStyleIds.title,
        name: 'HCh',
        basedOn: 'Normal',
        next: wordStyleIds.body,
        quickFormat: true,
        run: { bold: true, boldComplexScript: true, size: halfPoints(14), sizeComplexScript: halfPoints(16) },
        paragraph: { ...heading, indent: { left: bodyIndent, right: bodyIndent }, outlineLevel: 0 },
      },
      {
        id: wordStyleIds.section,
        name: 'H1',
        basedOn: 'Normal',
        next: wordStyleIds.body,
        quickFormat: true,
        run: { bold: true, boldComplexScript: true, size: halfPoints(12), sizeComplexScript: halfPoints(14) },
        paragraph: { ...heading, indent: { ...headingIndent, right: bodyIndent }, outlineLevel: 1 },
      },
      {
        id: wordStyleIds.subsection,
        name: 'H23',
        basedOn: 'Normal',
        next: wordStyleIds.body,
        quickFormat: true,
        run: { bold: true, boldComplexScript: true },
        paragraph: { ...heading, indent: { ...headingIndent, right: bodyIndent }, outlineLevel: 2 },
      },
      {
        id: wordStyleIds.subheading,
        name: 'H4',
        basedOn: 'Normal',
        next: wordStyleIds.body,
        quickFormat: true,
        run: { italics: true, italicsComplexScript: true },
        paragraph: { ...heading, indent: { left: bodyIndent, right: bodyIndent }, outlineLevel: 3 },
      },
      {
        id: wordStyleIds.masthead,
        name: 'Masthead',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.END, spacing: { after: 0 } },
      },
      {
        id: wordStyleIds.mastheadSymbol,
        name: 'MastheadSymbol',
        basedOn: wordStyleIds.masthead,
        run: { size: halfPoints(20), sizeComplexScript: halfPoints(20) },
        paragraph: { spacing: { after: 240 } },
      },
    ],
  };
}
