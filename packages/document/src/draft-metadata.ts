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

/**
 * The metadata of a draft that the masthead and the exports print: the symbol (once known), the
 * document's language and original language, distribution, date, and the lines naming the body,
 * the session and the agenda item. Validated wherever a draft crosses a boundary. Built on first
 * use (see `draftMetadataSchema`).
 */
const metadataSchema = () => {
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
  return z.strictObject({
    symbol: z._default(z.nullable(documentSymbol), null),
    language,
    originalLanguage: z._default(z.nullable(language), null),
    distribution: z._default(z.enum(distributions), 'limited'),
    date: z._default(z.nullable(isoDate), null),
    body: z._default(z.nullable(printedLine), null),
    session: z._default(z.nullable(printedLine), null),
    agendaItem: z._default(z.nullable(printedLine), null),
    template: z._default(
      z.nullable(
        z.string().check(z.regex(templateName, 'a template name is lower-case letters, digits and hyphens')),
      ),
      null,
    ),
  });
};

const distributions = ['general', 'limited', 'restricted'] as const;
const templateName = /^[a-z0-9-]+$/;

let builtSchema: ReturnType<typeof metadataSchema> | undefined;

/** The zod schema of the metadata, built the first time it is needed. */
const schema = (): ReturnType<typeof metadataSchema> => {
  builtSchema ??= metadataSchema();
  return builtSchema;
};

/** What `draftMetadataSchema.safeParse` answers: zod's result, the data or zod's issues. */
export type DraftMetadataRead = ReturnType<ReturnType<typeof metadataSchema>['safeParse']>;

/**
 * Validates a draft's metadata, wherever a draft crosses a boundary, as its zod schema does:
 * `safeParse` gives zod's result (the data, or every issue with its path), `parse` the data or
 * throws zod's error. Metadata that is plainly valid (each value absent or of its type and in its
 * normal form) is read by hand with the same result; only other metadata builds the schema (on
 * first use), which words the problems. Building it costs milliseconds of every whole-process
 * export's start-up.
 */
export const draftMetadataSchema = {
  safeParse(value: unknown): DraftMetadataRead {
    const data = readNormalMetadata(value);
    return data ? ({ success: true, data } as DraftMetadataRead) : schema().safeParse(value);
  },
  parse(value: unknown): DraftMetadata {
    return schema().parse(value);
  },
};

/** The validated metadata of a draft (see `draftMetadataSchema`). */
export type DraftMetadata = z.output<ReturnType<typeof metadataSchema>>;

const metadataKeys = new Set([
  'symbol',
  'language',
  'originalLanguage',
  'distribution',
  'date',
  'body',
  'session',
  'agendaItem',
  'template',
]);

/** The metadata when every value is valid as it stands (or absent), otherwise null. */
function readNormalMetadata(value: unknown): DraftMetadata | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (Object.getPrototypeOf(value) !== Object.prototype) return null;
  const input = value as Record<string, unknown>;
  for (const key in input) if (!metadataKeys.has(key)) return null;
  const { language, originalLanguage = null, distribution = 'limited', date = null } = input;
  if (typeof language !== 'string' || !isOfficialLanguage(language)) return null;
  if (
    originalLanguage !== null &&
    (typeof originalLanguage !== 'string' || !isOfficialLanguage(originalLanguage))
  )
    return null;
  if (typeof distribution !== 'string' || !(distributions as readonly string[]).includes(distribution))
    return null;
  if (
    date !== null &&
    (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isCalendarDate(date))
  )
    return null;
  const body = printedLineOf(input.body);
  const session = printedLineOf(input.session);
  const agendaItem = printedLineOf(input.agendaItem);
  if (body === undefined || session === undefined || agendaItem === undefined) return null;
  const { template = null } = input;
  if (template !== null && (typeof template !== 'string' || !templateName.test(template))) return null;
  let symbol: string | null = null;
  if (input.symbol !== undefined && input.symbol !== null) {
    if (typeof input.symbol !== 'string') return null;
    const parsed = parseJointSymbol(input.symbol);
    if (!parsed.ok) return null;
    symbol = parsed.symbol.text;
  }
  return {
    symbol,
    language,
    originalLanguage: originalLanguage as OfficialLanguage | null,
    distribution: distribution as DraftMetadata['distribution'],
    date: date as string | null,
    body,
    session,
    agendaItem,
    template: template as string | null,
  };
}

/** A printed line as the schema gives it (trimmed, 1–500 characters), null when absent, undefined when not valid. */
function printedLineOf(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const line = value.trim();
  return line.length >= 1 && line.length <= 500 ? line : undefined;
}
