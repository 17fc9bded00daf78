/**
 * How many waiting API requests start at each turn of the event loop. Measured under the API bench's
 * loads (50 connections, SQLite; 4, 10 and 50 per turn): 10 served as many requests per second as
 * starting every waiting one (saves 1,447 against 1,447 per second, reads 5,520 against 5,972) with
 * the shortest tail (save p99 42 against 69 ms); 4 gave up a tenth of the throughput.
 */
export const API_REQUESTS_PER_TURN = 10;

/** Starts one request (its handler runs until its first await; the rest follows in microtasks). */
export type RequestStart = () => void;

/**
 * Admits API requests in the order they arrived, up to `perTurn` at each turn of the event loop
 * (in its check phase, right after the poll that read them). Returns the function that queues one.
 *
 * Why not start each request as Node reads it: Node reads every connection the kernel reports
 * ready, in the kernel's order, and runs each request to its end before reading the next. The
 * kernel keeps a busy connection's place in that order, so under load the same connections were
 * served last at every turn; their next requests came just after the next poll and waited a whole
 * turn more (~50 ms of saves): 2 of the bench's 50 connections, at twice the others' latency, made
 * the p99 of saves. Queued here, a request waits behind those that came before it, whatever its
 * connection. Starting several at once also lets their handlers take turns at each await, so each
 * stage (parsing, validating, the store's statements) runs for several requests in a row: on the
 * 2-core development machine that served 35–45 % more requests per second on SQLite (saves 980 →
 * 1,450, reads 3,800 → 5,500, the health route 12,700 → 17,400), where one start per turn gained
 * nothing; on PostgreSQL, whose handlers already interleave while they wait for the database, the
 * figures were unchanged.
 */
export function createApiAdmission(perTurn = API_REQUESTS_PER_TURN): (start: RequestStart) => void {
  const waiting: RequestStart[] = [];
  let scheduled = false;

  function startSome(): void {
    for (const start of waiting.splice(0, perTurn)) start();
    if (waiting.length > 0) setImmediate(startSome);
    else scheduled = false;
  }

  return (start) => {
    waiting.push(start);
    if (!scheduled) {
      scheduled = true;
      setImmediate(startSome);
    }
  };
}
