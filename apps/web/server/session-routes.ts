import type { Role } from '@rapporteur/lifecycle';
import type { JsonValue } from '@rapporteur/store';
import { z } from 'zod';
import { ApiError } from './api-error';
import { requireRole } from './context';
import { readBody } from './read-body';
import { json } from './respond';
import type { Route } from './router';
import { validSessionFacts } from './session-facts';

/** Who may create bodies and sessions and change their facts. */
export const FACT_EDITORS: readonly Role[] = ['drafter', 'secretary', 'administrator'];

/** The largest facts document accepted: 256 KiB. */
const FACTS_LIMIT = 256 * 1024;

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'a code is 1–40 letters, digits, dots, hyphens or underscores');
const facts = z.record(z.string(), z.unknown());

const newBodyBody = z.object({ code, facts }).strict();
const newSessionBody = z.object({ bodyId: z.string().min(1).max(100), code, facts }).strict();
const factsBody = z.object({ version: z.number().int().positive(), facts }).strict();

/** Refuses facts whose JSON holds more than a few levels of nesting or text that is not printable. */
function checkFacts(value: Record<string, unknown>): JsonValue {
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > 12) throw new ApiError('invalid-facts', `${path}: facts nest at most 12 levels deep`, path);
    if (typeof node === 'string') {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(node)) {
        throw new ApiError('invalid-facts', `${path}: text holds control characters`, path);
      }
    } else if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, `${path}[${i}]`, depth + 1);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) visit(item, `${path}.${key}`, depth + 1);
    }
  };
  visit(value, 'facts', 0);
  return value as JsonValue;
}

/**
 * Checks a session's facts as given: printable and not too deep, then valid session facts for the
 * templates (every problem with its path). They are stored as sent, so they read back unchanged.
 */
function checkSessionFacts(value: Record<string, unknown>): JsonValue {
  const facts = checkFacts(value);
  validSessionFacts(facts);
  return facts;
}

/** Bodies and sessions with their facts (JSON, validated): listed by anyone signed in, written by fact editors. */
export const sessionRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/bodies',
    async handler(ctx) {
      await ctx.signedIn();
      return json({ bodies: await ctx.deps.store.bodies.list() });
    },
  },
  {
    method: 'POST',
    pattern: '/api/bodies',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), FACT_EDITORS, 'add bodies');
      const body = await readBody(ctx.request, newBodyBody, FACTS_LIMIT);
      return json(
        { body: await ctx.deps.store.bodies.create({ code: body.code, facts: checkFacts(body.facts) }) },
        201,
      );
    },
  },
  {
    method: 'GET',
    pattern: '/api/bodies/:id/sessions',
    async handler(ctx) {
      await ctx.signedIn();
      const body = await ctx.deps.store.bodies.get(ctx.params.id!);
      return json({ sessions: await ctx.deps.store.sessions.listForBody(body.id) });
    },
  },
  {
    method: 'POST',
    pattern: '/api/sessions',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), FACT_EDITORS, 'add sessions');
      const body = await readBody(ctx.request, newSessionBody, FACTS_LIMIT);
      const session = await ctx.deps.store.sessions.create({
        bodyId: body.bodyId,
        code: body.code,
        facts: checkSessionFacts(body.facts),
      });
      return json({ session }, 201);
    },
  },
  {
    method: 'GET',
    pattern: '/api/sessions/:id',
    async handler(ctx) {
      await ctx.signedIn();
      return json({ session: await ctx.deps.store.sessions.get(ctx.params.id!) });
    },
  },
  {
    method: 'PUT',
    pattern: '/api/sessions/:id/facts',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), FACT_EDITORS, "change a session's facts");
      const body = await readBody(ctx.request, factsBody, FACTS_LIMIT);
      const session = await ctx.deps.store.sessions.update(ctx.params.id!, body.version, {
        facts: checkSessionFacts(body.facts),
      });
      return json({ session });
    },
  },
];
