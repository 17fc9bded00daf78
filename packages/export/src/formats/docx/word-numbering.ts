import { AlignmentType, type ILevelsOptions, type INumberingOptions, LevelFormat } from 'docx';
import { bodyIndent, numberStep } from './word-styles.js';

/**
 * The Word numbering definitions of an exported document, by reference:
 * - `paragraphs`: the one shared numbering of the text. Level 0 is "1.", "2.", … for numbered
 *   paragraphs, one instance through the whole document, so a paragraph an editor inserts in Word
 *   is numbered and every later number follows. Levels 1–8 are the items below a paragraph in the
 *   UN Editorial Manual's order (a) → (i) → a. → i. → …; each item list is its own instance of this
 *   definition with every level started afresh, so (a) restarts in every list.
 * - `sections`: "A.", "B.", … for section headings, one instance through the document.
 * - `subsections`: "1.", "2.", … for sub-section headings, one instance per section so that they
 *   restart under each section.
 */
export const wordNumberingRefs = {
  paragraphs: 'un-paragraphs',
  sections: 'un-sections',
  subsections: 'un-subsections',
} as const;

/** The instance of the shared paragraph numbering that the numbered paragraphs use. */
export const paragraphInstance = 0;

const itemFormats = [
  [LevelFormat.LOWER_LETTER, '(%)'],
  [LevelFormat.LOWER_ROMAN, '(%)'],
  [LevelFormat.LOWER_LETTER, '%.'],
  [LevelFormat.LOWER_ROMAN, '%.'],
] as const;

const paragraphLevels: ILevelsOptions[] = [
  {
    level: 0,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    alignment: AlignmentType.START,
    style: {
      paragraph: { indent: { left: bodyIndent, firstLine: 0 }, leftTabStop: bodyIndent + numberStep },
    },
  },
  ...Array.from({ length: 8 }, (_, i): ILevelsOptions => {
    const [format, pattern] = itemFormats[i % itemFormats.length]!;
    const firstLine = numberStep * (i + 1);
    return {
      level: i + 1,
      format,
      text: pattern.replace('%', `%${i + 2}`),
      alignment: AlignmentType.START,
      style: {
        paragraph: {
          indent: { left: bodyIndent, firstLine },
          leftTabStop: bodyIndent + firstLine + numberStep,
        },
      },
    };
  }),
];

const headingLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat]): ILevelsOptions[] => [
  {
    level: 0,
    format,
    text: '%1.',
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: bodyIndent, hanging: bodyIndent - 634 } } },
  },
];

/** The numbering part of an exported document (see `wordNumberingRefs`). */
export const wordNumbering: INumberingOptions = {
  config: [
    { reference: wordNumberingRefs.paragraphs, levels: paragraphLevels },
    { reference: wordNumberingRefs.sections, levels: headingLevel(LevelFormat.UPPER_LETTER) },
    { reference: wordNumberingRefs.subsections, levels: headingLevel(LevelFormat.DECIMAL) },
  ],
};
