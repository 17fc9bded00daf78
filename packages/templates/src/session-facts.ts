import { formatJsonPath, isCalendarDate } from '@rapporteur/document';
import { parseJointSymbol } from '@rapporteur/symbols';
import { z } from 'zod';
import { countries } from './country-names.js';
import type { InputProblem } from './json-path.js';
import { multilingualTextSchema } from './multilingual-text.js';

/** The format tag every session facts file starts with. */
export const sessionFactsFormat = 'rapporteur.session-facts';

/** The version of the session facts format this package reads. */
export const sessionFactsVersion = 1;

const calendarDate = z.string().refine(isCalendarDate, 'a calendar date written YYYY-MM-DD');

const documentSymbol = z.string().superRefine((value, ctx) => {
  const parsed = parseJointSymbol(value);
  if (!parsed.ok)
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a UN document symbol: ${parsed.error.message}`,
    });
});

const countryCode = z.string().superRefine((value, ctx) => {
  if (!countries.has(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown country code "${value}": States are named by ISO 3166-1 alpha-3 code (DZA, USA, VNM…)`,
    });
  }
});

const positive = z.number().int().positive();

/** A grammatical gender, needed where a language agrees verbs or pronouns with the body's name. */
export const genderSchema = z.enum(['masculine', 'feminine']);

const bodySchema = z
  .object({
    name: multilingualTextSchema,
    shortName: multilingualTextSchema,
    gender: z
      .object({
        ar: genderSchema.optional(),
        es: genderSchema.optional(),
        fr: genderSchema.optional(),
        ru: genderSchema.optional(),
      })
      .strict()
      .default({}),
    symbolPrefix: z
      .string()
      .regex(
        /^[A-Z]+(\/[A-Z0-9.]+)*$/,
        'a symbol prefix such as E/CN.15: capital letters, digits and points between slashes',
      ),
    reportsTo: multilingualTextSchema.optional(),
  })
  .strict();

const sessionSchema = z
  .object({
    number: positive,
    year: z.number().int().min(1945).max(9999),
    title: multilingualTextSchema,
    startDate: calendarDate,
    endDate: calendarDate,
    reportSymbol: documentSymbol.optional(),
    originalLanguage: z.enum(['ar', 'zh', 'en', 'es', 'fr', 'ru']).optional(),
  })
  .strict()
  .refine((s) => !isCalendarDate(s.startDate) || !isCalendarDate(s.endDate) || s.startDate <= s.endDate, {
    message: 'the session ends before it starts',
    path: ['endDate'],
  });

const meetingSchema = z.object({ number: positive, date: calendarDate }).strict();

const documentSchema = z
  .object({
    symbol: documentSymbol,
    corrigenda: z.array(documentSymbol).default([]),
    description: multilingualTextSchema,
  })
  .strict();

const statementsSchema = z
  .object({
    introductory: z
      .array(
        z
          .array(multilingualTextSchema)
          .min(1, 'a group of introductory statements names at least one official'),
      )
      .default([]),
    states: z.array(countryCode).default([]),
    observerStates: z.array(countryCode).default([]),
    intergovernmentalOrganizations: z.array(multilingualTextSchema).default([]),
    specialRapporteurs: z.array(multilingualTextSchema).default([]),
    institutes: z.array(multilingualTextSchema).default([]),
    nonGovernmentalOrganizations: z.array(multilingualTextSchema).default([]),
  })
  .strict();

/** What a body can do on an agenda item that the action-taken part reports. */
export const actionKinds = ['resolution', 'decision', 'recommendation'] as const;

const actionSchema = z
  .object({
    kind: z.enum(actionKinds),
    meeting: positive,
    title: multilingualTextSchema,
    symbol: documentSymbol,
  })
  .strict();

const agendaItemSchema = z
  .object({
    number: positive,
    title: multilingualTextSchema,
    subItems: z
      .array(z.object({ title: multilingualTextSchema }).strict())
      .max(26)
      .default([]),
    meetings: z.array(positive).min(1, 'an item is considered at one meeting at least'),
    documents: z.array(z.string()).default([]),
    statements: statementsSchema.default({
      introductory: [],
      states: [],
      observerStates: [],
      intergovernmentalOrganizations: [],
      specialRapporteurs: [],
      institutes: [],
      nonGovernmentalOrganizations: [],
    }),
    actions: z.array(actionSchema).optional(),
    addendum: positive.optional(),
  })
  .strict();

