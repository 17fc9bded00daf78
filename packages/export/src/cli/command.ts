/** What a command may do to the outside world: the CLI's only effects, passed in so tests can capture them. */
export interface CommandIo {
  /** Writes text, or the bytes of a binary format, to standard output. */
  out(data: string | Uint8Array): void;
  /**
   * Whether standard output is a terminal, where binary output would be garbage; absent means it
   * is not (a pipe, a file, a test's capture).
   */
  readonly stdoutIsTerminal?: boolean;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a whole file as UTF-8; throws a `CommandError` naming the path when it cannot. */
  readText(path: string): string;
  /** Writes a file through a temporary name and a rename, so a failure never leaves half a file. */
  writeFileAtomic(path: string, data: string | Uint8Array): void;
}

/** One sub-command of `rapporteur`: its name, a line of help, usage, and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/**
 * An error the user can act on (bad arguments, unreadable file, invalid input): printed as it is,
 * without a stack, with the exit code it carries (1 for bad input, 2 for bad usage).
 */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
