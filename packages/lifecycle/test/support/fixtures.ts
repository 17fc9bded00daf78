import { readdirSync, readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** The names of the stored envelopes of one version, e.g. `fixtureNames(1)` → ['approved.json', …]. */
export function fixtureNames(version: number): string[] {
  return readdirSync(new URL(`v${version}/`, FIXTURES))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** A stored envelope of one version, parsed from its JSON file. */
export function readFixture(version: number, name: string): unknown {
  return JSON.parse(readFileSync(new URL(`v${version}/${name}`, FIXTURES), 'utf8'));
}
