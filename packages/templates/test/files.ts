import { readFileSync } from 'node:fs';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { readSessionFacts, readTemplate, type SessionFacts, type Template } from '../src/index.js';

const repository = new URL('../../../', import.meta.url);
const languages: OfficialLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** Parsed JSON of a file in the repository. */
export function repositoryJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, repository), 'utf8'));
}

/** The files of templates/agenda-item-addendum as parsed JSON. */
export function addendumTemplateFiles() {
  return {
    structure: repositoryJson('templates/agenda-item-addendum/structure.json'),
    phrases: Object.fromEntries(
      languages.map((lang) => [lang, repositoryJson(`templates/agenda-item-addendum/phrases.${lang}.json`)]),
    ),
  };
}

/** The agenda-item-addendum template, loaded and checked. */
export function addendumTemplate(): Template {
  const read = readTemplate(addendumTemplateFiles());
  if (!read.ok) throw new Error(`template does not load: ${JSON.stringify(read.problems, null, 2)}`);
  return read.template;
}

/** The seed's session facts as JSON (demo/ccpcj-2019.json), for tests that change them. */
export function seedFactsJson(): Record<string, unknown> {
  return repositoryJson('demo/ccpcj-2019.json') as Record<string, unknown>;
}

/** The seed's session facts, read and checked. */
export function seedFacts(json: unknown = seedFactsJson()): SessionFacts {
  const read = readSessionFacts(json);
  if (!read.ok) throw new Error(`facts do not read: ${JSON.stringify(read.problems, null, 2)}`);
  return read.facts;
}

/** Ids from a counter ("t1", "t2", …), so the same facts give the same draft. */
export function counterIds(prefix = 't'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${n}`;
  };
}

/** The seed's reference blocks (shared/seed beside the repository). */
export function seedBlocks(): Array<{ kind: string; text: string }> {
  const url = new URL('../../../../shared/seed/addendum-item6.zh.blocks.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')).blocks;
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
