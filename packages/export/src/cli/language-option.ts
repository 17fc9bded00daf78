import { isOfficialLanguage, type OfficialLanguage, officialLanguages } from '@rapporteur/symbols';
import { CommandError } from './command.js';

/**
 * The value of a command's `--lang` option as an official language; any other value is a usage
 * error (exit 2) that lists the six codes, worded the same in every command.
 */
export function languageOption(value: string): OfficialLanguage {
  if (!isOfficialLanguage(value)) {
    throw new CommandError(`unknown language "${value}": use one of ${officialLanguages.join(', ')}`, 2);
  }
  return value;
}
