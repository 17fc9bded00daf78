import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../src/zip-archive.js';

const encoder = new TextEncoder();
const entry = (path: string, text: string) => ({ path, data: encoder.encode(text) });

/** The end-of-central-directory record: entry count, central directory size and offset, and where it is. */
function endRecord(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = zip.length - 22;
  expect(view.getUint32(at, true)).toBe(0x06054b50);
  return {
    at,
    entries: view.getUint16(at + 10, true),
    size: view.getUint32(at + 12, true),
    offset: view.getUint32(at + 16, true),
  };
}

describe('zip archives', () => {
  it('reads back every file in order, with the central directory where the end record says', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z_]{1,12}(\/[a-zé]{1,8})?\.xml$/), fc.string()), {
          minLength: 1,
          maxLength: 6,
          selector: ([path]) => path,
        }),
        (files) => {
          const zip = zipArchive(
            files.map(([path, text]) => entry(path, text)),
            '2019-05-23',
          );
          const read = unzipSync(zip);
          expect(Object.keys(read)).toEqual(files.map(([path]) => path));
          for (const [path, text] of files) expect(strFromU8(read[path]!)).toBe(text);
          const end = endRecord(zip);
          expect(end.entries).toBe(files.length);
          expect(end.offset + end.size).toBe(end.at);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('passes the integrity test of Info-ZIP unzip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-zip-'));
    try {
      const path = join(dir, 'test.zip');
      writeFileSync(
        path,
        zipArchive([entry('a.xml', '<a/>'.repeat(1000)), entry('b/c.xml', '')], '2019-05-23'),
      );
      expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dates every entry at noon on the given day, whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      const zips = ['UTC', 'Pacific/Kiritimati', 'America/Adak'].map((tz) => {
        process.env.TZ = tz;
        return zipArchive([entry('a.xml', '<a/>')], '2019-05-23');
      });
      for (const zip of zips) expect(Buffer.from(zip).equals(Buffer.from(zips[0]!))).toBe(true);
      const view = new DataView(zips[0]!.buffer);
      expect(view.getUint16(10, true)).toBe(12 << 11);
      expect(view.getUint16(12, true)).toBe(((2019 - 1980) << 9) | (5 << 5) | 23);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
