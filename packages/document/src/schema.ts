import { type NodeSpec, Schema } from 'prosemirror-model';

/**
 * The names of the node types of an addendum, in one place so that serializer registries in every
 * export format can be checked for completeness against them.
 */
export const nodeNames = [
  'doc',
  'title',
  'paragraph',
  'quote',
  'quote_text',
  'item_list',
  'item',
  'item_text',
  'section',
  'section_heading',
  'subsection',
  'subsection_heading',
  'subheading',
  'symbol',
  'cross_reference',
  'footnote',
  'text',
] as const;

/** One of the node type names of the addendum schema. */
export type NodeName = (typeof nodeNames)[number];

/** The names of the mark types of an addendum (emphasis and strong). */
export const markNames = ['em', 'strong'] as const;

/** One of the mark type names of the addendum schema. */
export type MarkName = (typeof markNames)[number];

/** The two parts of an addendum that the lifecycle drafts and marks ready separately. */
export const documentParts = ['deliberations', 'actionTaken'] as const;

/** A part of an addendum: the deliberations (section A) or the action taken (section B). */
export type DocumentPart = (typeof documentParts)[number];

const idAttr = { id: { default: '', validate: 'string' } } as const;

const nodes: Record<NodeName, NodeSpec> = {
  doc: { content: 'title block* section*' },
  title: { content: 'inline*', marks: 'em strong', defining: true },
  paragraph: {
    group: 'block',
    content: 'inline*',
    attrs: { ...idAttr, numbered: { default: true, validate: 'boolean' } },
  },
  quote: { group: 'block', content: 'quote_text item_list?', attrs: idAttr, defining: true },
  quote_text: { content: 'inline*' },
  item_list: { group: 'block', content: 'item+', attrs: idAttr },
  item: { content: 'item_text item_list?', attrs: idAttr, defining: true },
  item_text: { content: 'inline*' },
  section: {
    content: 'section_heading block* subsection*',
    attrs: { ...idAttr, part: { default: null, validate: 'string|null' } },
    isolating: true,
  },
  section_heading: { content: 'inline*', marks: 'em', defining: true },
  subsection: { content: 'subsection_heading (block | subheading)*', attrs: idAttr, isolating: true },
  subsection_heading: { content: 'inline*', marks: 'em', defining: true },
  subheading: { group: 'block', content: 'inline*', attrs: idAttr },
  symbol: {
    group: 'inline',
    inline: true,
    atom: true,
    attrs: { symbol: { validate: 'string' } },
  },
  cross_reference: {
    group: 'inline',
    inline: true,
    atom: true,
    attrs: { target: { validate: 'string' } },
  },
  footnote: { group: 'inline', inline: true, atom: true, content: 'text*', marks: '' },
  text: { group: 'inline' },
};

/**
 * The ProseMirror schema of an addendum, headless (model only), shared by the editor, the server
 * and every exporter so that all of them agree on what a document can hold.
 *
 * Structure: a title, the introductory blocks (paragraphs 1–6 of the seed, the quoted agenda item,
 * lettered item lists), then sections (A. Deliberations, B. Action taken), each holding blocks and
 * numbered sub-sections, which may hold unnumbered sub-headings. Block nodes carry a stable `id`;
 * numbers are never stored: `numberDocument` derives them.
 */
export const addendumSchema = new Schema({
  nodes,
  marks: {
    em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }] },
    strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }] },
  },
});
