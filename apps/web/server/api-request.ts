/**
 * The parts of a Web `Request` the API reads. A `Request` is one (the tests, the server components'
 * in-process calls); so is the app server's own lighter request (host/web-request.ts), which is not an
 * undici `Request` because every one of those makes an AbortSignal of its own, and in Node 20 each
 * AbortSignal outlives the young-generation collection (apps/web/API.md, Performance).
 */
export interface ApiRequest extends Pick<Request, 'method' | 'url' | 'headers' | 'signal'> {
  readonly body: ReadableStream<Uint8Array> | null;
}
