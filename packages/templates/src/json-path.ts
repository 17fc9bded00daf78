/** A problem in a JSON input (facts file, template file), named by the path of what is wrong. */
export interface InputProblem {
  /** Where: "agenda[0].statements.states[2]", or "(root)". */
  readonly path: string;
  /** What is wrong, in words a drafter understands. */
  readonly message: string;
}

/** A JSON path as people read it: `agenda[0].title.fr`, `(root)` for the whole value. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  const text = path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
  return text || '(root)';
}
