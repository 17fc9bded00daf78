import { type Actor, hasRole } from './actor.js';
import { isRole, ROLE_LABELS, type Role, withArticle } from './roles.js';

/**
 * One step of a review route: either anyone holding a role, or one named person. `title` is how
 * the step is called in the office ("Editor", "Section chief"), shown in summaries.
 */
export type RouteStep =
  | { readonly kind: 'role'; readonly role: Role; readonly title?: string }
  | { readonly kind: 'person'; readonly userId: string; readonly name?: string; readonly title?: string };

/**
 * The ordered steps a draft passes through in review, for example editor → section chief →
 * secretary of the commission. Every step must approve, in order, for the draft to be approved.
 */
export type Route = readonly RouteStep[];

/** The outcome of {@link validateRoute}: the route, or a message saying what is wrong and where. */
export type RouteValidation = { ok: true; route: Route } | { ok: false; message: string };

/**
 * Checks a route that came from a user (when a draft is created or its route is changed) and
 * returns a clean copy holding only the known fields.
 */
export function validateRoute(input: unknown): RouteValidation {
  if (!Array.isArray(input) || input.length === 0) {
    return { ok: false, message: 'A route must be a list of at least one review step.' };
  }
  const route: RouteStep[] = [];
  for (const [index, raw] of input.entries()) {
    const where = `Step ${index + 1} of the route`;
    if (typeof raw !== 'object' || raw === null) {
      return { ok: false, message: `${where} must be an object.` };
    }
    const { kind, role, userId, name, title } = raw as Record<string, unknown>;
    if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) {
      return { ok: false, message: `${where} has a title that is not a non-empty string.` };
    }
    const titled = title === undefined ? {} : { title: title as string };
    if (kind === 'role') {
      if (!isRole(role)) return { ok: false, message: `${where} names an unknown role "${String(role)}".` };
      route.push({ kind, role, ...titled });
    } else if (kind === 'person') {
      if (typeof userId !== 'string' || userId === '') {
        return { ok: false, message: `${where} must name the person's user id.` };
      }
      if (name !== undefined && typeof name !== 'string') {
        return { ok: false, message: `${where} has a name that is not a string.` };
      }
      route.push({ kind, userId, ...(name === undefined ? {} : { name: name as string }), ...titled });
    } else {
      return { ok: false, message: `${where} must be of kind "role" or "person".` };
    }
  }
  return { ok: true, route };
}

/** Whether `actor` is someone who may act for `step`: holds its role, or is its named person. */
export function actorFillsStep(actor: Actor, step: RouteStep): boolean {
  return step.kind === 'role' ? hasRole(actor, step.role) : actor.id === step.userId;
}

/** How a step is named to users: its title, else its role or person ("Section chief", "secretary"). */
export function describeStep(step: RouteStep): string {
  if (step.title !== undefined) return step.title;
  return step.kind === 'role' ? ROLE_LABELS[step.role] : (step.name ?? step.userId);
}

/** Who may act for a step, as a phrase for messages ("a reviewer", "Maria Rossi"). */
export function whoFillsStep(step: RouteStep): string {
  return step.kind === 'role' ? withArticle(step.role) : (step.name ?? `user ${step.userId}`);
}
