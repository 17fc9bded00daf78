/**
 * Why a text is not a valid UN document symbol. `index` is the 0-based UTF-16 offset, in the
 * text that was parsed, of the first offending character (or of the place where something is
 * missing); `message` names the problem and ends with "at character <index>"; `component` is the
 * offending '/'-separated component as written, when one is to blame.
 */
export interface SymbolError {
  message: string;
  index: number;
  component?: string;
}

/** Builds a {@link SymbolError} whose message ends with the character index it reports. */
export function symbolError(problem: string, index: number, component?: string): SymbolError {
  const error: SymbolError = { message: `${problem} at character ${index}`, index };
  if (component !== undefined) error.component = component;
  return error;
}

/** Moves an error found in a slice of a text so that its index points into the whole text. */
export function shiftSymbolError(error: SymbolError, offset: number): SymbolError {
  if (offset === 0) return error;
  const index = error.index + offset;
  const message = error.message.replace(/at character \d+$/, `at character ${index}`);
  return error.component === undefined ? { message, index } : { message, index, component: error.component };
}
