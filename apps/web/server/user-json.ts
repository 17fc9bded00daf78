import type { User } from '@rapporteur/store';

/** A user as the API shows them: never the password hash (the store does not return it anyway). */
export function userJson(user: User) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    disabled: user.disabledAt !== null,
    version: user.version,
  };
}
