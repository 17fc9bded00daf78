/**
 * The token a printed number gives an eId under the Akoma Ntoso naming convention: the number
 * without its punctuation ("14." → "14", "A." → "A", "(a)" → "a", "(ii)" → "ii").
 */
export function numberToken(label: string): string {
  return label.replace(/[().\s]/g, '');
}

/** An eId below its parent's ("sec_A" + "subsec_1" → "sec_A__subsec_1"); at the top, the eId itself. */
export function childEId(parent: string, own: string): string {
  return parent === '' ? own : `${parent}__${own}`;
}

/**
 * The wId of a node, from its stable id: the identifier it keeps through renumbering and across
 * language versions (the naming convention's "work-level" id). Whitespace, which the schema does not
 * allow in identifiers, becomes "_"; a node without an id has no wId.
 */
export function stableWId(id: unknown): string | null {
  if (typeof id !== 'string' || id.trim() === '') return null;
  return id.replace(/\s/g, '_');
}
