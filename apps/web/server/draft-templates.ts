import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OfficialLanguage } from '@rapporteur/symbols';
import {
  type InputProblem,
  readTemplate,
  type Template,
  type TemplateContainment,
  type TemplateStructure,
  templateContainment,
  templateStructureSchema,
} from '@rapporteur/templates';
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
  return readOnce(loaded, join(folder, name, language), () => load(join(folder, name), language));
}

/**
 * The value read for `key`, read once per process and kept in `cache`; a read that fails is not
 * kept, so the next request tries again.
 */
function readOnce<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (value === undefined) {
    value = read();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

const structures = new Map<string, Promise<TemplateStructure | null>>();

async function readStructure(folder: string): Promise<TemplateStructure | null> {
  const json = await readJsonFile(join(folder, 'structure.json'));
  if (json === undefined) return null;
  const read = templateStructureSchema.safeParse(json);
  if (!read.success) throw new Error(`${folder}/structure.json is not a valid template structure`);
  return read.data;
}

/**
 * The structure of the template `<folder>/<name>/` (structure.json, checked), or null when there is
 * no such template; read once per process, as `loadTemplate` reads templates.
 */
export function loadTemplateStructure(folder: string, name: string): Promise<TemplateStructure | null> {
  if (!TEMPLATE_NAME.test(name)) return Promise.resolve(null);
  return readOnce(structures, join(folder, name), () => readStructure(join(folder, name)));
}

const containments = new Map<string, Promise<TemplateContainment | null>>();

/**
 * Where the template `<folder>/<name>/` lets each kind of block go (`templateContainment` of its
 * structure), or null when there is no such template; made once per process, for the templates
 * route and the check of every edit.
 */
export function loadTemplateContainment(folder: string, name: string): Promise<TemplateContainment | null> {
  if (!TEMPLATE_NAME.test(name)) return Promise.resolve(null);
  return readOnce(containments, join(folder, name), async () => {
    const structure = await loadTemplateStructure(folder, name);
    return structure && templateContainment(structure);
  });
}
