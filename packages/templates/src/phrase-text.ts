import { normaliseRuns, type Run } from './runs.js';

/** A phrase text split into literal text and named placeholders. */
export type PhrasePart = { readonly text: string } | { readonly placeholder: string };

/** Splits "At its {meetings}, on {dates}, …" into literal parts and placeholder names. */
export function parsePhrase(text: string): PhrasePart[] {
  const parts: PhrasePart[] = [];
  const pattern = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The placeholder names a phrase text uses. */
export function placeholdersOf(text: string): string[] {
  return parsePhrase(text).flatMap((part) => ('placeholder' in part ? [part.placeholder] : []));
}

/** The result of filling a phrase: its runs, or the placeholders that had no value. */
export type PhraseFill = { ok: true; runs: Run[] } | { ok: false; missing: string[] };

/**
 * Fills a phrase's placeholders with runs (text or symbols). A placeholder without a value is
 * reported, never printed as a blank or as "undefined".
 */
export function fillPhrase(
  text: string,
  lookUp: (placeholder: string) => readonly Run[] | undefined,
): PhraseFill {
  const runs: Run[] = [];
  const missing: string[] = [];
  for (const part of parsePhrase(text)) {
    if ('text' in part) runs.push(part.text);
    else {
      const value = lookUp(part.placeholder);
      if (value === undefined) missing.push(part.placeholder);
      else runs.push(...value);
    }
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, runs: normaliseRuns(runs) };
}
