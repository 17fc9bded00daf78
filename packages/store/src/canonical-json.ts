import type { JsonValue } from './json.js';

/**
 * JSON with object keys sorted at every level and no whitespace: one text per value, whatever order
 * its keys were built or read in. The audit log hashes this text, so the hash of an entry does not
 * depend on how a driver or a JSON parser happens to order keys.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}
