import { type Draft as DocumentDraft, readDraft } from '@rapporteur/document';
import {
  createDraftEnvelope,
  type Phase,
  type Responsible,
  summarize,
  validateRoute,
} from '@rapporteur/lifecycle';
import { officialLanguages } from '@rapporteur/symbols';
import { z } from 'zod';
import { ApiError } from './api-error';
import { savedDraftAt, textForSave } from './collab-document';
import { saveWholeDocument } from './collab-document-save';
import { readWithCurrentText } from './collab-pending';
import { requireRole } from './context';
import {
  changedParts,
  changedPartsBetween,
  envelopeAfterEdit,
  envelopeOf,
  parseDocument,
  parseMetadata,
  titleOf,
} from './draft-content';
import { draftFromTemplate, importedDraftLocks, type LockedDraft } from './draft-from-template';
import { draftAnswerText, draftJson, draftSummaryJson } from './draft-json';
import { TEMPLATE_NAME } from './draft-templates';
import { DOCUMENT_BODY_LIMIT, parseBody, readBody } from './read-body';
import { json, jsonText } from './respond';
import type { Route } from './router';
import { shareUnchanged } from './shared-nodes';
import { refuseTemplateBreach } from './template-guard';
import { compareVersions } from './version-diff';

/** The review route a draft gets when its creator names none: an editor (reviewer), then the secretary. */
export const DEFAULT_ROUTE = [
  { kind: 'role', role: 'reviewer', title: 'Editor' },
  { kind: 'role', role: 'secretary', title: 'Secretary of the Commission' },
] as const;

const PHASES = [
  'drafting',
  'review',
  'approved',
  'issuance',
  'issued',
  'withdrawn',
] as const satisfies readonly Phase[];

const listQuery = z
  .object({
    session: z.string().min(1).max(100).optional(),
    state: z.enum(PHASES).optional(),
    waiting: z.literal('me').optional(),
  })
  .strict();

const version = z.number().int().positive();

const route = z.array(z.unknown()).max(20).optional();

/** Creating a draft by importing a draft file (what `rapporteur new` writes, or an export of a draft). */
const fileBody = z
  .object({
    sessionId: z.string().min(1).max(100).nullable().default(null),
    route,
    draft: z.object({
      format: z.unknown(),
      version: z.unknown(),
      metadata: z.unknown(),
      document: z.unknown(),
    }),
  })
  .strict();

/** Creating a draft from a template and the facts of a session stored on the server. */
const templateBody = z
  .object({
    sessionId: z.string().min(1).max(100),
    item: z.number().int().positive(),
    language: z.enum(officialLanguages as [(typeof officialLanguages)[number], ...typeof officialLanguages]),
    template: z.string().regex(TEMPLATE_NAME, 'a template is named by its folder under templates/'),
    route,
  })
  .strict();

/** Either form of a creation; which one is decided by the presence of `draft`. */
const createBody = z.record(z.string(), z.unknown());

const saveBody = z
  .object({
    baseVersion: version,
    document: z.unknown(),
    metadata: z.unknown().optional(),
  })
  .strict();

function queryOf<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.length > 0 ? String(issue.path[0]) : '(query)';
    throw new ApiError('bad-request', `Query parameter ${name}: ${issue.message}`, name);
  }
  return parsed.data;
}

function versionParam(url: URL, name: string): number {
  const raw = url.searchParams.get(name);
  const value = Number(raw);
  if (raw === null || !/^\d{1,9}$/.test(raw) || value < 1) {
    throw new ApiError('bad-request', `Query parameter ${name} must be a version number (1, 2, …).`, name);
  }
  return value;
}

/** Reads an imported draft file; refuses with 422 naming the path of the first problem (and listing all). */
function readDraftFile(file: unknown): DocumentDraft {
  const read = readDraft(file);
  if (read.ok) return read.draft;
  const first = read.problems[0]!;
  throw new ApiError('invalid-document', `draft.${first.path}: ${first.message}`, `draft.${first.path}`, {
    problems: read.problems.slice(0, 50),
  });
}

function waitsFor(next: readonly Responsible[], user: { id: string; roles: readonly string[] }): boolean {
  return next.some((who) => (who.kind === 'person' ? who.userId === user.id : user.roles.includes(who.role)));
}

