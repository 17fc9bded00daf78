import { and, assign, or, setup, stateIn } from 'xstate';
import type { Actor } from './actor.js';
import type { CorrigendumLink, DraftContext } from './context.js';
import type { DraftEvent } from './events.js';
import { failedChecks } from './issuance-checks.js';
import {
  approvalRefusal,
  currentStepRefusal,
  isDocumentsOfficer,
  mayDraft,
  mayWithdraw,
  ownsDraft,
  symbolFitRefusal,
} from './policy.js';
import type { Route, RouteStep } from './route.js';

/** The name under which draft envelopes are stored; `migrate` refuses envelopes of other machines. */
export const DRAFT_MACHINE_ID = 'rapporteur.draft';

/**
 * An event as the machine receives it: the user's event plus the actor (from the login session)
 * and the time (from the server's clock), both supplied by the server.
 */
export type DraftMachineEvent = DraftEvent & { readonly actor: Actor; readonly now: string };

/** What a new draft starts from: its owner, its route, when it was created, and its corrigendum link. */
export interface DraftMachineInput {
  readonly owner: string;
  readonly route: Route;
  readonly now: string;
  readonly corrigendumOf: CorrigendumLink | null;
}

/** The parameters of each effect the machine asks for; the server executes them outside. */
export interface DraftEffectParams {
  notifyReviewer: { readonly stepIndex: number; readonly step: RouteStep };
  notifyOwner: { readonly owner: string; readonly reason: string };
  notifyDocumentsOfficers: { readonly round: number };
  publish: { readonly symbol: string };
  openCorrigendum: { readonly corrigendumOf: CorrigendumLink; readonly owner: string; readonly route: Route };
}

/**
 * Effects are named actions the machine only announces: `decide` returns them as data and the
 * server runs them, so computing a transition anywhere never notifies or publishes anything.
 */
const announcedOnly = () => undefined;

const withdrawal = { guard: 'actorMayWithdraw', target: '#draft.withdrawn' } as const;

/**
 * The drafting lifecycle of one addendum, from drafting through review, approval and issuance,
 * to an issued (frozen) text or a withdrawn draft. Every action and guard is named in `setup`; the
 * guards call the role and route rules in `policy.ts`. It has no timers and no child actors, so a
 * snapshot persisted in any state restores exactly.
 */
