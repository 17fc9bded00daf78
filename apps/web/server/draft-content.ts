import {
  type Draft as DocumentDraft,
  type DraftMetadata,
  draftMetadataSchema,
  readDocumentJson,
} from '@rapporteur/document';
import { type Actor, canEdit, type DraftEnvelope, decide, migrate, type Part } from '@rapporteur/lifecycle';
import type { JsonValue, Draft as StoredDraft } from '@rapporteur/store';
import type { Node } from 'prosemirror-model';
import { ApiError } from './api-error';
import { issuePath } from './read-body';

/** The lifecycle envelope of a stored draft, brought up to the current version. */
export function envelopeOf(draft: Pick<StoredDraft, 'lifecycle'>): DraftEnvelope {
  return migrate(draft.lifecycle);
}

/**
 * Checks a document sent by a client against the addendum schema and builds it; refuses with 422
 * naming the JSON path of the first problem (and listing all of them) when it does not fit.
 */
export function parseDocument(json: unknown, path = 'document'): DocumentDraft['doc'] {
  const read = readDocumentJson(json, path);
  if (!read.ok) {
    const first = read.problems[0]!;
    throw new ApiError('invalid-document', `${first.path}: ${first.message}`, first.path, {
      problems: read.problems.slice(0, 50),
    });
  }
  return read.doc;
}

/** Checks draft metadata sent by a client; refuses with 422 naming the offending field. */
export function parseMetadata(json: unknown, path = 'metadata'): DraftMetadata {
  const parsed = draftMetadataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issuePath([path, ...issue.path]);
    throw new ApiError('invalid-document', `${where}: ${issue.message}`, where);
  }
  return parsed.data;
}

/** The stored draft as the document package's draft (metadata + built document), for export and checks. */
export function documentDraftOf(draft: { metadata: JsonValue; document: JsonValue }): DocumentDraft {
  return { metadata: parseMetadata(draft.metadata), doc: parseDocument(draft.document) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The top-level blocks of a document grouped by the lifecycle part they belong to: the sections
 * marked `part: "actionTaken"` to action taken; the title, the introductory blocks and every other
 * section to the deliberations.
 */
function blocksByPart(document: unknown): Record<Part, string> {
  const groups: Record<Part, unknown[]> = { deliberations: [], actionTaken: [] };
  const content = isRecord(document) && Array.isArray(document.content) ? document.content : [];
  for (const block of content) {
    const part =
      isRecord(block) &&
      block.type === 'section' &&
      isRecord(block.attrs) &&
      block.attrs.part === 'actionTaken'
        ? 'actionTaken'
        : 'deliberations';
    groups[part].push(block);
  }
  return {
    deliberations: JSON.stringify(groups.deliberations),
    actionTaken: JSON.stringify(groups.actionTaken),
  };
}

/**
 * The parts a save changes, comparing the stored document with the new one. A save that changes
 * only the metadata (or nothing) counts as an edit of the deliberations, so it is still gated.
 */
export function changedParts(before: unknown, after: unknown): Part[] {
  const old = blocksByPart(before);
  const next = blocksByPart(after);
  const parts = (['deliberations', 'actionTaken'] as const).filter((part) => old[part] !== next[part]);
  return parts.length === 0 ? ['deliberations'] : parts;
}

/** The lifecycle part a top-level block of a built document belongs to (as in blocksByPart). */
function partOfBlock(block: Node): Part {
  return block.type.name === 'section' && block.attrs.part === 'actionTaken'
    ? 'actionTaken'
    : 'deliberations';
}

/** Whether the blocks of `part` are the same in both built documents, compared node by node. */
function samePart(before: Node, after: Node, part: Part): boolean {
  const older = before.children.filter((block) => partOfBlock(block) === part);
  const newer = after.children.filter((block) => partOfBlock(block) === part);
  return older.length === newer.length && older.every((block, i) => block.eq(newer[i]!));
}

/**
 * As changedParts, for two built documents: compared node by node, with no JSON decoded or encoded
 * (a whole-document save already has both built; the stringify of both 17 KiB texts was a visible
 * part of a save's CPU).
 */
export function changedPartsBetween(before: Node, after: Node): Part[] {
  const parts = (['deliberations', 'actionTaken'] as const).filter((part) => !samePart(before, after, part));
  return parts.length === 0 ? ['deliberations'] : parts;
}

/**
 * Gates a document save by the lifecycle and records the editor: each changed part must be editable
 * by the actor now (403 or 409 otherwise, nothing saved), and the returned envelope lists the actor
 * among the draft's editors (who may not approve it this round).
 */
export function envelopeAfterEdit(
  envelope: DraftEnvelope,
  parts: readonly Part[],
  actor: Actor,
  now: string,
): DraftEnvelope {
  let next = envelope;
  for (const part of parts) {
    const permission = canEdit(next, actor, part);
    if (!permission.ok) {
      throw new ApiError(
        permission.code === 'forbidden' ? 'forbidden' : 'not-allowed-now',
        permission.message,
      );
    }
    // The transition only records the editor: for one already recorded it gives the same envelope
    // back, so it is not run (it was the costliest step of a save, and every step of co-editing pays it).
    if (next.snapshot.context.editors.includes(actor.id)) continue;
    const decision = decide(next, { type: 'edit', part }, actor, now);
    if (!decision.ok) {
      throw new ApiError(decision.code === 'forbidden' ? 'forbidden' : 'not-allowed-now', decision.message);
    }
    next = decision.envelope;
  }
  return next;
}

/** The plain text of a title node (or of any node), for the draft's title column. */
export function textOf(node: unknown): string {
  if (!isRecord(node)) return '';
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.content) ? node.content.map(textOf).join('') : '';
}

/** The title of a document: the text of its title block. */
export function titleOf(document: unknown): string {
  const content = isRecord(document) && Array.isArray(document.content) ? document.content : [];
  const title = content.find((block) => isRecord(block) && block.type === 'title');
  return textOf(title).trim();
}
