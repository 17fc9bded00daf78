import type { z } from 'zod';
import { ApiError } from './api-error';
import type { ApiRequest } from './api-request';

/** The largest body accepted by default (a form, an event, a comment): 64 KiB. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** The largest body a document save or import may have: 2 MiB (the seed addendum is under 30 KiB). */
export const DOCUMENT_BODY_LIMIT = 2 * 1024 * 1024;

/** The JSON path of a zod issue, written as `a.b[2].c`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) =>
        typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`,
      '',
    ) || '(root)'
  );
}

async function readText(request: ApiRequest, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    throw new ApiError('too-large', `The request body is larger than ${limit} bytes.`);
  }
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError('too-large', `The request body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Checks a value from a request body with a zod schema; refuses with 400 naming the first offending
 * path when it does not have the schema's shape.
 */
export function parseBody<S extends z.ZodType>(value: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issuePath(issue.path);
    throw new ApiError('bad-request', `${path}: ${issue.message}`, path);
  }
  return parsed.data;
}

/**
 * Reads a JSON request body of at most `limit` bytes and validates it with a zod schema. Refuses
 * with 413 when too large, 415 when not sent as JSON, 400 when it is not JSON or does not have the
 * schema's shape (naming the first offending path); nothing is done with a body that fails.
 */
export async function readBody<S extends z.ZodType>(
  request: ApiRequest,
  schema: S,
  limit = DEFAULT_BODY_LIMIT,
): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError('unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).');
  }
  const text = await readText(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError('bad-request', `The body is not valid JSON: ${(error as Error).message}`, '(root)');
  }
  return parseBody(value, schema);
}
