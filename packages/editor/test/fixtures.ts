import { readFileSync } from 'node:fs';
import { createBuilders, type Draft, parseDraft } from '@rapporteur/document';
import {
  type TemplateContainment,
  templateContainment,
  templateStructureSchema,
} from '@rapporteur/templates';
import type { Node } from 'prosemirror-model';
import { type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { createAddendumState } from '../src/index.js';

/** The seed addendum (demo/addendum-item6.zh.json), read and checked. */
export function seedDraft(): Draft {
  const url = new URL('../../../demo/addendum-item6.zh.json', import.meta.url);
  const read = parseDraft(readFileSync(url, 'utf8'));
  if (!read.ok) throw new Error(`seed fixture does not read: ${JSON.stringify(read.problems)}`);
  return read.draft;
}

/** Where the addendum template lets blocks go, as GET /api/templates/agenda-item-addendum serves it. */
export function addendumContainment(): TemplateContainment {
  const url = new URL('../../../templates/agenda-item-addendum/structure.json', import.meta.url);
  return templateContainment(templateStructureSchema.parse(JSON.parse(readFileSync(url, 'utf8'))));
}

/** A counter of fresh ids ("n1", "n2", …) for one test. */
export function idCounter(prefix = 'n'): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
}

/**
 * A small addendum: title, two numbered paragraphs, a list (a)–(c) with (i) under (b), section A
 * (deliberations) with one paragraph and sub-section 1, and section B (action taken).
 */
export function smallDoc(): Node {
  const b = createBuilders('t');
  return b.doc(
    b.title('Integrating and coordinating efforts'),
    b.withId(b.paragraph('The Commission considered item 6.'), 'p1'),
    b.withId(b.paragraph('It had before it ', b.symbol('E/CN.15/2019/8'), '.'), 'p2'),
    b.withId(
      b.items(
        b.withId(b.item('first'), 'a'),
        b.withId(b.item('second', b.withId(b.items(b.withId(b.item('second, one'), 'bi')), 'bl')), 'b'),
        b.withId(b.item('third'), 'c'),
      ),
      'list',
    ),
    b.withId(
      b.section(
        'deliberations',
        'A. Deliberations',
        b.withId(b.paragraph('See ', b.crossReference('p2'), ' above.'), 'p3'),
        b.withId(b.subsection('Crime prevention', b.withId(b.paragraph('Speakers noted.'), 'p4')), 'sub1'),
      ),
      'secA',
    ),
    b.withId(b.section('actionTaken', 'B. Action taken', b.withId(b.paragraph('Adopted.'), 'p5')), 'secB'),
  );
}

/** An editor state for a document, English unless said otherwise. */
export function stateFor(doc: Node, options: { readyParts?: Array<'deliberations' | 'actionTaken'> } = {}) {
  return createAddendumState({ doc, language: 'en', newId: idCounter(), ...options });
}

/** The position just inside the textblock that contains `text` (before its first character + offset). */
export function posOf(doc: Node, text: string, offset = 0): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text) + offset;
    return true;
  });
  if (found < 0) throw new Error(`"${text}" is not in the document`);
  return found;
}

/** The state with the cursor at `text` (+ offset). */
export function cursorAt(state: EditorState, text: string, offset = 0): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state.doc, text, offset))));
}

/** Runs a command and returns the state after it (or the same state when it refused). */
export function run(
  state: EditorState,
  command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean,
): { state: EditorState; ran: boolean } {
  let next = state;
  const ran = command(state, (tr) => {
    next = state.apply(tr);
  });
  return { state: next, ran };
}

/** The number label the document shows for the block with this id. */
export function labelsOf(state: EditorState): string[] {
  const labels: string[] = [];
  state.doc.descendants((node) => {
    if (node.isTextblock) labels.push(`${node.type.name}:${node.textContent}`);
    return true;
  });
  return labels;
}
