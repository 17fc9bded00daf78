/** A source of numbers in [0, 1), passed into generators so they never reach for `Math.random`. */
export type RandomSource = () => number;

/**
 * A small deterministic pseudo-random source (mulberry32) from a 32-bit seed: the same seed gives
 * the same sequence on every machine, so sample drafts are reproducible byte for byte.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a non-empty list, chosen by the random source. */
export function pick<T>(random: RandomSource, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}
