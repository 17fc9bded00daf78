import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApiAdmission } from '../host/api-admission';

/** Resolves after the event loop's next check phase (setImmediate callbacks run in the order queued). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('the admission of API requests', () => {
  it('starts nothing at once, then the waiting requests in their order, a batch per turn of the event loop', async () => {
    const admit = createApiAdmission(3);
    const started: string[] = [];
    for (const name of 'abcdefg') admit(() => started.push(name));
    expect(started).toEqual([]);
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c']);
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    await nextTurn();
    expect(started).toEqual([...'abcdefg']);
  });

  it('puts a request that comes while a batch starts behind those already waiting', async () => {
    const admit = createApiAdmission(2);
    const started: string[] = [];
    admit(() => {
      started.push('a');
      admit(() => started.push('late'));
    });
    for (const name of 'bcd') admit(() => started.push(name));
    await nextTurn();
    expect(started).toEqual(['a', 'b']);
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    await nextTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'late']);
  });

  it('starts again after it has emptied, at the turn after a request arrives', async () => {
    const admit = createApiAdmission(10);
    const started: number[] = [];
    admit(() => started.push(1));
    await nextTurn();
    await nextTurn();
    expect(started).toEqual([1]);
    admit(() => started.push(2));
    expect(started).toEqual([1]);
    await nextTurn();
    expect(started).toEqual([1, 2]);
  });

  it('starts every request exactly once and in arrival order, however they come', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 }),
        async (perTurn, arrivals) => {
          const admit = createApiAdmission(perTurn);
          const started: number[] = [];
          let next = 0;
          // Each group of requests arrives at a turn of its own.
          for (const count of arrivals) {
            for (let i = 0; i < count; i += 1) {
              const id = next++;
              admit(() => started.push(id));
            }
            await nextTurn();
          }
          while (started.length < next) await nextTurn();
          expect(started).toEqual(Array.from({ length: next }, (_, i) => i));
        },
      ),
      { numRuns: 50 },
    );
  });
});
