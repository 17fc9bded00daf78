import { bodyIndent, headingNumberIndent, numberStep } from './word-styles.js';
import { wordNamespace, xmlDeclaration } from './word-xml.js';

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

/** One of the numbering definitions of `wordNumberingRefs`. */
export type WordNumberingReference = (typeof wordNumberingRefs)[keyof typeof wordNumberingRefs];

/** The instance of the shared paragraph numbering that the numbered paragraphs use. */
export const paragraphInstance = 0;

/** One list of the document (`w:num`): an instance of a numbering definition, with its Word id. */
export interface WordNumberingInstance {
  readonly numId: number;
  readonly reference: WordNumberingReference;
  readonly instance: number;
}

/** One level of a definition: its number format, its text ("%1.", "(%2)"), its indents and tab. */
interface WordLevel {
  readonly format: 'decimal' | 'upperLetter' | 'lowerLetter' | 'lowerRoman';
  readonly text: string;
  readonly paragraph: string;
}

const itemFormats = [
  ['lowerLetter', '(%)'],
  ['lowerRoman', '(%)'],
  ['lowerLetter', '%.'],
  ['lowerRoman', '%.'],
] as const;

const paragraphLevels: readonly WordLevel[] = [
  {
    format: 'decimal',
    text: '%1.',
    paragraph: `<w:tabs><w:tab w:val="left" w:pos="${bodyIndent + numberStep}"/></w:tabs><w:ind w:left="${bodyIndent}" w:firstLine="0"/>`,
  },
  ...Array.from({ length: 8 }, (_, i): WordLevel => {
    const [format, pattern] = itemFormats[i % itemFormats.length]!;
    const firstLine = numberStep * (i + 1);
    return {
      format,
      text: pattern.replace('%', `%${i + 2}`),
      paragraph: `<w:tabs><w:tab w:val="left" w:pos="${bodyIndent + firstLine + numberStep}"/></w:tabs><w:ind w:left="${bodyIndent}" w:firstLine="${firstLine}"/>`,
    };
  }),
];

const headingLevels = (format: WordLevel['format']): readonly WordLevel[] => [
  {
    format,
    text: '%1.',
    paragraph: `<w:ind w:left="${bodyIndent}" w:hanging="${bodyIndent - headingNumberIndent}"/>`,
  },
];

/** The definitions in the order of their `w:abstractNumId` from 0. */
const definitions: ReadonlyArray<readonly [WordNumberingReference, readonly WordLevel[]]> = [
  [wordNumberingRefs.paragraphs, paragraphLevels],
  [wordNumberingRefs.sections, headingLevels('upperLetter')],
  [wordNumberingRefs.subsections, headingLevels('decimal')],
];

const abstractNumIdOf = (reference: WordNumberingReference) =>
  definitions.findIndex(([candidate]) => candidate === reference);

/**
 * The numbering part of an exported document (word/numbering.xml): the definitions of
 * `wordNumberingRefs`, then one `w:num` per instance the paragraphs use, each starting every level
 * of its definition again at 1 (so each item list restarts at (a), each section's sub-headings at 1).
 */
export function wordNumberingXml(instances: readonly WordNumberingInstance[]): string {
  const abstracts = definitions.map(
    ([, levels], abstractNumId) =>
      `<w:abstractNum w:abstractNumId="${abstractNumId}"><w:multiLevelType w:val="hybridMultilevel"/>${levels
        .map(
          (level, ilvl) =>
            `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${level.format}"/><w:lvlText w:val="${level.text}"/><w:lvlJc w:val="left"/><w:pPr>${level.paragraph}</w:pPr></w:lvl>`,
        )
        .join('')}</w:abstractNum>`,
  );
  const nums = instances.map(({ numId, reference }) => {
    const abstractNumId = abstractNumIdOf(reference);
    const overrides = definitions[abstractNumId]![1].map(
      (_, ilvl) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="1"/></w:lvlOverride>`,
    );
    return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${overrides.join('')}</w:num>`;
  });
  return `${xmlDeclaration}<w:numbering xmlns:w="${wordNamespace}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
}
