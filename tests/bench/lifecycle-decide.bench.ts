// `decide` on restored envelopes (issue 5: lifecycle). Goal: at least 10,000 decisions per second
// on one core. Envelopes are saved at each stage of a draft's life, restored from JSON as the
// server would load them, and decided on with the event that moves each one on (plus refusals);
// prints decisions per second and fails if the goal is missed.
import {
  type Actor,
  createDraftEnvelope,
  type DraftEnvelope,
  decide,
  migrate,
  type Route,
} from '@rapporteur/lifecycle';

const NOW = '2019-05-20T10:00:00.000Z';
const GOAL = 10_000;

const ana: Actor = { id: 'ana', name: 'Ana Duarte', roles: ['drafter'] };
const eve: Actor = { id: 'eve', roles: ['reviewer'] };
const rui: Actor = { id: 'rui', roles: ['reviewer'] };
const sam: Actor = { id: 'sam', roles: ['secretary'] };
const dora: Actor = { id: 'dora', roles: ['documents-officer'] };
const route: Route = [
  { kind: 'role', role: 'reviewer', title: 'Editor' },
  { kind: 'person', userId: 'rui', title: 'Section chief' },
  { kind: 'role', role: 'secretary' },
];
const passing = { passed: true, problems: [] };

/** A draft's life, event by event: each event is decided on the envelope saved just before it. */
const life: [event: unknown, actor: Actor][] = [
  [{ type: 'edit', part: 'deliberations' }, ana],
  [{ type: 'markReady', part: 'deliberations' }, ana],
  [{ type: 'edit', part: 'actionTaken' }, ana],
  [{ type: 'markReady', part: 'actionTaken' }, ana],
  [{ type: 'submit' }, ana],
  [{ type: 'approve' }, eve],
  [{ type: 'approve', comment: 'Cleared.' }, rui],
  [{ type: 'approve' }, sam],
  [{ type: 'assignSymbol', symbol: 'E/CN.15/2019/L.1/Add.6' }, dora],
  [{ type: 'recordChecks', checks: { numbering: passing, symbols: passing, languageParity: passing } }, dora],
  [{ type: 'issue' }, dora],
  [{ type: 'edit', part: 'deliberations' }, ana],
];

const cases: { stored: string; event: unknown; actor: Actor }[] = [];
let envelope: DraftEnvelope = createDraftEnvelope({ owner: 'ana', route, now: NOW });
for (const [event, actor] of life) {
  cases.push({ stored: JSON.stringify(envelope), event, actor });
  const decision = decide(envelope, event, actor, NOW);
  if (decision.ok) envelope = decision.envelope;
}
cases.push({ stored: JSON.stringify(envelope), event: { type: 'approve' }, actor: ana });
const restored = cases.map((c) => ({ ...c, envelope: migrate(JSON.parse(c.stored)) }));

function decisionsPerSecond(durationMs: number): number {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (const { envelope: env, event, actor } of restored) decide(env, event, actor, NOW);
    count += restored.length;
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}

decisionsPerSecond(500);
const rounds = [1, 2, 3, 4, 5].map(() => decisionsPerSecond(600)).sort((a, b) => a - b);
const median = rounds[2]!;
const ok = median >= GOAL;
console.log(
  `decide on a restored envelope: ${Math.round(median).toLocaleString('en')} decisions/s (median of 5; goal >= ${GOAL.toLocaleString('en')}/s) ${ok ? 'OK' : 'MISSED'}`,
);
process.exit(ok ? 0 : 1);