/** Drafts: list, create (from a template and a session's facts, or by importing a draft file), read, save the document, history, comparison. */
export const draftRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/drafts',
    async handler(ctx) {
      const { actor } = await ctx.signedIn();
      const query = queryOf(ctx.url, listQuery);
      const drafts = await ctx.deps.store.drafts.list(
        query.session === undefined ? {} : { sessionId: query.session },
      );
      const listed = drafts.map(draftSummaryJson).filter((draft) => {
        if (query.state !== undefined && draft.lifecycle.phase !== query.state) return false;
        if (query.waiting === 'me' && !waitsFor(draft.lifecycle.nextActors, actor)) return false;
        return true;
      });
      return json({ drafts: listed });
    },
  },
  {
    method: 'POST',
    pattern: '/api/drafts',
    async handler(ctx) {
      const signedIn = await ctx.signedIn();
      requireRole(signedIn, ['drafter'], 'create drafts');
      const raw = await readBody(ctx.request, createBody, DOCUMENT_BODY_LIMIT);
      const form = 'draft' in raw ? parseBody(raw, fileBody) : parseBody(raw, templateBody);
      const route = validateRoute(form.route ?? DEFAULT_ROUTE);
      if (!route.ok) throw new ApiError('bad-request', `route: ${route.message}`, 'route');
      const now = ctx.deps.now();
      let made: LockedDraft;
      let origin: Record<string, string | number>;
      if ('draft' in form) {
        made = await importedDraftLocks(ctx.deps.templatesFolder, readDraftFile(form.draft));
        origin = { from: 'file' };
        if (form.sessionId !== null) await ctx.deps.store.sessions.get(form.sessionId);
      } else {
        made = await draftFromTemplate(
          ctx.deps.store,
          ctx.deps.templatesFolder,
          form,
          now.toISOString().slice(0, 10),
        );
        origin = { template: form.template, item: form.item };
      }
      const lifecycle = createDraftEnvelope({
        owner: signedIn.user.id,
        route: route.route,
        now: now.toISOString(),
      });
      const { draft, lockedIds } = made;
      const { metadata } = draft;
      const document = draft.doc.toJSON();
      const created = await ctx.deps.store.drafts.create({
        sessionId: form.sessionId,
        symbol: metadata.symbol ?? '',
        language: metadata.language,
        title: titleOf(document) || `Agenda item ${metadata.agendaItem ?? ''}`.trim(),
        metadata,
        document,
        lockedIds,
        lifecycle,
        actor: signedIn.user.id,
        audit: {
          action: 'create',
          to: summarize(lifecycle).state,
          data: { language: metadata.language, ...origin },
        },
      });
      return json({ draft: draftJson(created, signedIn.actor) }, 201);
    },
  },
  {
    method: 'GET',
    pattern: '/api/drafts/:id',
    async handler(ctx) {
      const { actor } = await ctx.signedIn();
      // With the co-editing steps not yet folded (the editor page sends steps only), so the review
      // page and the panels read the text the editors see.
      const draft = await readWithCurrentText(ctx.deps.store, ctx.params.id!);
      return jsonText(draftAnswerText(draft, actor));
    },
  },
  {
    method: 'PUT',
    pattern: '/api/drafts/:id/document',
    async handler(ctx) {
      const { user, actor } = await ctx.signedIn();
      const body = await readBody(ctx.request, saveBody, DOCUMENT_BODY_LIMIT);
      const parsed = parseDocument(body.document);
      const document = parsed.toJSON();
      // The draft as this server last saved it, when the save is based on that version (the database
      // refuses the save if the draft has moved since); else as the store has it.
      const known = savedDraftAt(ctx.deps.store, ctx.params.id!, body.baseVersion);
      const current = known?.draft ?? (await ctx.deps.store.drafts.get(ctx.params.id!));
      const metadata = body.metadata === undefined ? undefined : parseMetadata(body.metadata);
      if (metadata !== undefined && metadata.language !== current.language) {
        throw new ApiError(
          'invalid-document',
          'metadata.language: a draft keeps its language',
          'metadata.language',
        );
      }
      const text = known?.text ?? (await textForSave(ctx.deps.store, current));
      // The saved tree shares its unchanged nodes with the current one: it is kept for the next save,
      // and only what changed is new to the garbage collector.
      const doc = shareUnchanged(text.doc, parsed);
      await refuseTemplateBreach(ctx.deps.templatesFolder, current, text.doc, doc, 'document');
      // When the current text is the stored document (nothing pending), its built form (kept from the
      // last save) is compared node by node; otherwise the stored JSON, as it always was.
      const parts =
        text.version === text.foldedVersion && text.storedVersion === current.version
          ? changedPartsBetween(text.doc, doc)
          : changedParts(current.document, document);
      const before = envelopeOf(current);
      const after = envelopeAfterEdit(before, parts, actor, ctx.deps.now().toISOString());
      // envelopeAfterEdit gives the same envelope back when it records nothing (an editor already
      // recorded), so most saves need no comparison of the two envelopes' JSON.
      const lifecycleChanged = after !== before && JSON.stringify(after) !== JSON.stringify(before);
      const saved = await saveWholeDocument(ctx.deps.store, current, text, body.baseVersion, doc, {
        actor: user.id,
        document,
        title: titleOf(document) || current.title,
        ...(metadata === undefined ? {} : { metadata }),
        ...(lifecycleChanged ? { lifecycle: after } : {}),
      });
      return json({
        draft: {
          id: saved.id,
          version: saved.version,
          updatedBy: saved.updatedBy,
          updatedAt: saved.updatedAt,
        },
      });
    },
  },
  {
    method: 'GET',
    pattern: '/api/drafts/:id/history',
    async handler(ctx) {
      await ctx.signedIn();
      const draft = await ctx.deps.store.drafts.get(ctx.params.id!);
      const [versions, audit] = await Promise.all([
        ctx.deps.store.documentVersions.list(draft.id),
        ctx.deps.store.audit.list({ draftId: draft.id }),
      ]);
      return json({ versions, events: audit });
    },
  },
  {
    method: 'GET',
    pattern: '/api/drafts/:id/compare',
    async handler(ctx) {
      await ctx.signedIn();
      const draft = await ctx.deps.store.drafts.get(ctx.params.id!);
      const from = versionParam(ctx.url, 'from');
      const to = versionParam(ctx.url, 'to');
      const [older, newer] = await Promise.all([
        ctx.deps.store.documentVersions.get(draft.id, from),
        ctx.deps.store.documentVersions.get(draft.id, to),
      ]);
      return json({ from, to, ...compareVersions(older.document, newer.document, draft.language) });
    },
  },
];
