/** One run of a word-level comparison: text kept, added or removed. */
export interface WordChange {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Beyond this many token pairs the comparison gives up on detail and reports a whole replacement. */
const MAX_CELLS = 4_000_000;

/**
 * The words of a text in a language, as the segments `Intl.Segmenter` finds (words, spaces and
 * punctuation alike, so the segments joined give back the text). It splits Chinese and Japanese into
 * words too, where a split on spaces would see one word per sentence.
 */
export function segmentWords(text: string, language: string): string[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  }
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function push(out: WordChange[], op: WordChange['op'], text: string): void {
  const last = out[out.length - 1];
  if (last !== undefined && last.op === op) out[out.length - 1] = { op, text: last.text + text };
  else out.push({ op, text });
}

/**
 * The word-level changes between two texts: a longest-common-subsequence comparison over their
 * words, returned as runs of kept, removed and added text in reading order (removals before the
 * additions that replace them). Very long texts fall back to one removal and one addition.
 */
export function diffWords(before: string, after: string, language: string): WordChange[] {
  const a = segmentWords(before, language);
  const b = segmentWords(after, language);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const out: WordChange[] = [];
  if (start > 0) push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    if (midA.length > 0) push(out, 'removed', midA.join(''));
    if (midB.length > 0) push(out, 'added', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..], in one flat array.
    const lengths = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lengths[i * (m + 1) + j] =
          midA[i] === midB[j]
            ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
            : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(out, 'same', midA[i]!);
        i += 1;
        j += 1;
      } else if (j >= m || (i < n && lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!)) {
        push(out, 'removed', midA[i]!);
        i += 1;
      } else {
        push(out, 'added', midB[j]!);
        j += 1;
      }
    }
  }
  if (endA < a.length) push(out, 'same', a.slice(endA).join(''));
  return out;
}