/**
 * The facts of a session that a drafter knows and gives once: the body, the session, its meetings,
 * the documents, and per agenda item its title, sub-items, meetings, documents, who spoke and what
 * the body did. Templates turn these into the boilerplate of every addendum; see the package
 * README for the format, field by field.
 */
export const sessionFactsSchema = z
  .object({
    format: z.literal(sessionFactsFormat, {
      message: `expected "${sessionFactsFormat}": this is not a session facts file`,
    }),
    version: z.literal(sessionFactsVersion, {
      message: `this program reads session facts version ${sessionFactsVersion}`,
    }),
    body: bodySchema,
    session: sessionSchema,
    meetings: z.array(meetingSchema).min(1),
    documents: z.array(documentSchema).default([]),
    agenda: z.array(agendaItemSchema).min(1),
  })
  .strict()
  .superRefine((facts, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const meetings = new Set<number>();
    facts.meetings.forEach((meeting, i) => {
      if (meetings.has(meeting.number))
        issue(['meetings', i, 'number'], `meeting ${meeting.number} is listed twice`);
      meetings.add(meeting.number);
    });
    const symbols = new Set<string>();
    facts.documents.forEach((document, i) => {
      if (symbols.has(document.symbol))
        issue(['documents', i, 'symbol'], `document ${document.symbol} is listed twice`);
      symbols.add(document.symbol);
      document.corrigenda.forEach((corrigendum, j) => {
        if (!corrigendum.startsWith(`${document.symbol}/Corr.`)) {
          issue(
            ['documents', i, 'corrigenda', j],
            `${corrigendum} is not a corrigendum of ${document.symbol}`,
          );
        }
      });
    });
    const items = new Set<number>();
    facts.agenda.forEach((item, i) => {
      if (items.has(item.number))
        issue(['agenda', i, 'number'], `agenda item ${item.number} is listed twice`);
      items.add(item.number);
      item.meetings.forEach((number, j) => {
        if (!meetings.has(number))
          issue(['agenda', i, 'meetings', j], `meeting ${number} is not among the session's meetings`);
      });
      item.documents.forEach((symbol, j) => {
        if (!symbols.has(symbol))
          issue(['agenda', i, 'documents', j], `document ${symbol} is not among the session's documents`);
      });
      item.actions?.forEach((action, j) => {
        if (!meetings.has(action.meeting)) {
          issue(
            ['agenda', i, 'actions', j, 'meeting'],
            `meeting ${action.meeting} is not among the session's meetings`,
          );
        }
        if (action.kind === 'recommendation' && !facts.body.reportsTo) {
          issue(
            ['agenda', i, 'actions', j, 'kind'],
            'a recommendation needs body.reportsTo: the body it goes to',
          );
        }
      });
    });
  });

/** Session facts as validated (defaults filled in). */
export type SessionFacts = z.output<typeof sessionFactsSchema>;

/** One agenda item of the session facts. */
export type AgendaItemFacts = SessionFacts['agenda'][number];

/** One action a body took on an agenda item. */
export type ActionFacts = NonNullable<AgendaItemFacts['actions']>[number];

/** The result of reading session facts: the facts, or every problem with its JSON path. */
export type SessionFactsRead = { ok: true; facts: SessionFacts } | { ok: false; problems: InputProblem[] };

/**
 * Reads session facts from parsed JSON and reports every problem at once, each with its JSON path
 * ("agenda[0].statements.states[2]: unknown country code \"XYZ\""), so a drafter fixes the file in
 * one pass. Nothing is returned from a file with any problem.
 */
export function readSessionFacts(json: unknown): SessionFactsRead {
  const parsed = sessionFactsSchema.safeParse(json);
  if (parsed.success) return { ok: true, facts: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatJsonPath(issue.path),
      message: issue.message,
    })),
  };
}
