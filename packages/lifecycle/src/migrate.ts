import { assertCurrentEnvelope, CURRENT_VERSION, type DraftEnvelope } from './envelope.js';
import { DRAFT_MACHINE_ID } from './machine.js';
import { type DraftEnvelopeV1, migrateV1ToV2 } from './migrations/v1-to-v2.js';
import { standingOf } from './standing.js';

/** Each migration takes an envelope of version N (its key) to version N + 1. */
const MIGRATIONS: Readonly<Record<number, (envelope: never) => { version: number }>> = {
  1: (envelope: DraftEnvelopeV1) => migrateV1ToV2(envelope),
};

/**
 * Brings a stored envelope of any released version up to the current one, one version at a
 * time; a current envelope comes back unchanged. The server calls it on every envelope it
 * loads, so the rest of the package only ever sees the current version. Throws a TypeError
 * naming the problem for an envelope of another machine, an unknown or future version, or a
 * snapshot that is not a state of the draft lifecycle.
 */
export function migrate(envelope: unknown): DraftEnvelope {
  if (typeof envelope !== 'object' || envelope === null)
    throw new TypeError('A draft envelope must be an object.');
  const { machine, version } = envelope as Record<string, unknown>;
  if (machine !== DRAFT_MACHINE_ID) {
    throw new TypeError(`The envelope is for machine "${String(machine)}", not "${DRAFT_MACHINE_ID}".`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new TypeError(`The envelope's version ${String(version)} is not a version number.`);
  }
  if (version > CURRENT_VERSION) {
    throw new TypeError(`The envelope is version ${version}, newer than this release (${CURRENT_VERSION}).`);
  }
  let current = envelope as { version: number };
  while (current.version < CURRENT_VERSION) {
    const step = MIGRATIONS[current.version];
    if (step === undefined) throw new TypeError(`No migration from version ${current.version} is known.`);
    current = step(current as never);
  }
  assertCurrentEnvelope(current);
  standingOf(current.snapshot.value);
  return current;
}
