import { CommandError, type CommandIo } from './command.js';
import { commandLoaders, loadCommand } from './commands/index.js';

async function help(): Promise<string> {
  const commands = await Promise.all(Object.values(commandLoaders).map((load) => load()));
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'usage: rapporteur <command> [options]',
    '',
    'commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
  ].join('\n');
}

/**
 * Runs `rapporteur` with the given arguments: finds the command, runs it, and turns a
 * `CommandError` into its message on standard error and its exit code. Resolves to the exit code;
 * never exits the process itself, so tests can run it in-process.
 */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(await help());
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`rapporteur: unknown command "${name}"\n\n${await help()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CommandError) {
      io.err(`rapporteur ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`rapporteur ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
