import { describe, expect, it, vi } from 'vitest';
import { AlreadyExists, NotFound, StoreError, VersionConflict } from '../src/errors.js';

/** A second, separate copy of the errors module, as a bundler that loads it twice would make. */
async function secondCopy(): Promise<typeof import('../src/errors.js')> {
  vi.resetModules();
  return import('../src/errors.js');
}

describe('store errors', () => {
  it('are recognised by their class and their base class', () => {
    const conflict = new VersionConflict('draft', 'd1', 1, 2, { version: 2 });
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect(conflict).toBeInstanceOf(StoreError);
    expect(conflict).toBeInstanceOf(Error);
    expect(conflict).not.toBeInstanceOf(NotFound);
    expect(new Error('driver failure')).not.toBeInstanceOf(StoreError);
    expect(conflict.message).toBe('draft d1 is at version 2; the write was based on version 1');
  });

  it('are recognised by another copy of the module, as when Next.js bundles the store twice', async () => {
    const other = await secondCopy();
    expect(other.VersionConflict).not.toBe(VersionConflict);
    const thrownThere = new other.VersionConflict('draft', 'd1', 1, 2, null);
    expect(thrownThere).toBeInstanceOf(VersionConflict);
    expect(thrownThere).toBeInstanceOf(StoreError);
    expect(thrownThere).not.toBeInstanceOf(AlreadyExists);
    expect(new NotFound('draft', 'x')).toBeInstanceOf(other.NotFound);
    expect({ name: 'VersionConflict' }).not.toBeInstanceOf(other.VersionConflict);
  });
});
