import { nodeIo } from './node-io.js';
import { runCli } from './run-cli.js';

export { standardStreamsWritten } from './node-io.js';

/**
 * Runs `rapporteur` with these arguments on this machine and resolves to its exit code: what the
 * CLI bundle exports (scripts/bundle-cli.mjs), called by `main.ts` and by the build step that
 * makes the bundle's code cache.
 */
export const runRapporteur = (argv: string[]): Promise<number> => runCli(argv, nodeIo);
