/**
 * The roles a signed-in user can hold. The server reads them from the login session; the
 * lifecycle only ever compares them, so the list is closed and every rule can name its role.
 */
export const ROLES = ['drafter', 'reviewer', 'secretary', 'documents-officer', 'administrator'] as const;

/** One of the {@link ROLES}: what a user is allowed to do in the drafting lifecycle. */
export type Role = (typeof ROLES)[number];

/** How each role is named in messages shown to users ("Only a documents officer can …"). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  drafter: 'drafter',
  reviewer: 'reviewer',
  secretary: 'secretary of the commission',
  'documents-officer': 'documents officer',
  administrator: 'administrator',
};

/** Whether `value` names one of the {@link ROLES}; used to validate events and route steps. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A role's label with its indefinite article ("a drafter", "an administrator"), for messages. */
export function withArticle(role: Role): string {
  const label = ROLE_LABELS[role];
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
