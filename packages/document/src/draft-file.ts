import type { Node } from 'prosemirror-model';
import * as z from 'zod/mini';
import { type JsonProblem, readDocumentJson } from './document-json.js';
import { type DraftMetadata, draftMetadataSchema } from './draft-metadata.js';
import { formatJsonPath } from './json-path.js';

/** The format tag every draft file starts with, so a stray JSON file is recognised as not a draft. */
export const draftFormat = 'rapporteur.draft';

/** The version of the draft file format this program writes and reads; a file of another version is refused. */
export const draftFormatVersion = 1;

/** A draft in memory: its metadata and its document. */
export interface Draft {
  readonly metadata: DraftMetadata;
  readonly doc: Node;
}

/** The JSON form of a draft as written to a file or sent over HTTP. */
export interface DraftFile {
  format: typeof draftFormat;
  version: typeof draftFormatVersion;
  metadata: DraftMetadata;
  document: Record<string, unknown>;
}

/** The result of reading a draft: the draft, or every problem with its JSON path. */
export type DraftRead = { ok: true; draft: Draft } | { ok: false; problems: JsonProblem[] };

/** The zod schema of a draft file's envelope, built only for a file that is not plainly a draft. */
const envelopeSchema = () =>
  z.object({
    format: z.literal(draftFormat, { message: `expected "${draftFormat}": this is not a Rapporteur draft` }),
    version: z.int().check(
      z.refine((v) => v === draftFormatVersion, {
        message: `this program reads draft format version ${draftFormatVersion}`,
      }),
    ),
    metadata: z.unknown(),
    document: z.unknown(),
  });

/** A draft file's metadata and document when its envelope is plainly this format and version, otherwise null. */
function plainEnvelope(json: unknown): { metadata: unknown; document: unknown } | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const file = json as Record<string, unknown>;
  if (file.format !== draftFormat || file.version !== draftFormatVersion) return null;
  return { metadata: file.metadata, document: file.document };
}

/**
 * Reads a draft from parsed JSON: the envelope (format and version), the metadata and the
 * document, reporting every problem with the JSON path of what is wrong. A draft with any problem
 * is not returned, so nothing downstream ever sees half-valid input.
 */
export function readDraft(json: unknown): DraftRead {
  const plain = plainEnvelope(json);
  const envelope = plain ? { success: true as const, data: plain } : envelopeSchema().safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.map((issue) => ({
        path: formatJsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems: JsonProblem[] = [];
  const metadata = draftMetadataSchema.safeParse(envelope.data.metadata);
  if (!metadata.success) {
    for (const issue of metadata.error.issues) {
      problems.push({ path: formatJsonPath(['metadata', ...issue.path]), message: issue.message });
    }
  }
  const document = readDocumentJson(envelope.data.document, 'document');
  if (!document.ok) problems.push(...document.problems);
  if (problems.length > 0 || !metadata.success || !document.ok) return { ok: false, problems };
  return { ok: true, draft: { metadata: metadata.data, doc: document.doc } };
}

/**
 * Reads a draft from the text of a file: JSON syntax errors are reported like any other problem,
 * with the position JSON.parse gives.
 */
export function parseDraft(text: string): DraftRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return readDraft(json);
}

/** The JSON form of a draft, with a fixed key order so the same draft always gives the same bytes. */
export function draftToJson(draft: Draft): DraftFile {
  return {
    format: draftFormat,
    version: draftFormatVersion,
    metadata: { ...draft.metadata },
    document: draft.doc.toJSON() as Record<string, unknown>,
  };
}

/** The text of a draft file: pretty-printed JSON with a final newline. */
export function stringifyDraft(draft: Draft): string {
  return `${JSON.stringify(draftToJson(draft), null, 2)}\n`;
}
