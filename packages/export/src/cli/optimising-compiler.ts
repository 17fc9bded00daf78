import { setFlagsFromString } from 'node:v8';

/**
 * Lets V8's optimising compiler (TurboFan) take only code that stays hot for a while: a function
 * is queued for optimisation after 4× the bytecode V8 runs by default (Node 20's interrupt budget,
 * 67,584 bytes). A command lives a fraction of a second, and by default V8 optimised 27 functions
 * of a 2,000-paragraph HTML export on other threads (~36 ms of CPU, ~1,200 fresh pages) whose code
 * came too late to save the main thread anything (its CPU time was the same) while those threads
 * took the machine's second core and the process waited at exit for a compilation still running.
 * Now 5 are optimised; code that stays hot, as in a 10,000-paragraph export, is still optimised.
 * Call it after the CLI bundle is compiled: V8 compares its flags with those a code cache was
 * made under.
 */
export function optimiseOnlyLastingHotCode(): void {
  setFlagsFromString('--interrupt-budget=270336');
}
