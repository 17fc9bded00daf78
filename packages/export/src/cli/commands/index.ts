import type { Command } from '../command.js';

/**
 * Every sub-command of `rapporteur` by name, in the order `rapporteur help` lists them. Each
 * command's module is loaded only when it runs (or when help lists it), so `rapporteur export`
 * never loads the sample phrases or the templates, and `rapporteur symbol` loads no document code.
 */
export const commandLoaders: { readonly [name: string]: () => Promise<Command> } = {
  symbol: async () => (await import('./symbol-command.js')).symbolCommand,
  export: async () => (await import('./export-command.js')).exportCommand,
  sample: async () => (await import('./sample-command.js')).sampleCommand,
  new: async () => (await import('./new-command.js')).newCommand,
};

/** The command with this name, loaded; undefined when `rapporteur` has no such command. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(commandLoaders, name) ? commandLoaders[name]!() : undefined;
}