export const draftMachine = setup({
  types: {
    context: {} as DraftContext,
    events: {} as DraftMachineEvent,
    input: {} as DraftMachineInput,
  },
  guards: {
    actorMayDraft: ({ context, event }) => mayDraft(context, event.actor),
    actorOwnsDraft: ({ context, event }) => ownsDraft(context, event.actor),
    actorMayWithdraw: ({ context, event }) => mayWithdraw(context, event.actor),
    actorIsDocumentsOfficer: ({ event }) => isDocumentsOfficer(event.actor),
    actorMayApprove: ({ context, event }) => approvalRefusal(context, event.actor) === null,
    actorMayReturn: ({ context, event }) => currentStepRefusal(context, event.actor) === null,
    concernsDeliberations: ({ event }) => 'part' in event && event.part === 'deliberations',
    concernsActionTaken: ({ event }) => 'part' in event && event.part === 'actionTaken',
    isLastStep: ({ context }) => context.stepIndex === context.route.length - 1,
    partsReady: and([
      stateIn('#draft.drafting.deliberations.ready'),
      or([stateIn('#draft.drafting.actionTaken.ready'), stateIn('#draft.drafting.actionTaken.none')]),
    ]),
    symbolFitsDraft: ({ context, event }) =>
      event.type === 'assignSymbol' && symbolFitRefusal(context, event.symbol) === null,
    checksPassed: ({ event }) => event.type === 'recordChecks' && failedChecks(event.checks).length === 0,
    isOriginal: ({ context }) => context.corrigendumOf === null,
  },
  actions: {
    recordEditor: assign({
      editors: ({ context, event }) =>
        context.editors.includes(event.actor.id)
          ? context.editors
          : [...context.editors, event.actor.id].sort(),
    }),
    changeRoute: assign({
      route: ({ context, event }) => (event.type === 'changeRoute' ? event.route : context.route),
    }),
    startReview: assign({
      round: ({ context }) => context.round + 1,
      stepIndex: 0,
      approvals: [],
      lastReturn: null,
    }),
    recordApproval: assign({
      approvals: ({ context, event }) => [
        ...context.approvals,
        {
          stepIndex: context.stepIndex,
          by: event.actor.id,
          at: event.now,
          ...(event.type === 'approve' && event.comment !== undefined ? { comment: event.comment } : {}),
        },
      ],
    }),
    advanceRoute: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }),
    recordReturn: assign({
      lastReturn: ({ context, event }) => ({
        stepIndex: context.stepIndex,
        by: event.actor.id,
        at: event.now,
        reason: event.type === 'return' ? event.reason : '',
      }),
      stepIndex: 0,
      approvals: [],
      editors: [],
    }),
    assignSymbol: assign({
      symbol: ({ context, event }) => (event.type === 'assignSymbol' ? event.symbol : context.symbol),
      checks: null,
    }),
    recordChecks: assign({
      checks: ({ context, event }) => (event.type === 'recordChecks' ? event.checks : context.checks),
    }),
    markIssued: assign({ issuedAt: ({ event }) => event.now }),
    countCorrigendum: assign({ corrigendaOpened: ({ context }) => context.corrigendaOpened + 1 }),
    notifyReviewer: (_, _params: DraftEffectParams['notifyReviewer']) => announcedOnly(),
    notifyOwner: (_, _params: DraftEffectParams['notifyOwner']) => announcedOnly(),
    notifyDocumentsOfficers: (_, _params: DraftEffectParams['notifyDocumentsOfficers']) => announcedOnly(),
    publish: (_, _params: DraftEffectParams['publish']) => announcedOnly(),
    openCorrigendum: (_, _params: DraftEffectParams['openCorrigendum']) => announcedOnly(),
  },
}).createMachine({
  id: 'draft',
  context: ({ input }) => ({
    owner: input.owner,
    createdAt: input.now,
    route: input.route,
    round: 0,
    stepIndex: 0,
    approvals: [],
    editors: [],
    lastReturn: null,
    symbol: null,
    checks: null,
    issuedAt: null,
    corrigendumOf: input.corrigendumOf,
    corrigendaOpened: 0,
  }),
  initial: 'drafting',
  states: {
    drafting: {
      type: 'parallel',
      on: {
        changeRoute: { guard: 'actorOwnsDraft', actions: 'changeRoute' },
        submit: {
          guard: and(['actorMayDraft', 'partsReady']),
          target: 'review',
          actions: [
            'startReview',
            {
              type: 'notifyReviewer',
              params: ({ context }) => ({ stepIndex: 0, step: context.route[0]! }),
            },
          ],
        },
        withdraw: withdrawal,
      },
      states: {
        deliberations: {
          initial: 'drafting',
          states: {
            drafting: {
              on: {
                edit: { guard: and(['actorMayDraft', 'concernsDeliberations']), actions: 'recordEditor' },
                markReady: { guard: and(['actorMayDraft', 'concernsDeliberations']), target: 'ready' },
              },
            },
            ready: {
              on: { reopen: { guard: and(['actorMayDraft', 'concernsDeliberations']), target: 'drafting' } },
            },
          },
        },
        actionTaken: {
          initial: 'drafting',
          states: {
            drafting: {
              on: {
                edit: { guard: and(['actorMayDraft', 'concernsActionTaken']), actions: 'recordEditor' },
                markReady: { guard: and(['actorMayDraft', 'concernsActionTaken']), target: 'ready' },
                markNoActionTaken: { guard: 'actorMayDraft', target: 'none' },
              },
            },
            ready: {
              on: { reopen: { guard: and(['actorMayDraft', 'concernsActionTaken']), target: 'drafting' } },
            },
            none: {
              on: { reopen: { guard: and(['actorMayDraft', 'concernsActionTaken']), target: 'drafting' } },
            },
          },
        },
      },
    },
    review: {
      on: {
        approve: [
          {
            guard: and(['actorMayApprove', 'isLastStep']),
            target: 'approved',
            actions: [
              'recordApproval',
              { type: 'notifyDocumentsOfficers', params: ({ context }) => ({ round: context.round }) },
            ],
          },
          {
            guard: 'actorMayApprove',
            actions: [
              'recordApproval',
              'advanceRoute',
              {
                type: 'notifyReviewer',
                params: ({ context }) => ({
                  stepIndex: context.stepIndex,
                  step: context.route[context.stepIndex]!,
                }),
              },
            ],
          },
        ],
        return: {
          guard: 'actorMayReturn',
          target: 'drafting',
          actions: [
            'recordReturn',
            {
              type: 'notifyOwner',
              params: ({ context }) => ({ owner: context.owner, reason: context.lastReturn?.reason ?? '' }),
            },
          ],
        },
        withdraw: withdrawal,
      },
    },
    approved: {
      on: {
        assignSymbol: {
          guard: and(['actorIsDocumentsOfficer', 'symbolFitsDraft']),
          target: 'issuance',
          actions: 'assignSymbol',
        },
        withdraw: withdrawal,
      },
    },
    issuance: {
      initial: 'awaitingChecks',
      on: {
        assignSymbol: {
          guard: and(['actorIsDocumentsOfficer', 'symbolFitsDraft']),
          target: '.awaitingChecks',
          actions: 'assignSymbol',
        },
        withdraw: withdrawal,
      },
      states: {
        awaitingChecks: {
          on: {
            recordChecks: [
              {
                guard: and(['actorIsDocumentsOfficer', 'checksPassed']),
                target: 'readyToIssue',
                actions: 'recordChecks',
              },
              { guard: 'actorIsDocumentsOfficer', actions: 'recordChecks' },
            ],
          },
        },
        readyToIssue: {
          on: {
            issue: {
              guard: 'actorIsDocumentsOfficer',
              target: '#draft.issued',
              actions: [
                'markIssued',
                { type: 'publish', params: ({ context }) => ({ symbol: context.symbol! }) },
              ],
            },
          },
        },
      },
    },
    issued: {
      on: {
        openCorrigendum: {
          guard: and(['actorMayDraft', 'isOriginal']),
          actions: [
            'countCorrigendum',
            {
              type: 'openCorrigendum',
              params: ({ context, event }) => ({
                corrigendumOf: { symbol: context.symbol!, number: context.corrigendaOpened },
                owner: event.actor.id,
                route: context.route,
              }),
            },
          ],
        },
      },
    },
    withdrawn: { type: 'final' },
  },
});
