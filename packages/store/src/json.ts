import { InvalidInput } from './errors.js';

/** A value that came back from JSON: what the store returns for documents, envelopes and facts. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Encodes a value for a JSON text column. Refuses, naming the field, anything JSON cannot carry
 * faithfully (undefined, functions, bigints, cycles, non-finite numbers) rather than storing a
 * different value than the caller gave. JSON.stringify writes a non-finite number as `null`, so only
 * a text with a `null` in it can hide one: only then is the value encoded again checking each number
 * (a document, ~15 KiB, is encoded at every save, and the check costs a quarter of the encoding).
 */
export function encodeJson(field: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
    if (text?.includes('null')) {
      text = JSON.stringify(value, (_key, v: unknown) => {
        if (typeof v === 'number' && !Number.isFinite(v)) {
          throw new InvalidInput(field, `${v} cannot be stored as JSON`);
        }
        return v;
      });
    }
  } catch (error) {
    if (error instanceof InvalidInput) throw error;
    throw new InvalidInput(field, `not JSON-serialisable (${(error as Error).message})`);
  }
  if (text === undefined) throw new InvalidInput(field, 'is missing or not a JSON value');
  return text;
}

/** Decodes a JSON text column written by `encodeJson`, given as text or as its UTF-8 bytes. */
export function decodeJson(text: string | Uint8Array): JsonValue {
  return JSON.parse(typeof text === 'string' ? text : utf8Text(text)) as JsonValue;
}

/** The text UTF-8 bytes encode (decoded in place, not copied first). */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
