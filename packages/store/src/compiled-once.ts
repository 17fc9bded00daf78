import type { Compilable, CompiledQuery, Kysely, RawBuilder } from 'kysely';
import type { Database } from './tables.js';

/**
 * A query of the hot paths (every signed-in request, every read of a draft, the statements of a save),
 * a query builder's or raw `sql`, built and compiled by Kysely once, then run with each call's values: building a query and
 * compiling it to SQL cost more than SQLite takes to run it. `build` is called once per store
 * (keyed by its dialect's adapter, which the store's Kysely instance and all its transactions share,
 * so a statement run inside transactions is compiled once, not once per transaction) with
 * `placeholders` — distinct strings that stand for the arguments — and every parameter of the
 * compiled query equal to a placeholder is replaced by that argument at each run; the SQL text stays
 * the one Kysely wrote for the store's engine.
 */
export function compiledOnce<Row>(
  placeholders: readonly string[],
  build: (db: Kysely<Database>, ...placeholders: string[]) => Compilable<Row> | RawBuilder<Row>,
): (executor: Kysely<Database>, ...args: unknown[]) => Promise<Row[]> {
  const compiled = new WeakMap<object, { query: CompiledQuery<Row>; argumentAt: number[] }>();
  return async (executor, ...args) => {
    const key = executor.getExecutor().adapter;
    let entry = compiled.get(key);
    if (entry === undefined) {
      const built = build(executor, ...placeholders);
      // Raw SQL (`sql` templates) is compiled by the dialect of the Kysely instance that runs it.
      const query = 'isRawBuilder' in built ? built.compile(executor) : built.compile();
      const argumentAt = query.parameters.map((value) => placeholders.indexOf(value as string));
      for (const [i, placeholder] of placeholders.entries()) {
        if (!argumentAt.includes(i)) throw new Error(`compiledOnce: "${placeholder}" is not a parameter`);
      }
      entry = { query, argumentAt };
      compiled.set(key, entry);
    }
    const { query, argumentAt } = entry;
    const parameters = query.parameters.map((value, i) => {
      const at = argumentAt[i]!;
      return at === -1 ? value : args[at];
    });
    return (await executor.executeQuery<Row>({ ...query, parameters })).rows;
  };
}

/** A statement compiledOnce made: run with the executor and each placeholder's value, in order. */
export type CompiledStatement<Row> = (executor: Kysely<Database>, ...args: unknown[]) => Promise<Row[]>;

/**
 * compiledOnce statements of one family whose SQL depends on a shape (the columns a move sets,
 * whether it appends a step, …): the first time a shape is met, its statement is built over the
 * placeholders `placeholdersOf` lists for it and kept under the key `keyOf` names; then reused.
 */
export function compiledPerShape<Shape, Row>(
  keyOf: (shape: Shape) => string,
  placeholdersOf: (shape: Shape) => readonly string[],
  build: (db: Kysely<Database>, shape: Shape, placeholders: string[]) => Compilable<Row> | RawBuilder<Row>,
): (shape: Shape) => CompiledStatement<Row> {
  const statements = new Map<string, CompiledStatement<Row>>();
  return (shape) => {
    const key = keyOf(shape);
    let statement = statements.get(key);
    if (statement === undefined) {
      statement = compiledOnce<Row>(placeholdersOf(shape), (db, ...given) => build(db, shape, given));
      statements.set(key, statement);
    }
    return statement;
  };
}
