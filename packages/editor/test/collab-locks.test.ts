import { describe, expect, it } from 'vitest';
import { claimKeptSteps, type EditorLocks, holdEditorLock, type KeptSteps } from '../src/index.js';

/** Web Locks as one browser keeps them: a name is held until its callback's promise settles. */
class FakeLocks implements EditorLocks {
  readonly held = new Set<string>();
  async request(
    name: string,
    _options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<void> | null,
  ): Promise<unknown> {
    if (this.held.has(name)) return callback(null);
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.held.delete(name);
    }
  }
}

function kept(clientId: string): KeptSteps {
  return {
    draftId: 'd1',
    clientId,
    version: 0,
    baseDocument: {},
    steps: [{}],
    keptAt: '2019-05-23T10:00:00Z',
  };
}

describe('editor locks', () => {
  it('takes over the newest kept steps no open editor holds, leaving those of open tabs alone', async () => {
    const locks = new FakeLocks();
    const open = await holdEditorLock('open-tab', locks);
    expect(open).not.toBeNull();
    const claimed = await claimKeptSteps([kept('open-tab'), kept('closed-tab'), kept('older')], locks);
    expect(claimed?.kept.clientId).toBe('closed-tab');
    expect(await holdEditorLock('closed-tab', locks)).toBeNull();
    claimed!.release();
    await Promise.resolve();
    await Promise.resolve();
    expect(locks.held.has('rapporteur-editor:closed-tab')).toBe(false);
    open!();
  });

  it('claims nothing when every kept entry belongs to an open editor, and anything without Web Locks', async () => {
    const locks = new FakeLocks();
    await holdEditorLock('a', locks);
    expect(await claimKeptSteps([kept('a')], locks)).toBeUndefined();
    expect((await claimKeptSteps([kept('a')], undefined))?.kept.clientId).toBe('a');
  });
});
