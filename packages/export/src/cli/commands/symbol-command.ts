import { parseArgs } from 'node:util';
import { describeSymbol } from '@rapporteur/symbols';
import { type Command, CommandError } from '../command.js';
import { languageOption } from '../language-option.js';

/**
 * `rapporteur symbol <text> [--lang xx]`: says whether the text is a UN document symbol and prints
 * its parts and links as JSON (or the error, naming the component and the character). Exit 1 when
 * the text is not a valid symbol, so scripts can test it.
 */
export const symbolCommand: Command = {
  name: 'symbol',
  summary: 'Check a UN document symbol and print its parts and links as JSON',
  usage: 'rapporteur symbol <text> [--lang ar|zh|en|es|fr|ru]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { lang: { type: 'string', default: 'en' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new CommandError(`expected one symbol to check\nusage: ${this.usage}`, 2);
    const lang = languageOption(values.lang);
    const description = describeSymbol(positionals[0]!, lang);
    io.out(`${JSON.stringify(description, null, 2)}\n`);
    return description.valid ? 0 : 1;
  },
};
