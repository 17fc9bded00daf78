#!/usr/bin/env node
// The `rapporteur` command-line tool: `pnpm rapporteur <command>` from the repository's root.
import { nodeIo } from './node-io.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
