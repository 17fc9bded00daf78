import { ROLES } from '@rapporteur/lifecycle';
import { z } from 'zod';
import { requireRole } from './context';
import { readBody } from './read-body';
import { json } from './respond';
import type { Route } from './router';
import { userJson } from './user-json';

const role = z.enum(ROLES);
const password = z.string().min(12, 'a password has at least 12 characters').max(1024);

const newUserBody = z
  .object({
    email: z.string().trim().min(3).max(320),
    displayName: z.string().trim().min(1).max(200),
    password,
    roles: z.array(role).max(ROLES.length).default([]),
  })
  .strict();

const userChangesBody = z
  .object({
    version: z.number().int().positive(),
    displayName: z.string().trim().min(1).max(200).optional(),
    roles: z.array(role).max(ROLES.length).optional(),
    password: password.optional(),
    disabled: z.boolean().optional(),
  })
  .strict();

/** Users and roles: administrators list, add and change users (roles, password, disabling). */
export const userRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/users',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), ['administrator'], 'list users');
      return json({ users: (await ctx.deps.store.users.list()).map(userJson) });
    },
  },
  {
    method: 'POST',
    pattern: '/api/users',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), ['administrator'], 'add users');
      const body = await readBody(ctx.request, newUserBody);
      return json({ user: userJson(await ctx.deps.store.users.create(body)) }, 201);
    },
  },
  {
    method: 'PATCH',
    pattern: '/api/users/:id',
    async handler(ctx) {
      requireRole(await ctx.signedIn(), ['administrator'], 'change users');
      const { version, ...changes } = await readBody(ctx.request, userChangesBody);
      const user = await ctx.deps.store.users.update(ctx.params.id!, version, changes);
      if (changes.password !== undefined || changes.disabled === true) {
        await ctx.deps.store.loginSessions.revokeAllForUser(user.id);
      }
      return json({ user: userJson(user) });
    },
  },
];
