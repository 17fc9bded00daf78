/// <reference lib="dom" />
// What editor-typing.page.tsx puts on the bench page's window for editor-typing.bench.ts to call.

/** One key press, in milliseconds: from the key's arrival, and from the keydown listener on. */
export interface KeySample {
  readonly total: number;
  readonly handling: number;
}

/** The bench page's controls: open an editor, put the cursor in it, read the key samples. */
export interface TypingBench {
  open(kind: 'addendum' | 'bare'): Promise<number>;
  placeCursor(): Promise<void>;
  samples: KeySample[];
}

declare global {
  interface Window {
    bench: TypingBench;
  }
}
