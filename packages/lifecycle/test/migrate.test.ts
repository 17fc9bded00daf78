import { describe, expect, it } from 'vitest';
import {
  availableEvents,
  CURRENT_VERSION,
  type DraftEnvelope,
  decide,
  migrate,
  summarize,
} from '../src/index.js';
import { fixtureNames, readFixture } from './support/fixtures.js';
import { dora, NOW, sam } from './support/people.js';

const v1Names = fixtureNames(1);
const v2Names = fixtureNames(2);

describe('migrating stored envelopes', () => {
  it('keeps a fixture of every released version', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(v1Names.length).toBeGreaterThanOrEqual(7);
    expect(v2Names.length).toBeGreaterThan(v1Names.length);
  });

  it.each(v1Names)('brings the version 1 envelope %s to its version 2 form', (name) => {
    expect(migrate(readFixture(1, name))).toEqual(readFixture(2, name));
  });

  it.each(v2Names)('leaves the current envelope %s as it is, ready to use', (name) => {
    const stored = readFixture(2, name);
    const migrated = migrate(stored);
    expect(migrated).toEqual(stored);
    expect(summarize(migrated).state).toEqual(expect.any(String));
    expect(availableEvents(migrated, dora)).toEqual(expect.any(Array));
  });

  it('turns version 1 route roles into role steps and numbers the approvals by step', () => {
    const migrated = migrate(readFixture(1, 'review.json'));
    expect(migrated.snapshot.context.route).toEqual([
      { kind: 'role', role: 'reviewer' },
      { kind: 'role', role: 'secretary' },
    ]);
    expect(summarize(migrated).route.map((step) => step.status)).toEqual(['approved', 'current']);
  });

  it('continues a migrated draft where it stood: the secretary approves the version 1 review', () => {
    const decision = decide(migrate(readFixture(1, 'review.json')), { type: 'approve' }, sam, NOW);
    expect(decision).toMatchObject({ ok: true, audit: { from: 'review', to: 'approved' } });
  });

  it('asks for the checks again when version 1 recorded them as failed, having kept no detail', () => {
    const failed = migrate(readFixture(1, 'issuance-failed.json'));
    expect(summarize(failed)).toMatchObject({ state: 'issuance.awaitingChecks' });
    expect(failed.snapshot.context.checks).toBeNull();
    const passed = migrate(readFixture(1, 'issuance-passed.json'));
    expect(decide(passed, { type: 'issue' }, dora, NOW)).toMatchObject({ ok: true, audit: { to: 'issued' } });
  });

  it('refuses envelopes it cannot read, saying why', () => {
    const review = readFixture(1, 'review.json') as DraftEnvelope;
    expect(() => migrate({ ...review, machine: 'rapporteur.comment' })).toThrow(
      'The envelope is for machine "rapporteur.comment", not "rapporteur.draft".',
    );
    expect(() => migrate({ ...review, version: 3 })).toThrow(
      'The envelope is version 3, newer than this release (2).',
    );
    expect(() => migrate({ ...review, version: 0 })).toThrow('is not a version number');
    expect(() => migrate({ ...review, version: 2, snapshot: { value: 'archived', context: {} } })).toThrow(
      '"archived" is not a state of the draft lifecycle.',
    );
    expect(() => migrate('{}')).toThrow('A draft envelope must be an object.');
  });

  it('will not decide on an old envelope that was not migrated', () => {
    expect(() =>
      decide(readFixture(1, 'review.json') as DraftEnvelope, { type: 'approve' }, sam, NOW),
    ).toThrow('The envelope is version 1; this release reads version 2 (migrate it first).');
  });
});
