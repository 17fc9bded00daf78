import { z } from 'zod';
import { placeholdersOf } from './phrase-text.js';
import { dimensionOf, type PhraseValue, variantDimensions } from './phrase-variants.js';

/**
 * The placeholders a phrase may use. Item-wide: {item}, {title}, {body} (what the body calls
 * itself), {bodyName} (its full name), {session}, {meetings}, {dates}, {reportsTo}. Per entry:
 * {names} (a list of speakers), {text} (a sub-item), {description} and {symbols} (a document),
 * {title}, {symbol}, {meetings}, {dates} (an action).
 */
export const placeholderNames = [
  'item',
  'title',
  'body',
  'bodyName',
  'session',
  'meetings',
  'dates',
  'reportsTo',
  'names',
  'text',
  'description',
  'symbols',
  'symbol',
] as const;

const phraseValueSchema: z.ZodType<PhraseValue> = z.lazy(() =>
  z.union([
    z
      .string()
      .min(1, 'a phrase is never empty')
      .superRefine((text, ctx) => {
        for (const name of placeholdersOf(text)) {
          if (!(placeholderNames as readonly string[]).includes(name)) {
            ctx.addIssue({
              code: 'custom',
              message: `unknown placeholder {${name}}; known: ${placeholderNames.join(', ')}`,
            });
          }
        }
        if (/[{}]/.test(text.replace(/\{[a-zA-Z][a-zA-Z0-9]*\}/g, ''))) {
          ctx.addIssue({ code: 'custom', message: 'a brace that opens or closes no placeholder' });
        }
      }),
    z.record(z.string(), phraseValueSchema).superRefine((variants, ctx) => {
      const names = Object.keys(variants);
      const dimension = dimensionOf(names);
      if (!dimension || names.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `variants are named by one of: ${Object.values(variantDimensions)
            .map((v) => v.join('/'))
            .join('; ')}`,
        });
      } else if (dimension === 'count' && !names.includes('other')) {
        ctx.addIssue({ code: 'custom', message: 'count variants need "other"' });
      } else if (dimension !== 'count') {
        for (const name of variantDimensions[dimension]) {
          if (!names.includes(name))
            ctx.addIssue({ code: 'custom', message: `${dimension} variants need "${name}"` });
        }
      }
    }),
  ]),
);

/** The format tag of a template's phrases file. */
export const templatePhrasesFormat = 'rapporteur.template-phrases';

/**
 * One language's phrases of a template (phrases.<lang>.json): the language, its writing direction
 * (Arabic is right to left) and each phrase by key, with placeholders and variants.
 */
export const templatePhrasesSchema = z
  .object({
    format: z.literal(templatePhrasesFormat),
    version: z.literal(1),
    language: z.enum(['ar', 'zh', 'en', 'es', 'fr', 'ru']),
    direction: z.enum(['ltr', 'rtl']),
    phrases: z.record(z.string(), phraseValueSchema),
  })
  .strict();

/** One language's validated phrases. */
export type TemplatePhrases = z.output<typeof templatePhrasesSchema>;
