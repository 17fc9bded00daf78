import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../src/cli/node-io.js';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-node-io-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** File contents: UTF-8 text in several scripts, a byte-order mark, and stray or truncated bytes. */
const fileBytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme' }).map((text) => Buffer.from(text, 'utf8')),
      fc.constant(Buffer.from([0xef, 0xbb, 0xbf])),
      fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80, max: 0xff }).map((bytes) => Buffer.from(bytes)),
    ),
  )
  .map((parts) => Buffer.concat(parts));

describe('the CLI file reader', () => {
  it('reads a file as the text readFileSync decodes from it as UTF-8, whatever its bytes', () => {
    const path = join(work, 'draft.json');
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        writeFileSync(path, bytes);
        expect(nodeIo.readText(path)).toBe(readFileSync(path, 'utf8'));
      }),
      { numRuns: 200 },
    );
  });

  it('names a missing file', () => {
    expect(() => nodeIo.readText(join(work, 'missing.json'))).toThrow(
      /cannot read .*missing\.json: no such file or folder/,
    );
  });
});
