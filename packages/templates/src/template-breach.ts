import type { Node } from 'prosemirror-model';
import { addedMisplacedBlock, type TemplateContainment } from './template-containment.js';

/** What an edit does that the draft's template forbids, in a drafter's words. */
export interface TemplateBreach {
  readonly message: string;
}

/**
 * Whether an edit from `before` to `after` breaks the draft's template, as the editor refuses such
 * edits while drafters type (issue 7), so that the server refuses them too from any client: a block
 * the template locks (`lockedIds`, kept with the draft) deleted, the wording of a locked section's or
 * sub-section's heading or the text of another locked block changed, or a block put where the
 * template's containment rules do not allow it. Departures already in `before` (an imported file, a
 * block placed before the rules existed) do not hold later edits up: only an edit that adds one is a
 * breach. Null when the edit keeps to the template.
 */
export function templateBreach(
  before: Node,
  after: Node,
  lockedIds: ReadonlySet<string>,
  containment: TemplateContainment | null,
): TemplateBreach | null {
  if (lockedIds.size === 0 && containment === null) return null;
  const lockedAfter = lockedBlocks(after, lockedIds);
  for (const [id, node] of lockedBlocks(before, lockedIds)) {
    const now = lockedAfter.get(id);
    if (now === undefined) {
      return { message: 'This heading or text is required by the template and cannot be deleted.' };
    }
    const heading = node.type.name === 'section' || node.type.name === 'subsection';
    if (heading ? !headingOf(node).eq(headingOf(now)) : !node.eq(now)) {
      return {
        message: heading
          ? 'This heading comes from the template; its wording cannot be changed here.'
          : 'This text comes from the template; it cannot be changed here.',
      };
    }
  }
  const added = containment && addedMisplacedBlock(before, after, containment);
  return added ? { message: `The template does not allow ${added}.` } : null;
}

function headingOf(section: Node): Node {
  return section.firstChild ?? section;
}

/** The blocks of a document whose ids the template locks, by id. */
function lockedBlocks(doc: Node, lockedIds: ReadonlySet<string>): Map<string, Node> {
  const locked = new Map<string, Node>();
  if (lockedIds.size === 0) return locked;
  doc.descendants((node) => {
    const id = node.attrs.id;
    if (typeof id === 'string' && lockedIds.has(id) && !locked.has(id)) locked.set(id, node);
    return !node.isTextblock;
  });
  return locked;
}
