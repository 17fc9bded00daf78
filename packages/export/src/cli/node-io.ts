import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CommandError, type CommandIo } from './command.js';

let wroteToStandardStreams = false;

/**
 * Whether `nodeIo` has written anything to standard output or error in this process. Until it has,
 * no write can be pending, so `main.ts` may end the process at once when the command is done.
 */
export const standardStreamsWritten = (): boolean => wroteToStandardStreams;

/**
 * The real effects of the CLI on this machine: standard streams and files. Writes go to a hidden
 * temporary file beside the target and are renamed over it, so readers never see half a file and a
 * failed export leaves nothing behind.
 */
export const nodeIo: CommandIo = {
  out: (data) => {
    wroteToStandardStreams = true;
    process.stdout.write(data);
  },
  // Read only when a command asks: the first use of process.stdout sets up its stream (for a pipe,
  // Node's whole net module, ~2 ms), which an export to --out never needs.
  get stdoutIsTerminal() {
    return process.stdout.isTTY === true;
  },
  err: (text) => {
    wroteToStandardStreams = true;
    process.stderr.write(text);
  },
  readText(path) {
    try {
      // Decoded from the file's bytes, as readFileSync(path, 'utf8') decodes them: Node 20's own
      // UTF-8 read touches about twice the memory on the way (a 1.7 MB draft: ~1,700 fresh pages
      // instead of ~1,250, ~0.7 ms of every export).
      return readFileSync(path).toString('utf8');
    } catch (error) {
      throw new CommandError(`cannot read ${path}: ${describeFsError(error)}`);
    }
  },
  writeFileAtomic(path, data) {
    const directory = dirname(path);
    try {
      if (!statSync(directory).isDirectory())
        throw new CommandError(`cannot write ${path}: ${directory} is not a folder`);
    } catch (error) {
      if (error instanceof CommandError) throw error;
      throw new CommandError(`cannot write ${path}: the folder ${directory} does not exist`);
    }
    // The process id and the clock make the name unique without loading node:crypto, whose start-up
    // cost every export would pay.
    const temporary = join(directory, `.${basename(path)}.${process.pid}-${process.hrtime.bigint()}.tmp`);
    try {
      writeFileSync(temporary, data);
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new CommandError(`cannot write ${path}: ${describeFsError(error)}`);
    }
  },
};

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return (error as Error).message;
  }
}
