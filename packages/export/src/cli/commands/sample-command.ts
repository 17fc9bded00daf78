import { parseArgs } from 'node:util';
import { stringifyDraft } from '@rapporteur/document';
import { defaultSampleSeed, sampleDraft } from '../../sample/sample-draft.js';
import { type Command, CommandError } from '../command.js';
import { languageOption } from '../language-option.js';

const wholeNumber = (flag: string, value: string, min: number): number => {
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new CommandError(`${flag} must be a whole number of at least ${min}, got "${value}"`, 2);
  }
  return Number(value);
};

/**
 * `rapporteur sample --paragraphs <n> --lang <code> [--seed <n>] [--out <draft.json>]`: writes a
 * realistic large draft (sections, sub-headings, items, symbols, cross-references) for benchmarks
 * and tests. The same options always write the same bytes.
 */
export const sampleCommand: Command = {
  name: 'sample',
  summary: 'Write a realistic sample draft of any size',
  usage: 'rapporteur sample --paragraphs <n> --lang ar|zh|en|es|fr|ru [--seed <n>] [--out <draft.json>]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        paragraphs: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        seed: { type: 'string', default: String(defaultSampleSeed) },
        out: { type: 'string' },
      },
      allowPositionals: false,
    });
    if (positionals.length > 0) throw new CommandError(`unexpected argument\nusage: ${this.usage}`, 2);
    if (values.paragraphs === undefined)
      throw new CommandError(`--paragraphs is required\nusage: ${this.usage}`, 2);
    const paragraphs = wholeNumber('--paragraphs', values.paragraphs, 1);
    const seed = wholeNumber('--seed', values.seed, 0);
    const language = languageOption(values.lang);
    const text = stringifyDraft(sampleDraft({ paragraphs, language, seed }));
    if (values.out) io.writeFileAtomic(values.out, text);
    else io.out(text);
    return 0;
  },
};
