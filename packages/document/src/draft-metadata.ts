import {
  isOfficialLanguage,
  type OfficialLanguage,
  officialLanguages,
  parseJointSymbol,
} from '@rapporteur/symbols';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isCalendarDate } from './calendar-date.js';

// zod/mini (the same validator as `zod`, a fraction of its start-up cost: every CLI export reads a
// draft) leaves its built-in messages unset until a locale is chosen; English, as full zod has.
z.config(en());

const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'),
    z.refine(isCalendarDate, 'not a calendar date'),
  );

const language = z.custom<OfficialLanguage>(
  (value) => typeof value === 'string' && isOfficialLanguage(value),
  {
    message: `an official language code: ${officialLanguages.join(', ')}`,
  },
);

const documentSymbol = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const parsed = parseJointSymbol(value);
    if (parsed.ok) return parsed.symbol.text;
    ctx.issues.push({
      code: 'custom',
      message: `not a UN document symbol: ${parsed.error.message}`,
      input: value,
    });
    return value;
  }),
);

const printedLine = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/**
 * The metadata of a draft that the masthead and the exports print: the symbol (once known), the
 * document's language and original language, distribution, date, and the lines naming the body,
 * the session and the agenda item. Validated wherever a draft crosses a boundary.
 */
export const draftMetadataSchema = z.strictObject({
  symbol: z._default(z.nullable(documentSymbol), null),
  language,
  originalLanguage: z._default(z.nullable(language), null),
  distribution: z._default(z.enum(['general', 'limited', 'restricted']), 'limited'),
  date: z._default(z.nullable(isoDate), null),
  body: z._default(z.nullable(printedLine), null),
  session: z._default(z.nullable(printedLine), null),
  agendaItem: z._default(z.nullable(printedLine), null),
  template: z._default(
    z.nullable(
      z.string().check(z.regex(/^[a-z0-9-]+$/, 'a template name is lower-case letters, digits and hyphens')),
    ),
    null,
  ),
});

/** The validated metadata of a draft (see `draftMetadataSchema`). */
export type DraftMetadata = z.output<typeof draftMetadataSchema>;
