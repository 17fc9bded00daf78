import { type Draft, VersionConflict } from '@rapporteur/store';
import { z } from 'zod';
import { ApiError } from './api-error';
import { currentCollabDocument } from './collab-document';
import { foldIfDue } from './collab-fold';
import { applyClientSteps } from './collab-steps';
import type { ApiDeps, SignedIn } from './context';
import { changedParts, envelopeAfterEdit, envelopeOf } from './draft-content';
import { DOCUMENT_BODY_LIMIT, readBody } from './read-body';
import { json } from './respond';
import type { Route } from './router';
import { refuseTemplateBreach } from './template-guard';

/** The most steps one request may send (a paste is one step; typing sends a few at a time). */
const MAX_STEPS_PER_REQUEST = 1000;

/** How often recording the editor is retried when the draft moves under it (another save). */
const EDITOR_RECORD_ATTEMPTS = 5;

/** How often steps are gated and appended again when the draft moved between the two (a save, a fold). */
const APPEND_ATTEMPTS = 5;

/** The 409 for steps made on a version that is no longer the latest. */
function behind(sent: number, latest: number): ApiError {
  return new ApiError(
    'version-conflict',
    `The steps were made on version ${sent}, but the text is at version ${latest}; fetch the steps since ${sent}, rebase yours on them and send them again.`,
    'version',
    { currentVersion: latest },
  );
}

const stepsBody = z
  .object({
    version: z.number().int().nonnegative(),
    clientId: z.string().min(1).max(100),
    steps: z.array(z.unknown()).min(1).max(MAX_STEPS_PER_REQUEST),
  })
  .strict();

function sinceParam(url: URL): number | undefined {
  const raw = url.searchParams.get('since');
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw)) {
    throw new ApiError('bad-request', 'Query parameter since must be a step version (0, 1, 2, …).', 'since');
  }
  return Number(raw);
}

/**
 * Checks by the lifecycle that the user may make an edit touching the changed parts now (403 or 409
 * `not-allowed-now` otherwise, e.g. when the text is frozen or the part is marked ready), and records
 * them among the draft's editors if they are not yet. Returns the draft as it then stands.
 */
async function gateEdit(
  deps: ApiDeps,
  draft: Draft,
  before: unknown,
  after: unknown,
  signedIn: SignedIn,
): Promise<Draft> {
  const parts = changedParts(before, after);
  let current = draft;
  for (let attempt = 1; ; attempt++) {
    const envelope = envelopeOf(current);
    const next = envelopeAfterEdit(envelope, parts, signedIn.actor, deps.now().toISOString());
    if (JSON.stringify(next) === JSON.stringify(envelope)) return current;
    try {
      return await deps.store.drafts.save(current.id, current.version, {
        actor: signedIn.user.id,
        lifecycle: next,
      });
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt === EDITOR_RECORD_ATTEMPTS) throw error;
      current = await deps.store.drafts.get(current.id);
    }
  }
}

/**
 * Collaborative editing (issue 9), ProseMirror's central-authority protocol with the database as the
 * authority: clients send steps made on top of the version they know, and fetch the steps they missed.
 */
export const collabRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/api/drafts/:id/steps',
    async handler(ctx) {
      const { store } = ctx.deps;
      // The draft is read while the sign-in is checked (one round trip less); it is used only after.
      const firstRead = store.drafts.get(ctx.params.id!);
      firstRead.catch(() => undefined);
      const signedIn = await ctx.signedIn();
      const body = await readBody(ctx.request, stepsBody, DOCUMENT_BODY_LIMIT);
      for (let attempt = 1; ; attempt++) {
        const draft = attempt === 1 ? await firstRead : await store.drafts.get(ctx.params.id!);
        const current = await currentCollabDocument(store, draft);
        if (body.version !== current.version) throw behind(body.version, current.version);
        const applied = applyClientSteps(current.doc, body.steps);
        await refuseTemplateBreach(ctx.deps.templatesFolder, draft, current.doc, applied.doc, 'steps');
        const gated = await gateEdit(ctx.deps, draft, current.doc.toJSON(), applied.doc.toJSON(), signedIn);
        let version: number;
        try {
          // Appended only if the draft is still as the gate saw it: a part marked ready or a text
          // frozen in between refuses the append, and the next attempt asks the gate again.
          version = await store.steps.appendSteps(
            draft.id,
            body.version,
            body.clientId,
            applied.steps.map((step) => step.toJSON()),
            { draftVersion: gated.version },
          );
        } catch (error) {
          if (!(error instanceof VersionConflict)) throw error;
          if (error.entity === 'draft' && attempt < APPEND_ATTEMPTS) continue;
          if (error.entity === 'draft') {
            throw new ApiError(
              'version-conflict',
              'The draft kept changing while the steps were checked; send them again.',
              'version',
              { currentVersion: await store.steps.latestVersion(draft.id) },
            );
          }
          throw new ApiError(
            'version-conflict',
            `Other steps were accepted first; the text is now at version ${error.currentVersion}. Fetch them, rebase and send again.`,
            'version',
            { currentVersion: error.currentVersion },
          );
        }
        await foldIfDue(
          store,
          gated,
          { doc: applied.doc, version, foldedVersion: current.foldedVersion },
          signedIn.user.id,
        );
        return json({ version });
      }
    },
  },
  {
    method: 'GET',
    pattern: '/api/drafts/:id/steps',
    async handler(ctx) {
      await ctx.signedIn();
      const { store } = ctx.deps;
      const draft = await store.drafts.get(ctx.params.id!);
      const since = sinceParam(ctx.url);
      if (since === undefined) {
        const current = await currentCollabDocument(store, draft);
        return json({ version: current.version, document: current.doc.toJSON() });
      }
      const [latest, steps] = await Promise.all([
        store.steps.latestVersion(draft.id),
        store.steps.stepsSince(draft.id, since),
      ]);
      const version = steps.at(-1)?.version ?? latest;
      if (since > version) {
        throw new ApiError(
          'bad-request',
          `Query parameter since (${since}) is ahead of the latest version (${version}).`,
          'since',
        );
      }
      return json({ version, steps: steps.map(({ step, clientId }) => ({ step, clientId })) });
    },
  },
];
