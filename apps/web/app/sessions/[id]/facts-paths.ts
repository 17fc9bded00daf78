/** A path into the facts JSON: keys and array indexes, as the editor's fields address them. */
export type FactsPath = ReadonlyArray<string | number>;

/** A path written the way the API names problems: `agenda[0].title.en`. */
export function formatPath(path: FactsPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? key : `${out}.${key}`),
    '',
  );
}

/** The value at a path, or undefined where the facts have nothing. */
export function valueAt(root: unknown, path: FactsPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of the facts with the value at `path` replaced (objects and arrays made where missing). */
export function withValueAt<T>(root: T, path: FactsPath, value: unknown): T {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return copy as T;
}

/**
 * Assigns each problem (its path under `facts.`) to the most specific field whose path it falls
 * under (`agenda[0].meetings[2]` → the field `agenda[0].meetings`); what no field claims is "other".
 */
export function problemsByField(
  problems: ReadonlyArray<{ path: string; message: string }>,
  fields: readonly string[],
): { byField: Map<string, string[]>; other: Array<{ path: string; message: string }> } {
  const byField = new Map<string, string[]>();
  const other: Array<{ path: string; message: string }> = [];
  for (const problem of problems) {
    const path = problem.path.replace(/^facts\.?/, '');
    const owner = fields
      .filter((field) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`))
      .sort((a, b) => b.length - a.length)[0];
    if (owner === undefined) other.push({ path, message: problem.message });
    else byField.set(owner, [...(byField.get(owner) ?? []), problem.message]);
  }
  return { byField, other };
}
