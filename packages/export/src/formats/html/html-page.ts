import { documentPhrases, inlineText } from '@rapporteur/document';
import type { ExportInput } from '../../export-format.js';
import { documentCss } from './document-css.js';
import { escapeHtmlText } from './html-escape.js';
import { htmlFragment } from './html-fragment.js';

/**
 * The document as a standalone HTML page: `<html>` in the document's language and direction, a
 * title of symbol and agenda item title, the style sheet of the official look with print CSS for
 * the chosen paper, and the document fragment. Self-contained (no external files), so it can be
 * mailed, archived or printed to PDF as it is. Pure and deterministic.
 */
export function htmlPage(input: ExportInput): string {
  const { metadata, doc } = input.draft;
  const title = doc.firstChild ? inlineText(doc.firstChild, 0, input.numbering, metadata.language) : '';
  const heading = [metadata.symbol, title].filter(Boolean).join(' — ');
  const fragment = htmlFragment(input);
  return `<!DOCTYPE html>
<html lang="${metadata.language}" dir="${documentPhrases[metadata.language].direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtmlText(heading)}</title>
<style>
${documentCss(input.paper ?? 'a4')}</style>
</head>
<body>
${fragment}</body>
</html>
`;
}
