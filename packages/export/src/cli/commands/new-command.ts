import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringifyDraft } from '@rapporteur/document';
import { type InputProblem, instantiate, readSessionFacts, readTemplate } from '@rapporteur/templates';
import { type Command, CommandError, type CommandIo } from '../command.js';
import { languageOption } from '../language-option.js';

/** The repository's templates/ folder, found from this file (src/ or dist/ alike: five levels up). */
const templatesFolder = fileURLToPath(new URL('../../../../../templates/', import.meta.url));

const problemsText = (problems: readonly InputProblem[]) =>
  problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');

function readJson(io: CommandIo, path: string): unknown {
  const text = io.readText(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CommandError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * `rapporteur new --template <name> --facts <file> --item <n> --lang <code> --out <draft.json>`:
 * writes the draft of an agenda item's addendum from a session's facts and a template folder of
 * templates/. Every problem in the facts or the template is printed with its JSON path and nothing
 * is written (exit 1); the draft is written atomically.
 */
export const newCommand: Command = {
  name: 'new',
  summary: 'Draft an addendum for an agenda item from session facts and a template',
  usage:
    'rapporteur new --template <name> --facts <facts.json> --item <n> --lang ar|zh|en|es|fr|ru --out <draft.json> [--date YYYY-MM-DD] [--templates <folder>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        template: { type: 'string' },
        facts: { type: 'string' },
        item: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        templates: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (positionals.length > 0)
      throw new CommandError(`unexpected argument "${positionals[0]}"\nusage: ${this.usage}`, 2);
    const missing = (['template', 'facts', 'item', 'lang', 'out'] as const).filter((name) => !values[name]);
    if (missing.length > 0) {
      throw new CommandError(`missing ${missing.map((m) => `--${m}`).join(', ')}\nusage: ${this.usage}`, 2);
    }
    const lang = languageOption(values.lang!);
    if (!/^[1-9]\d*$/.test(values.item!))
      throw new CommandError(`--item takes an agenda item number, not "${values.item}"`, 2);
    const name = values.template!;
    if (!/^[a-z0-9-]+$/.test(name)) throw new CommandError(`"${name}" is not a template name`, 2);
    const folder = `${values.templates ?? templatesFolder}/${name}`.replace(/\/+/g, '/');

    const facts = readSessionFacts(readJson(io, values.facts!));
    if (!facts.ok)
      throw new CommandError(`${values.facts} is not valid session facts:\n${problemsText(facts.problems)}`);

    const template = readTemplate({
      structure: readJson(io, `${folder}/structure.json`),
      phrases: { [lang]: readJson(io, `${folder}/phrases.${lang}.json`) },
    });
    if (!template.ok)
      throw new CommandError(`the template ${name} has problems:\n${problemsText(template.problems)}`);

    const result = instantiate(template.template, facts.facts, {
      item: Number(values.item),
      lang,
      ids: randomUUID,
      date: values.date ?? new Date().toISOString().slice(0, 10),
    });
    if (!result.ok)
      throw new CommandError(
        `cannot draft item ${values.item} in ${lang}:\n${problemsText(result.problems)}`,
      );
    io.writeFileAtomic(values.out!, stringifyDraft(result.draft));
    io.out(`wrote ${values.out}: agenda item ${values.item} in ${lang} from template ${name}\n`);
    return 0;
  },
};
