/**
 * The error codes the API answers with, each tied to one HTTP status, so a client can act on the
 * code and a reader of API.md knows what each status means.
 */
export const ERROR_STATUS = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'cross-origin': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'version-conflict': 409,
  'not-allowed-now': 409,
  'already-exists': 409,
  'too-large': 413,
  'unsupported-media-type': 415,
  'invalid-document': 422,
  'invalid-event': 422,
  'invalid-facts': 422,
  'cannot-draft': 422,
  'too-many-attempts': 429,
  internal: 500,
} as const;

/** One of the API's error codes (see {@link ERROR_STATUS}). */
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * An error meant for the client: a stable code, a message a person can act on, the JSON path of the
 * offending value when there is one, and optional details (e.g. the current draft after a conflict).
 * Handlers throw it; the router turns it into `{ error: { code, message, path? } }` with its status.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  /** Creates the error with its code, message, and optionally the path and details. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  /** The HTTP status this error is answered with. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
