import { formatJsonPath } from '@rapporteur/document';
import { isOfficialLanguage, type OfficialLanguage } from '@rapporteur/symbols';
import type { InputProblem } from './json-path.js';
import { languageRules } from './language-rules/rules-by-language.js';
import { type TemplatePhrases, templatePhrasesSchema } from './template-phrases.js';
import {
  structurePhraseKeys,
  type TemplateStructure,
  templateStructureSchema,
} from './template-structure.js';

/** A template as loaded: its structure and the phrases of the languages it was given. */
export interface Template {
  readonly name: string;
  readonly structure: TemplateStructure;
  readonly phrases: Partial<Record<OfficialLanguage, TemplatePhrases>>;
}

/**
 * A template's files as parsed JSON, read at the edge (the CLI, a generated module): the
 * structure and the phrases per language code. This package never reads files itself.
 */
export interface TemplateFiles {
  readonly structure: unknown;
  readonly phrases: Readonly<Record<string, unknown>>;
}

/** The result of loading a template: the template, or every problem with its file and JSON path. */
export type TemplateRead = { ok: true; template: Template } | { ok: false; problems: InputProblem[] };

/**
 * Loads and checks a template from its files: the structure and each language's phrases against
 * their schemas, each language's direction against its rules, and every phrase the structure uses
 * present in every language given ("phrases.fr.json: phrases.documentsBefore: missing"). Problems
 * name the file and the JSON path.
 */
export function readTemplate(files: TemplateFiles): TemplateRead {
  const problems: InputProblem[] = [];
  const structure = templateStructureSchema.safeParse(files.structure);
  if (!structure.success) {
    for (const issue of structure.error.issues) {
      problems.push({ path: `structure.json: ${formatJsonPath(issue.path)}`, message: issue.message });
    }
  }
  const phrases: Partial<Record<OfficialLanguage, TemplatePhrases>> = {};
  for (const [code, json] of Object.entries(files.phrases)) {
    const file = `phrases.${code}.json`;
    if (!isOfficialLanguage(code)) {
      problems.push({ path: file, message: `"${code}" is not an official language code` });
      continue;
    }
    const parsed = templatePhrasesSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: `${file}: ${formatJsonPath(issue.path)}`, message: issue.message });
      }
      continue;
    }
    if (parsed.data.language !== code) {
      problems.push({
        path: `${file}: language`,
        message: `the file is named for ${code} but says ${parsed.data.language}`,
      });
    }
    if (parsed.data.direction !== languageRules[code].direction) {
      problems.push({
        path: `${file}: direction`,
        message: `${code} is written ${languageRules[code].direction}`,
      });
    }
    if (structure.success) {
      for (const key of structurePhraseKeys(structure.data)) {
        if (!(key in parsed.data.phrases)) {
          problems.push({
            path: `${file}: phrases.${key}`,
            message: `missing: the structure uses the phrase "${key}"`,
          });
        }
      }
    }
    phrases[code] = parsed.data;
  }
  if (problems.length > 0 || !structure.success) return { ok: false, problems };
  return { ok: true, template: { name: structure.data.name, structure: structure.data, phrases } };
}
