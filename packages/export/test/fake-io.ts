import { readFileSync } from 'node:fs';
import { CommandError, type CommandIo } from '../src/cli/command.js';

/** A CommandIo that reads real files but keeps what the CLI writes, for in-process CLI tests. */
export interface FakeIo extends CommandIo {
  readonly stdout: Array<string | Uint8Array>;
  readonly stderr: string[];
  readonly files: Map<string, string | Uint8Array>;
}

/** A fresh fake: files written land in `files`; `missingFolder` makes writes there fail like the real one. */
export function fakeIo(options: { stdoutIsTerminal?: boolean; missingFolder?: string } = {}): FakeIo {
  const stdout: Array<string | Uint8Array> = [];
  const stderr: string[] = [];
  const files = new Map<string, string | Uint8Array>();
  return {
    stdout,
    stderr,
    files,
    stdoutIsTerminal: options.stdoutIsTerminal ?? false,
    out: (data) => stdout.push(data),
    err: (text) => stderr.push(text),
    readText(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        throw new CommandError(`cannot read ${path}: no such file or folder`);
      }
    },
    writeFileAtomic(path, data) {
      if (options.missingFolder && path.startsWith(options.missingFolder)) {
        throw new CommandError(`cannot write ${path}: the folder ${options.missingFolder} does not exist`);
      }
      files.set(path, data);
    },
  };
}
