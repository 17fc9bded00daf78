import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../src/errors.js';
import { decodeJson, encodeJson } from '../src/json.js';

/** A JSON value with one number somewhere in it replaced by `bad` (NaN or an infinity). */
const withNonFinite = fc
  .tuple(
    fc.jsonValue(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    fc.array(fc.nat(), { maxLength: 4 }),
  )
  .map(([value, bad, path]) => {
    if (typeof value !== 'object' || value === null) return bad;
    let node = value as Record<string, unknown> | unknown[];
    for (const step of path) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      const child = (node as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) {
        (node as Record<string, unknown>)[key] = bad;
        return value;
      }
      node = child as typeof node;
    }
    if (Array.isArray(node)) node.push(bad);
    else node.bad = bad;
    return value;
  });

describe('JSON columns', () => {
  it('encodes every JSON value as JSON.stringify does, and decodes it back from text or UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = encodeJson('field', value);
        expect(text).toBe(JSON.stringify(value));
        expect(decodeJson(text)).toEqual(decodeJson(JSON.stringify(value)));
        expect(decodeJson(Buffer.from(text, 'utf8'))).toEqual(decodeJson(text));
      }),
    );
  });

  it('refuses a non-finite number anywhere in a value, naming the field', () => {
    fc.assert(
      fc.property(withNonFinite, (value) => {
        expect(() => encodeJson('document', value)).toThrow(InvalidInput);
        expect(() => encodeJson('document', value)).toThrow(/document/);
      }),
    );
  });

  it('refuses what JSON cannot carry: undefined, bigints and cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => encodeJson('lifecycle', undefined)).toThrow(InvalidInput);
    expect(() => encodeJson('lifecycle', { n: 1n })).toThrow(InvalidInput);
    expect(() => encodeJson('lifecycle', cycle)).toThrow(InvalidInput);
  });
});
