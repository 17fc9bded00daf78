/** The paper sizes a printed export can be laid out for: ISO A4 (the UN's own) and US Letter (New York offices). */
export const paperSizes = ['a4', 'letter'] as const;

/** One paper size, as typed after `--paper`. */
export type PaperSize = (typeof paperSizes)[number];

/** The CSS `@page` size keyword of each paper size, so print CSS and Chromium agree on the page. */
export const cssPageSize: Readonly<Record<PaperSize, string>> = { a4: 'A4', letter: 'letter' };

/** Whether a string (a CLI flag, a request parameter) names a paper size. */
export function isPaperSize(value: string): value is PaperSize {
  return (paperSizes as readonly string[]).includes(value);
}
