import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { type InputProblem, readTemplate, type Template } from '@rapporteur/templates';
import { repositoryRoot } from './store-location';

/** How a template name is written: the name of a folder of templates/ (`agenda-item-addendum`). */
export const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A template loaded for one language, or why it cannot be used. */
export type LoadedTemplate =
  | { readonly ok: true; readonly template: Template }
  | { readonly ok: false; readonly missing: 'template' | 'language' }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

const loaded = new Map<string, Promise<LoadedTemplate>>();

async function readJsonFile(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text);
}

async function load(folder: string, language: OfficialLanguage): Promise<LoadedTemplate> {
  const structure = await readJsonFile(join(folder, 'structure.json'));
  if (structure === undefined) return { ok: false, missing: 'template' };
  const phrases = await readJsonFile(join(folder, `phrases.${language}.json`));
  if (phrases === undefined) return { ok: false, missing: 'language' };
  const read = readTemplate({ structure, phrases: { [language]: phrases } });
  return read.ok ? read : { ok: false, problems: read.problems };
}

/** The repository's templates/ folder, found from the working folder as the store's default location is. */
export function defaultTemplatesFolder(): string {
  return join(repositoryRoot(), 'templates');
}

/**
 * The template `<folder>/<name>/` with its phrases in one language, checked by `readTemplate`.
 * Templates are read-only data shipped with the app, so each is read and parsed once per process
 * and language; a failed read (a file that is not JSON) is not kept, so the next request tries again.
 */
export function loadTemplate(
  folder: string,
  name: string,
  language: OfficialLanguage,
): Promise<LoadedTemplate> {
  if (!TEMPLATE_NAME.test(name)) return Promise.resolve({ ok: false, missing: 'template' });
  const key = join(folder, name, language);
  let template = loaded.get(key);
  if (template === undefined) {
    template = load(join(folder, name), language);
    template.catch(() => loaded.delete(key));
    loaded.set(key, template);
  }
  return template;
}
