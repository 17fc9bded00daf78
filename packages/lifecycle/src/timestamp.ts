/**
 * Throws a TypeError unless `now` is an ISO 8601 date-time string. The lifecycle never reads a
 * clock: the server passes its time in, and this catches a missing or garbled one early.
 */
export function assertTimestamp(now: unknown): asserts now is string {
  if (
    typeof now !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(now) ||
    Number.isNaN(Date.parse(now))
  ) {
    throw new TypeError(`"${String(now)}" is not an ISO 8601 date-time; pass the server's clock as now.`);
  }
}
