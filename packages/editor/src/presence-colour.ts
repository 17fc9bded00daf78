/**
 * The hue (0–359) that marks a person's caret and selection: derived from their user id, so each
 * person keeps one colour in every editor and across reloads.
 */
export function personHue(userId: string): number {
  let hash = 2166136261;
  for (let i = 0; i < userId.length; i += 1) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  // Golden-angle steps spread neighbouring hashes around the colour wheel.
  return Math.round(((hash >>> 0) % 360) * 137.508) % 360;
}

/** A person's caret colour: dark enough for white text on it and for a thin line on white. */
export function personColour(userId: string, alpha = 1): string {
  return `hsl(${personHue(userId)} 70% 38% / ${alpha})`;
}
