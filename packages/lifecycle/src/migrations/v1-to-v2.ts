import type { StateValue } from 'xstate';
import type { DraftContext } from '../context.js';
import type { IssuanceChecks } from '../issuance-checks.js';
import { isRole, type Role } from '../roles.js';

/**
 * The envelope written by version 1 (the first release): route steps were bare role names,
 * approvals had no step index, editors were called `editedBy`, issuance was a single state
 * with a `checksPassed` flag, action taken could not be marked "no action taken", and there
 * were no corrigenda.
 */
export interface DraftEnvelopeV1 {
  readonly machine: 'rapporteur.draft';
  readonly version: 1;
  readonly snapshot: {
    readonly value: StateValue;
    readonly context: {
      readonly owner: string;
      readonly createdAt: string;
      readonly route: readonly Role[];
      readonly round: number;
      readonly stepIndex: number;
      readonly approvals: readonly { readonly by: string; readonly at: string }[];
      readonly editedBy: readonly string[];
      readonly symbol: string | null;
      readonly checksPassed: boolean | null;
      readonly issuedAt: string | null;
    };
  };
}

/** The version 2 envelope shape this migration produces (the state value and context of version 2). */
export interface MigratedEnvelope {
  readonly machine: 'rapporteur.draft';
  readonly version: 2;
  readonly snapshot: { readonly value: StateValue; readonly context: DraftContext };
}

/**
 * Brings a version 1 envelope to version 2: role names become role steps, approvals get the
 * index of the step they approved (v1 kept them in route order), `editedBy` becomes `editors`,
 * and the single `issuance` state becomes `issuance.readyToIssue` when v1's checks had passed,
 * else `issuance.awaitingChecks` with no results (v1 kept no detail, so the checks run again).
 */
export function migrateV1ToV2(envelope: DraftEnvelopeV1): MigratedEnvelope {
  const { value, context } = envelope.snapshot;
  const badRole = context.route.find((role) => !isRole(role));
  if (badRole !== undefined)
    throw new TypeError(`The version 1 route names an unknown role "${String(badRole)}".`);
  const checksPassed = value === 'issuance' && context.checksPassed === true;
  return {
    machine: envelope.machine,
    version: 2,
    snapshot: {
      value: value === 'issuance' ? { issuance: checksPassed ? 'readyToIssue' : 'awaitingChecks' } : value,
      context: {
        owner: context.owner,
        createdAt: context.createdAt,
        route: context.route.map((role) => ({ kind: 'role', role })),
        round: context.round,
        stepIndex: context.stepIndex,
        approvals: context.approvals.map((approval, stepIndex) => ({
          stepIndex,
          by: approval.by,
          at: approval.at,
        })),
        editors: [...context.editedBy].sort(),
        lastReturn: null,
        symbol: context.symbol,
        checks: checksPassed ? allPassed() : null,
        issuedAt: context.issuedAt,
        corrigendumOf: null,
        corrigendaOpened: 0,
      },
    },
  };
}

function allPassed(): IssuanceChecks {
  const passed = { passed: true, problems: [] };
  return { numbering: passed, symbols: passed, languageParity: passed };
}
