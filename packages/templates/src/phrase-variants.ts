import type { CountCategory } from './language-rules/language-rules.js';

/**
 * A phrase of a template in one language: a text with `{placeholders}`, or variants of it chosen
 * by count ("one", "two", "other"), by the body's grammatical gender ("masculine", "feminine") or
 * by the kind of action ("resolution", "decision", "recommendation"), nested as a language needs.
 */
export type PhraseValue = string | { readonly [variant: string]: PhraseValue };

/** The dimensions a phrase may vary along, each with its variant names. */
export const variantDimensions = {
  count: ['one', 'two', 'other'],
  gender: ['masculine', 'feminine'],
  kind: ['resolution', 'decision', 'recommendation'],
} as const;

/** One dimension of variation. */
export type VariantDimension = keyof typeof variantDimensions;

/** What a phrase is chosen by where it is used: the count in play, the body's gender, the action's kind. */
export interface VariantChoice {
  readonly count: CountCategory;
  readonly gender?: 'masculine' | 'feminine';
  readonly kind?: string;
}

/** The dimension that a set of variant names belongs to, or undefined if they mix dimensions. */
export function dimensionOf(names: readonly string[]): VariantDimension | undefined {
  return (Object.keys(variantDimensions) as VariantDimension[]).find((dimension) =>
    names.every((name) => (variantDimensions[dimension] as readonly string[]).includes(name)),
  );
}

/** The result of choosing a phrase's variant: its text, or why none could be chosen. */
export type VariantSelection = { ok: true; text: string } | { ok: false; message: string };

/**
 * Chooses the text of a phrase for a use: walks the variants by count (falling back from "one" or
 * "two" to "other", as languages without those forms need), gender and kind. A phrase that varies
 * by gender when the body's gender is not given in the facts is an error, never a guess.
 */
export function selectVariant(value: PhraseValue, choice: VariantChoice): VariantSelection {
  let current: PhraseValue = value;
  while (typeof current !== 'string') {
    const names = Object.keys(current);
    const dimension = dimensionOf(names);
    let next: PhraseValue | undefined;
    if (dimension === 'count') next = current[choice.count] ?? current.other;
    else if (dimension === 'gender') {
      if (!choice.gender)
        return {
          ok: false,
          message:
            "the phrase depends on the body's grammatical gender, which the facts do not give (body.gender)",
        };
      next = current[choice.gender];
    } else if (dimension === 'kind') {
      if (!choice.kind)
        return {
          ok: false,
          message: 'the phrase varies by kind of action, but it is not used for an action',
        };
      next = current[choice.kind];
    }
    if (next === undefined)
      return { ok: false, message: `the phrase has no variant for ${JSON.stringify(choice)}` };
    current = next;
  }
  return { ok: true, text: current };
}
