import type { OfficialLanguage } from '@rapporteur/symbols';
import { z } from 'zod';

const text = z.string().trim().min(1, 'the text is empty');

/**
 * A text given in one or more of the official languages (`{"en": "…", "zh": "…"}`). Unknown
 * language keys are refused so that a misspelt code ("ch") is reported, not silently ignored; a
 * language that a template needs and the facts lack is reported when the template runs.
 */
export const multilingualTextSchema = z
  .object({
    ar: text.optional(),
    zh: text.optional(),
    en: text.optional(),
    es: text.optional(),
    fr: text.optional(),
    ru: text.optional(),
  })
  .strict()
  .refine(
    (value) => Object.values(value).some((v) => v !== undefined),
    'give the text in at least one official language',
  );

/** A text in some of the official languages. */
export type MultilingualText = Partial<Record<OfficialLanguage, string>>;
