import type { Command } from '../command.js';
import { exportCommand } from './export-command.js';
import { newCommand } from './new-command.js';
import { sampleCommand } from './sample-command.js';
import { symbolCommand } from './symbol-command.js';

/** Every sub-command of `rapporteur`, in the order `rapporteur help` lists them. */
export const commands: readonly Command[] = [symbolCommand, exportCommand, sampleCommand, newCommand];
