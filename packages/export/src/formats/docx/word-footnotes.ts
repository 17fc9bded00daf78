import { wordStyleIds } from './word-styles.js';
import { wordText } from './word-text.js';
import { wordNamespace, wordParagraph, wordRun, xmlDeclaration } from './word-xml.js';

/** The separator and continuation separator Word draws above footnotes (ids −1 and 0). */
const separators = ['separator', 'continuationSeparator']
  .map(
    (type, i) =>
      `<w:footnote w:type="${type}" w:id="${i - 1}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:${type}/></w:r></w:p></w:footnote>`,
  )
  .join('');

/**
 * The footnotes part (word/footnotes.xml): Word's separators, then each footnote by its id from 1,
 * its number (Word's own footnote mark) before its text, right to left in Arabic documents.
 */
export function wordFootnotesXml(texts: readonly string[], rtl: boolean): string {
  const notes = texts.map(
    (text, i) =>
      `<w:footnote w:id="${i + 1}">${wordParagraph(
        { style: wordStyleIds.footnoteText, bidi: rtl },
        `<w:r><w:rPr><w:rStyle w:val="${wordStyleIds.footnoteReference}"/></w:rPr><w:footnoteRef/></w:r>${wordRun(
          ` ${wordText(text)}`,
          { rtl },
        )}`,
      )}</w:footnote>`,
  );
  return `${xmlDeclaration}<w:footnotes xmlns:w="${wordNamespace}">${separators}${notes.join('')}</w:footnotes>`;
}
