import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';
import { mastheadWords } from '../../masthead-words.js';
import { writeChildren } from '../write-children.js';
import type { TextContext } from './text-context.js';
import { textNodeSerializers } from './text-node-serializers.js';

/**
 * The document as plain text in the seed's layout (one block per line, numbers before the text).
 * A draft exported with --force despite problems starts with the "not valid" line, so the text
 * cannot pass for an issued one. Pure and deterministic.
 */
export function plainTextExport(input: ExportInput): string {
  const language = input.draft.metadata.language;
  const context: TextContext = {
    input,
    language,
    footnotes: [],
    children: (node: Node, pos: number) => writeChildren(textNodeSerializers, node, pos, context),
  };
  const text = textNodeSerializers.doc(input.draft.doc, -1, -1, context);
  return input.valid ? text : `${mastheadWords[language].notValid}\n${text}`;
}
