/**
 * A JSON path as people read it in an error message: `agenda[0].title.fr`, `metadata.date`, or
 * `(root)` for the whole value. Every reader of a JSON input (draft files here, session facts and
 * templates in @rapporteur/templates) names its problems this way.
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  const text = path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
  return text || '(root)';
}
