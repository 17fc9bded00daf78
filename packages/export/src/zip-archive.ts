import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip archive: its path inside the archive and its bytes. */
export interface ZipEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

const textEncoder = new TextEncoder();

/**
 * A zip archive of the given files in the given order, each compressed with deflate, every entry
 * dated `date` (YYYY-MM-DD) at noon. The sizes and checksums sit in each local header (no data
 * descriptors), as Word and LibreOffice expect of a package. The date fields are written from the
 * date's digits, never from an instant or the clock, so the bytes do not depend on the time zone:
 * the same files and date always give the same archive.
 *
 * Compression is Node's zlib (native): for the ~1 MB document part of a 2,000-paragraph DOCX it
 * takes ~3 ms where a JavaScript deflate takes ~30 ms in a freshly started process.
 */
export function zipArchive(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number);
  const dosTime = 12 << 11;
  const dosDate = ((year! - 1980) << 9) | (month! << 5) | day!;
  const files = entries.map((entry) => ({
    name: textEncoder.encode(entry.path),
    // Bit 11: the name is UTF-8 (only needed beyond ASCII).
    flags: /^[\x20-\x7e]*$/.test(entry.path) ? 0 : 0x800,
    crc: crc32(entry.data),
    size: entry.data.length,
    compressed: deflateRawSync(entry.data, { level: 6 }),
  }));
  const localSize = files.reduce((sum, file) => sum + 30 + file.name.length + file.compressed.length, 0);
  const centralDirectorySize = files.reduce((sum, file) => sum + 46 + file.name.length, 0);
  const out = new Uint8Array(localSize + centralDirectorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value >>> 0, true);
    at += 4;
  };
  const bytes = (data: Uint8Array) => {
    out.set(data, at);
    at += data.length;
  };
  // The fields local and central headers share: version needed, flags, method, date, sizes.
  const common = (file: (typeof files)[number]) => {
    u16(20);
    u16(file.flags);
    u16(8);
    u16(dosTime);
    u16(dosDate);
    u32(file.crc);
    u32(file.compressed.length);
    u32(file.size);
    u16(file.name.length);
    u16(0);
  };
  const offsets: number[] = [];
  for (const file of files) {
    offsets.push(at);
    u32(0x04034b50);
    common(file);
    bytes(file.name);
    bytes(file.compressed);
  }
  const centralStart = at;
  files.forEach((file, i) => {
    u32(0x02014b50);
    u16(20);
    common(file);
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offsets[i]!);
    bytes(file.name);
  });
  const centralSize = at - centralStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(files.length);
  u16(files.length);
  u32(centralSize);
  u32(centralStart);
  u16(0);
  return out;
}
