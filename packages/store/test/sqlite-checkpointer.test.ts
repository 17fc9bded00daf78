import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { newAddendumDraft } from './support/fixtures.js';

describe('the SQLite checkpointer', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-checkpoint-'));
    path = join(dir, 'rapporteur.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies committed writes into the database file while the store is open', async () => {
    const store = await openStore({ sqlitePath: path });
    try {
      const before = statSync(path).size;
      for (let i = 0; i < 20; i += 1) await store.drafts.create(newAddendumDraft());
      // 20 copies of the seed addendum are far below the connection's own checkpoint (32 MiB of
      // log): only the checkpointer's thread moves them into the file.
      const deadline = Date.now() + 5_000;
      while (statSync(path).size < before + 200_000 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(statSync(path).size).toBeGreaterThanOrEqual(before + 200_000);
    } finally {
      await store.close();
    }
  });

  it('has closed its own connection when the store closes, so the log is removed', async () => {
    const store = await openStore({ sqlitePath: path });
    await store.drafts.create(newAddendumDraft());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = await openStore({ sqlitePath: path });
    expect(await reopened.drafts.list()).toHaveLength(1);
    await reopened.close();
  });
});
