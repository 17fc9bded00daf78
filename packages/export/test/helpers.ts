import { readFileSync } from 'node:fs';
import { type Draft, numberDocument, parseDraft, validate } from '@rapporteur/document';
import { undocsLinkConfig } from '@rapporteur/symbols';
import type { ExportInput } from '../src/index.js';

/** Path of the seed as a draft file (demo/addendum-item6.zh.json). */
export const seedDraftPath = new URL('../../../demo/addendum-item6.zh.json', import.meta.url).pathname;

/** The seed's reference blocks (../shared/seed beside the repository). */
export function seedBlocks(): Array<{ kind: string; text: string }> {
  const url = new URL('../../../../shared/seed/addendum-item6.zh.blocks.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')).blocks;
}

/** The seed as a draft, read and checked. */
export function seedDraft(): Draft {
  const read = parseDraft(readFileSync(seedDraftPath, 'utf8'));
  if (!read.ok) throw new Error(`seed fixture does not read: ${JSON.stringify(read.problems)}`);
  return read.draft;
}

/** The export input of a draft, numbered and validated as `exportDraft` does. */
export function inputOf(draft: Draft, overrides: Partial<ExportInput> = {}): ExportInput {
  const numbering = numberDocument(draft.doc);
  return {
    draft,
    numbering,
    links: undocsLinkConfig,
    valid: validate(draft.doc, numbering).length === 0,
    ...overrides,
  };
}

/** Spaces next to CJK characters dropped, as the seed README asks for comparisons with the PDF text. */
export function withoutPdfSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》、]) ?/g, '$1')
    .trim();
}
