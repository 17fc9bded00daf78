import { documentParts } from '@rapporteur/document';
import { z } from 'zod';

/**
 * The collections of an agenda item that a template can speak about: the vocabulary between
 * session facts and template data. A template chooses which of them it uses and where.
 */
export const collectionNames = [
  'subItems',
  'documents',
  'introductoryStatements',
  'states',
  'observerStates',
  'intergovernmentalOrganizations',
  'specialRapporteurs',
  'institutes',
  'nonGovernmentalOrganizations',
  'actions',
] as const;

/** One collection of an agenda item's facts (see `collectionNames`). */
export type CollectionName = (typeof collectionNames)[number];

/** The kinds of block a template may generate or allow, as named in the document schema. */
export const templateBlockKinds = ['paragraph', 'quote', 'item_list', 'subheading'] as const;

const phraseKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a phrase key is letters and digits');
const collection = z.enum(collectionNames);

/** When a block is generated: always, or only when a collection has (or, once known, lacks) entries. */
const conditionSchema = z.union([
  z.object({ nonEmpty: collection }).strict(),
  z.object({ empty: collection }).strict(),
]);

/**
 * One sentence of a generated paragraph: a phrase said once; a phrase said once about a whole
 * list (`list`, whose names fill `{names}`, as the subject of the sentence or as the complement of
 * a noun such as "the representatives of", which French, Spanish and Russian inflect); or a phrase said for each entry of a collection
 * (`each`), the first time with `phrase` and after that with `after` ("also made…").
 */
const sentenceSchema = z.union([
  z.object({ phrase: phraseKey }).strict(),
  z
    .object({
      phrase: phraseKey,
      list: collection,
      form: z.enum(['subject', 'complement']).default('subject'),
      join: z.enum(['conjunction', 'enumeration']).optional(),
    })
    .strict(),
  z
    .object({
      phrase: phraseKey,
      each: collection,
      after: phraseKey.optional(),
      join: z.enum(['conjunction', 'enumeration']).optional(),
    })
    .strict(),
]);

/** Lettered items generated from a collection, each followed by a separator, the last by a terminator. */
const itemsSchema = z
  .object({ each: collection, phrase: phraseKey, separator: phraseKey, terminator: phraseKey })
  .strict();

const paragraphSchema = z
  .object({
    kind: z.literal('paragraph'),
    numbered: z.boolean(),
    locked: z.boolean().default(false),
    when: conditionSchema.optional(),
    each: collection.optional(),
    sentences: z.array(sentenceSchema).min(1),
  })
  .strict();

const quoteSchema = z
  .object({
    kind: z.literal('quote'),
    locked: z.boolean().default(false),
    when: conditionSchema.optional(),
    text: phraseKey,
    items: itemsSchema.optional(),
  })
  .strict();

const itemListSchema = z
  .object({
    kind: z.literal('item_list'),
    locked: z.boolean().default(false),
    when: conditionSchema.optional(),
    items: itemsSchema,
  })
  .strict();

const blockSchema = z.discriminatedUnion('kind', [paragraphSchema, quoteSchema, itemListSchema]);

const containsSchema = z.array(z.enum(templateBlockKinds)).min(1);

const sectionSchema = z
  .object({
    part: z.enum(documentParts),
    heading: phraseKey,
    required: z.boolean(),
    locked: z.boolean(),
    contains: containsSchema,
    blocks: z.array(blockSchema).default([]),
    subsections: z
      .object({ each: collection, heading: phraseKey, locked: z.boolean(), contains: containsSchema })
      .strict()
      .optional(),
  })
  .strict();

/** The format tag of a template's structure file. */
export const templateStructureFormat = 'rapporteur.template-structure';

/**
 * A template's structure as data (structure.json), in the spirit of LEOS's numbering and
 * containment configuration: the title, the generated introduction (which blocks, which are
 * numbered and locked, when each appears), the sections with their part (deliberations or action
 * taken), required and locked headings, sub-sections per collection entry, and what each place
 * may contain. A new template is a new folder, not new code.
 */
export const templateStructureSchema = z
  .object({
    format: z.literal(templateStructureFormat),
    version: z.literal(1),
    name: z.string().regex(/^[a-z0-9-]+$/, 'a template name is lower-case letters, digits and hyphens'),
    description: z.string().min(1),
    title: phraseKey,
    metadata: z.object({ body: phraseKey, session: phraseKey, agendaItem: phraseKey }).strict(),
    introduction: z.object({ contains: containsSchema, blocks: z.array(blockSchema) }).strict(),
    sections: z.array(sectionSchema),
  })
  .strict();

/** A template's validated structure. */
export type TemplateStructure = z.output<typeof templateStructureSchema>;

/** One generated block of a template structure. */
export type BlockSpec = z.output<typeof blockSchema>;

/** One sentence of a generated paragraph. */
export type SentenceSpec = z.output<typeof sentenceSchema>;

/** When a block is generated. */
export type ConditionSpec = z.output<typeof conditionSchema>;

/** Lettered items generated from a collection. */
export type ItemsSpec = z.output<typeof itemsSchema>;

/** One section of a template structure. */
export type SectionSpec = z.output<typeof sectionSchema>;

/** Every phrase key a structure refers to, so each language's phrases can be checked against it. */
export function structurePhraseKeys(structure: TemplateStructure): Set<string> {
  const keys = new Set<string>([structure.title, ...Object.values(structure.metadata)]);
  const items = (spec: ItemsSpec | undefined) => {
    if (spec) for (const key of [spec.phrase, spec.separator, spec.terminator]) keys.add(key);
  };
  const blocks = (list: readonly BlockSpec[]) => {
    for (const block of list) {
      if (block.kind === 'paragraph') {
        for (const sentence of block.sentences) {
          keys.add(sentence.phrase);
          if ('after' in sentence && sentence.after) keys.add(sentence.after);
        }
      } else if (block.kind === 'quote') {
        keys.add(block.text);
        items(block.items);
      } else {
        items(block.items);
      }
    }
  };
  blocks(structure.introduction.blocks);
  for (const section of structure.sections) {
    keys.add(section.heading);
    if (section.subsections) keys.add(section.subsections.heading);
    blocks(section.blocks);
  }
  return keys;
}
