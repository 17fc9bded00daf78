import { isRole, type Role } from './roles.js';

/**
 * Who performs an event. The server builds it from the login session, never from the request
 * body, so the lifecycle can trust `id` and `roles` and only has to check what they allow.
 */
export interface Actor {
  /** The user's stable id (the same id used for draft owners and person steps of a route). */
  readonly id: string;
  /** The user's display name, used in summaries and audit entries when present. */
  readonly name?: string;
  /** Every role the user holds. */
  readonly roles: readonly Role[];
}

/** Whether `actor` holds `role`. */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/**
 * Checks that a value supplied by the server is a well-formed {@link Actor}. A malformed actor
 * is a bug in the calling code, not a user mistake, so this throws instead of refusing.
 */
export function assertActor(value: unknown): asserts value is Actor {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('The actor must be an object { id, name?, roles }.');
  }
  const { id, name, roles } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0) {
    throw new TypeError('The actor must have a non-empty string id.');
  }
  if (name !== undefined && typeof name !== 'string') {
    throw new TypeError(`The name of actor ${id} must be a string when present.`);
  }
  if (!Array.isArray(roles) || !roles.every(isRole)) {
    throw new TypeError(`The roles of actor ${id} must be a list of known roles.`);
  }
}
