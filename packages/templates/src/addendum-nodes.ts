import { addendumSchema } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { ItemPhrases, PhraseScope } from './item-phrases.js';
import type { Run } from './runs.js';
import type { BlockSpec, ItemsSpec, TemplateStructure } from './template-structure.js';

/** The nodes of a generated addendum, and the ids of those the template locks. */
export interface AddendumNodes {
  readonly title: Node;
  readonly introduction: readonly Node[];
  readonly sections: readonly Node[];
  /** Ids of generated blocks and headings that drafters may not edit. */
  readonly lockedIds: readonly string[];
}

const s = addendumSchema;

/** Runs as inline content: text, and a symbol node for each symbol. */
function inline(runs: readonly Run[]): Node[] {
  return runs.flatMap((run) =>
    typeof run === 'string' ? (run === '' ? [] : [s.text(run)]) : [s.node('symbol', { symbol: run.symbol })],
  );
}

/**
 * The title, introduction and sections a template's structure writes for one agenda item: each block
 * whose condition holds, a paragraph per entry where the block says so, the section headings and one
 * sub-section per entry where the template has them. Ids come from `ids`, in document order.
 */
export function addendumNodes(
  structure: TemplateStructure,
  text: ItemPhrases,
  ids: () => string,
): AddendumNodes {
  const { rules, itemScope } = text;
  const lockedIds: string[] = [];
  const newId = (locked: boolean) => {
    const id = ids();
    if (locked) lockedIds.push(id);
    return id;
  };

  const items = (spec: ItemsSpec, locked: boolean): Node | null => {
    const list = text.entries(spec.each);
    if (list.length === 0) return null;
    const id = newId(locked);
    const children = list.map((entry, i) => {
      const end = text.phrase(i === list.length - 1 ? spec.terminator : spec.separator, itemScope);
      const runs = [...text.phrase(spec.phrase, text.entryScope(entry)), ...end];
      return s.node('item', { id: newId(locked) }, [s.node('item_text', null, inline(runs))]);
    });
    return s.node('item_list', { id }, children);
  };

  const paragraph = (spec: Extract<BlockSpec, { kind: 'paragraph' }>, scope: PhraseScope): Node | null => {
    const said = spec.sentences
      .flatMap((sentence) => text.sentences(sentence, scope))
      .filter((runs) => runs.length > 0);
    if (said.length === 0) return null;
    const runs = said.flatMap((sentence, i) => [
      ...(i > 0 ? [rules.sentenceSeparator] : []),
      ...rules.sentence(sentence),
    ]);
    return s.node('paragraph', { id: newId(spec.locked), numbered: spec.numbered }, inline(runs));
  };

  const block = (spec: BlockSpec): Node[] => {
    if (!text.holds(spec.when)) return [];
    if (spec.kind === 'paragraph') {
      const scopes = spec.each
        ? text.entries(spec.each).map((entry) => text.entryScope(entry, itemScope.values))
        : [itemScope];
      return scopes.flatMap((scope) => paragraph(spec, scope) ?? []);
    }
    if (spec.kind === 'quote') {
      const id = newId(spec.locked);
      const quoted = s.node('quote_text', null, inline(text.phrase(spec.text, itemScope)));
      const list = spec.items ? items(spec.items, spec.locked) : null;
      return [s.node('quote', { id }, list ? [quoted, list] : [quoted])];
    }
    const list = items(spec.items, spec.locked);
    return list ? [list] : [];
  };

  const title = s.node('title', null, inline(text.phrase(structure.title, itemScope)));
  const introduction = structure.introduction.blocks.flatMap(block);
  const sections = structure.sections.map((section) => {
    const id = newId(section.locked);
    const heading = s.node('section_heading', null, inline(text.phrase(section.heading, itemScope)));
    const content = section.blocks.flatMap(block);
    const { subsections: spec } = section;
    const subsections = spec
      ? text.entries(spec.each).map((entry) => {
          const subId = newId(spec.locked);
          const subHeading = text.phrase(spec.heading, { values: entry.values, count: entry.count });
          return s.node('subsection', { id: subId }, [
            s.node('subsection_heading', null, inline(subHeading)),
          ]);
        })
      : [];
    return s.node('section', { id, part: section.part }, [heading, ...content, ...subsections]);
  });
  return { title, introduction, sections, lockedIds };
}
