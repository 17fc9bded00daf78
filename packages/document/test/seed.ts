import { readFileSync } from 'node:fs';
import { type Draft, parseDraft } from '../src/index.js';

/** The seed's blocks as published (../shared/seed beside the repository). */
export interface SeedBlock {
  kind: string;
  text: string;
}

/** The seed's reference blocks, read from the shared seed folder. */
export function seedBlocks(): SeedBlock[] {
  const url = new URL('../../../../shared/seed/addendum-item6.zh.blocks.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')).blocks;
}

/** The seed as a draft file (demo/addendum-item6.zh.json), read and checked. */
export function seedDraft(): Draft {
  const url = new URL('../../../demo/addendum-item6.zh.json', import.meta.url);
  const read = parseDraft(readFileSync(url, 'utf8'));
  if (!read.ok) throw new Error(`seed fixture does not read: ${JSON.stringify(read.problems)}`);
  return read.draft;
}

/**
 * Text compared as the seed README asks: the PDF put spaces around Latin letters and digits where
 * the font changed, so spaces next to a CJK character or CJK punctuation are dropped.
 */
export function withoutPdfSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》、]) ?/g, '$1')
    .trim();
}

/**
 * The metadata of an English addendum of the Commission's 2019 session, item 6, as the tests write
 * drafts with it (the symbol and template to be set by each test).
 */
export function englishItem6Metadata(symbol: string, template: string | null) {
  return {
    symbol,
    language: 'en',
    originalLanguage: 'en',
    distribution: 'limited',
    date: '2019-05-23',
    body: 'Commission on Crime Prevention and Criminal Justice',
    session: 'Twenty-eighth session',
    agendaItem: '6',
    template,
  } as const;
}
