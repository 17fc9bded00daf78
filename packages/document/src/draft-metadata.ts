import {
  isOfficialLanguage,
  type OfficialLanguage,
  officialLanguages,
  parseJointSymbol,
} from '@rapporteur/symbols';
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'not a calendar date')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a calendar date');

const language = z.custom<OfficialLanguage>(
  (value) => typeof value === 'string' && isOfficialLanguage(value),
  {
    message: `an official language code: ${officialLanguages.join(', ')}`,
  },
);

const documentSymbol = z
  .string()
  .superRefine((value, ctx) => {
    const parsed = parseJointSymbol(value);
    if (!parsed.ok)
      ctx.addIssue({ code: 'custom', message: `not a UN document symbol: ${parsed.error.message}` });
  })
  .transform((value) => {
    const parsed = parseJointSymbol(value);
    return parsed.ok ? parsed.symbol.text : value;
  });

const printedLine = z.string().trim().min(1).max(500);

/**
 * The metadata of a draft that the masthead and the exports print: the symbol (once known), the
 * document's language and original language, distribution, date, and the lines naming the body,
 * the session and the agenda item. Validated wherever a draft crosses a boundary.
 */
export const draftMetadataSchema = z
  .object({
    symbol: documentSymbol.nullable().default(null),
    language,
    originalLanguage: language.nullable().default(null),
    distribution: z.enum(['general', 'limited', 'restricted']).default('limited'),
    date: isoDate.nullable().default(null),
    body: printedLine.nullable().default(null),
    session: printedLine.nullable().default(null),
    agendaItem: printedLine.nullable().default(null),
    template: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'a template name is lower-case letters, digits and hyphens')
      .nullable()
      .default(null),
  })
  .strict();

/** The validated metadata of a draft (see `draftMetadataSchema`). */
export type DraftMetadata = z.output<typeof draftMetadataSchema>;
