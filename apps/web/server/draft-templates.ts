import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OfficialLanguage } from '@rapporteur/symbols';
import {
  type InputProblem,
  readTemplate,
  type Template,
  type TemplateStructure,
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
  const key = join(folder, name, language);
  let template = loaded.get(key);
  if (template === undefined) {
    template = load(join(folder, name), language);
    template.catch(() => loaded.delete(key));
    loaded.set(key, template);
  }
  return template;
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
  const key = join(folder, name);
  let structure = structures.get(key);
  if (structure === undefined) {
    structure = readStructure(key);
    structure.catch(() => structures.delete(key));
    structures.set(key, structure);
  }
  return structure;
}
