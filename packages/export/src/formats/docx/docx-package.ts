import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const relsPath = /^(.*?)_rels\/([^/]+)\.rels$/;
const numberedId = /^rId\d+$/;

/** Escapes text for a regular expression, for ids that may hold '-' or '_'. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Renames the random relationship ids the docx package gives hyperlinks ("rIdte-qvcy…") to ids
 * numbered in order of appearance ("rIdLink1", …), in each relationships part and in the part it
 * belongs to, so the same document gives the same XML.
 */
function renameRandomRelationshipIds(files: Record<string, string>): void {
  for (const path of Object.keys(files)) {
    const match = relsPath.exec(path);
    if (!match) continue;
    const owner = `${match[1]}${match[2]}`;
    const ids = [...files[path]!.matchAll(/\bId="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((id) => !numberedId.test(id));
    ids.forEach((id, i) => {
      const attribute = new RegExp(`(\\b(?:Id|r:id)=")${literal(id)}"`, 'g');
      const renamed = `$1rIdLink${i + 1}"`;
      files[path] = files[path]!.replace(attribute, renamed);
      if (files[owner] !== undefined) files[owner] = files[owner]!.replace(attribute, renamed);
    });
  }
}

/**
 * Makes a DOCX package deterministic: the docx package stamps the clock into the document
 * properties and the zip entries and draws hyperlink ids at random. This rewrites the created and
 * modified properties to `date`, renames the random ids, and zips the parts again in their order
 * with every entry dated `date`, so the same draft always gives the same bytes.
 *
 * `date` is a calendar date (YYYY-MM-DD). Zip entries hold local date fields, so the entry time is
 * built from the date's fields, never from an instant, and does not depend on the time zone.
 */
export function pinDocxPackage(docx: Uint8Array, date: string): Uint8Array {
  const parts = unzipSync(docx);
  const xml: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(parts)) {
    if (/\.(xml|rels)$/.test(path)) xml[path] = strFromU8(bytes);
  }
  renameRandomRelationshipIds(xml);
  const core = 'docProps/core.xml';
  if (xml[core] !== undefined) {
    xml[core] = xml[core]!.replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${date}T00:00:00Z$3`,
    );
  }
  const [year, month, day] = date.split('-').map(Number);
  const entryTime = new Date(year!, month! - 1, day!, 12, 0, 0);
  const pinned: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(parts)) {
    pinned[path] = xml[path] === undefined ? bytes : strToU8(xml[path]!);
  }
  return zipSync(pinned, { level: 6, mtime: entryTime });
}
