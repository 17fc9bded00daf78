import type { Actor, Route } from '../../src/index.js';

/** The time every test decides at. */
export const NOW = '2019-05-20T10:00:00.000Z';

/** The owner and author of the drafts under test; also holds the reviewer role. */
export const ana: Actor = { id: 'ana', name: 'Ana Duarte', roles: ['drafter', 'reviewer'] };
/** A co-drafter who is also an editor (reviewer). */
export const ben: Actor = { id: 'ben', name: 'Ben Osei', roles: ['drafter', 'reviewer'] };
/** An editor (reviewer) who never drafts. */
export const eve: Actor = { id: 'eve', name: 'Eve Laurent', roles: ['reviewer'] };
/** The section chief, named in person in the route. */
export const rui: Actor = { id: 'rui', name: 'Rui Tanaka', roles: ['reviewer'] };
/** The secretary of the commission. */
export const sam: Actor = { id: 'sam', name: 'Sam Haddad', roles: ['secretary'] };
/** A documents officer. */
export const dora: Actor = { id: 'dora', name: 'Dora Kim', roles: ['documents-officer'] };
/** An administrator. */
export const adam: Actor = { id: 'adam', name: 'Adam Novak', roles: ['administrator'] };
/** A signed-in user with no role at all. */
export const olga: Actor = { id: 'olga', roles: [] };

/** Everyone, for exhaustive and random tests. */
export const EVERYONE: readonly Actor[] = [ana, ben, eve, rui, sam, dora, adam, olga];

/** Editor → section chief (in person) → secretary of the commission. */
export const COMMISSION_ROUTE: Route = [
  { kind: 'role', role: 'reviewer', title: 'Editor' },
  { kind: 'person', userId: 'rui', name: 'Rui Tanaka', title: 'Section chief' },
  { kind: 'role', role: 'secretary' },
];

/** A one-step route: the secretary alone. */
export const SHORT_ROUTE: Route = [{ kind: 'role', role: 'secretary' }];

/** The symbol of the seed addendum. */
export const SEED_SYMBOL = 'E/CN.15/2019/L.1/Add.6';

/** Issuance check results in which every check passed. */
export const PASSING_CHECKS = {
  numbering: { passed: true, problems: [] },
  symbols: { passed: true, problems: [] },
  languageParity: { passed: true, problems: [] },
} as const;

/** Issuance check results in which language parity failed. */
export const FAILING_CHECKS = {
  numbering: { passed: true, problems: [] },
  symbols: { passed: true, problems: [] },
  languageParity: { passed: false, problems: ['paragraph 14 is missing from the Chinese version'] },
} as const;
