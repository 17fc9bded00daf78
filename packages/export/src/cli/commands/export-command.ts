import { parseArgs } from 'node:util';
import { parseDraft } from '@rapporteur/document';
import { exportDraft } from '../../export-draft.js';
import { exportFormatNames } from '../../export-format.js';
import { loadExportFormat } from '../../formats/format-loaders.js';
import { isPaperSize, paperSizes } from '../../paper-size.js';
import { type Command, CommandError } from '../command.js';

/**
 * `rapporteur export <draft.json> --format html|docx|pdf|akn|txt [--out file] [--paper a4|letter]
 * [--force]`: reads a draft file, refuses it with every problem when it is not valid (unless
 * --force, which marks the output as not valid), and writes the chosen format to the output file
 * (through a temporary name and a rename) or to standard output. Binary formats are never printed
 * on a terminal: they need --out or a pipe.
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a draft file to HTML, DOCX, PDF, Akoma Ntoso or text',
  usage: 'rapporteur export <draft.json> --format <format> [--out <file>] [--paper a4|letter] [--force]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        force: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new CommandError(`expected one draft file\nusage: ${this.usage}`, 2);
    const format = values.format ? await loadExportFormat(values.format) : undefined;
    if (!format) {
      throw new CommandError(
        `${values.format ? `unknown format "${values.format}"` : 'no --format given'}: the formats are ${exportFormatNames.join(', ')}`,
        2,
      );
    }
    const paper = values.paper;
    if (!isPaperSize(paper)) {
      throw new CommandError(`unknown paper "${paper}": use ${paperSizes.join(' or ')}`, 2);
    }
    if (format.binary && !values.out && io.stdoutIsTerminal) {
      throw new CommandError(
        `${format.name} is a binary format: give --out <file>, or send standard output to a pipe or file`,
        2,
      );
    }
    const path = positionals[0]!;
    const read = parseDraft(io.readText(path));
    if (!read.ok) {
      throw new CommandError(
        `${path} is not a valid draft:\n${read.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
      );
    }
    const result = await exportDraft(read.draft, format, { force: values.force, paper }).catch(
      (error: Error) => {
        throw new CommandError(`cannot export ${path} as ${format.name}: ${error.message}`);
      },
    );
    if (!result.ok) {
      throw new CommandError(
        `${path} has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; fix them or export anyway with --force:\n${result.problems.map((p) => `  - ${p.message}`).join('\n')}`,
      );
    }
    if (!result.valid) {
      io.err(
        `rapporteur export: ${path} has ${result.problems.length} problem(s); exported marked as not valid\n`,
      );
    }
    if (values.out) io.writeFileAtomic(values.out, result.output);
    else io.out(result.output);
    return 0;
  },
};
