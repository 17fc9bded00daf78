import type { Draft as DocumentDraft } from '@rapporteur/document';
import { type ExportFormatName, exportDraft, exportFormatNamed, exportFormatNames } from '@rapporteur/export';
import { ApiError } from './api-error';

/** Checks an export format name from a request. */
export function formatOf(name: string | undefined): ExportFormatName {
  if (name === undefined || !(exportFormatNames as readonly string[]).includes(name)) {
    throw new ApiError(
      'bad-request',
      `"${String(name).slice(0, 40)}" is not an export format: use ${exportFormatNames.join(', ')}.`,
      'format',
    );
  }
  return name as ExportFormatName;
}

/** A file name safe in every file system for a symbol and language, e.g. E-CN.15-2019-L.1-Add.6.zh.docx. */
export function exportFileName(symbol: string, language: string, extension: string): string {
  const stem = symbol.replace(/[^A-Za-z0-9.()-]+/g, '-').replace(/^-+|-+$/g, '') || 'draft';
  return `${stem}.${language}.${extension.replace(/^\./, '')}`;
}

/**
 * Exports a draft in one format and answers with the file: its media type, and a Content-Disposition
 * naming it (inline for HTML and text, an attachment otherwise). A draft with problems is refused
 * with 422 and the list of problems, unless `force` is set (the output then says it is not valid).
 */
export async function exportResponse(
  draft: DocumentDraft,
  formatName: ExportFormatName,
  symbol: string,
  force: boolean,
): Promise<Response> {
  const format = exportFormatNamed(formatName);
  if (format === undefined)
    throw new ApiError('not-found', `The ${formatName} export is not available on this server.`);
  const result = await exportDraft(draft, format, { force });
  if (!result.ok) {
    const first = result.problems[0];
    throw new ApiError(
      'invalid-document',
      `The draft has ${result.problems.length} problem(s) and cannot be exported as is${first ? `: ${first.message}` : ''} (add ?force=true to export it marked as not valid).`,
      undefined,
      { problems: result.problems.slice(0, 50) },
    );
  }
  const name = exportFileName(symbol, draft.metadata.language, format.extension);
  const disposition = formatName === 'html' || formatName === 'txt' ? 'inline' : 'attachment';
  const body = typeof result.output === 'string' ? result.output : new Uint8Array(result.output);
  const mediaType =
    format.binary || /charset=/i.test(format.mediaType)
      ? format.mediaType
      : `${format.mediaType}; charset=utf-8`;
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': mediaType,
      'content-disposition': `${disposition}; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'x-content-type-options': 'nosniff',
      'x-rapporteur-valid': String(result.valid),
    },
  });
}
