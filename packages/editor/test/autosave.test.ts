import { describe, expect, it } from 'vitest';
import { Autosave, PendingEdits, type SaveOutcome, type SaveStatus } from '../src/index.js';
import { FakeStorage, FakeTimers } from './fake-storage.js';

function setUp(answers: Array<SaveOutcome | Error>) {
  const storage = new FakeStorage();
  const timers = new FakeTimers();
  const statuses: SaveStatus[] = [];
  const sent: Array<{ document: unknown; baseVersion: number }> = [];
  let conflictDocument: unknown;
  const autosave = new Autosave({
    draftId: 'd1',
    baseVersion: 1,
    baseDocument: { text: 'v1' },
    save: async (document, baseVersion) => {
      sent.push({ document, baseVersion });
      const answer = answers.shift() ?? { kind: 'saved', version: baseVersion + 1 };
      if (answer instanceof Error) throw answer;
      return answer;
    },
    pending: new PendingEdits(storage),
    timers,
    now: () => '2019-05-23T10:00:00Z',
    onStatus: (status, detail) => {
      statuses.push(status);
      if (detail?.conflict) conflictDocument = detail.conflict.document;
    },
  });
  return { autosave, storage, timers, statuses, sent, conflict: () => conflictDocument };
}

describe('autosave', () => {
  it('keeps edits locally, sends them with their base version, and forgets them once saved', async () => {
    const { autosave, storage, timers, statuses, sent } = setUp([]);
    autosave.edit(() => ({ text: 'v1 typed' }));
    await timers.tick(500);
    expect(storage.getItem('rapporteur:pending:d1:1')).toContain('v1 typed');
    await timers.tick(1000);
    expect(sent).toEqual([{ document: { text: 'v1 typed' }, baseVersion: 1 }]);
    expect(statuses).toEqual(['unsaved', 'saving', 'saved']);
    expect(storage.length).toBe(0);
    expect(autosave.version).toBe(2);
  });

  it('keeps edits locally once typing pauses, and every five seconds while it does not', async () => {
    const { autosave, storage, timers } = setUp([]);
    let reads = 0;
    let text = '';
    const type = async (words: string, pauseMs: number) => {
      text += words;
      autosave.edit(() => {
        reads += 1;
        return { text };
      });
      await timers.tick(pauseMs);
    };
    for (let i = 0; i < 40; i += 1) await type(`w${i} `, 100);
    expect(reads).toBe(0);
    expect(storage.length).toBe(0);
    for (let i = 40; i < 60; i += 1) await type(`w${i} `, 100);
    expect(reads).toBe(1);
    expect(storage.getItem('rapporteur:pending:d1:1')).toContain('w49 ');
    await type('last', 500);
    expect(storage.getItem('rapporteur:pending:d1:1')).toContain('w59 last');
    for (let i = 0; i < 49; i += 1) await type('.', 100);
    expect(reads).toBe(2);
    await type('.', 100);
    expect(reads).toBe(3);
  });

  it('follows a newer version with the same text, so the next save is not refused as stale', async () => {
    const { autosave, timers, sent, storage } = setUp([]);
    autosave.edit(() => ({ text: 'v1 typed' }));
    await timers.tick(500);
    autosave.advance(2, { text: 'v1' });
    expect(autosave.version).toBe(2);
    await timers.tick(1000);
    expect(sent).toEqual([{ document: { text: 'v1 typed' }, baseVersion: 2 }]);
    expect(storage.length).toBe(0);
  });

  it('does not follow a newer version with other text: the save meets it as a conflict', async () => {
    const { autosave, timers, sent, statuses } = setUp([
      { kind: 'conflict', version: 2, document: { text: 'theirs' } },
    ]);
    autosave.advance(2, { text: 'theirs' });
    expect(autosave.version).toBe(1);
    autosave.edit(() => ({ text: 'mine' }));
    await timers.tick(1000);
    expect(sent.map((save) => save.baseVersion)).toEqual([1]);
    expect(statuses.at(-1)).toBe('conflict');
  });

  it('keeps the latest edits at once when the page is hidden', () => {
    const { autosave, storage } = setUp([]);
    autosave.edit(() => ({ text: 'closing' }));
    autosave.flush();
    expect(storage.getItem('rapporteur:pending:d1:1')).toContain('closing');
  });

  it('shows offline when the server cannot be reached and sends again later', async () => {
    const { autosave, timers, statuses, sent, storage } = setUp([new TypeError('Failed to fetch')]);
    autosave.edit(() => ({ text: 'offline edit' }));
    await timers.tick(1000);
    expect(statuses.at(-1)).toBe('offline');
    expect(storage.length).toBe(1);
    await timers.tick(3000);
    expect(sent).toHaveLength(2);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps edits typed while a save is under way and sends them on the new version', async () => {
    const { autosave, timers, sent, storage } = setUp([]);
    let text = 'first';
    autosave.edit(() => ({ text }));
    await timers.tick(800);
    text = 'second';
    autosave.edit(() => ({ text }));
    await timers.tick(500);
    expect(storage.getItem('rapporteur:pending:d1:2')).toContain('second');
    await timers.tick(1000);
    expect(sent.map((save) => save.baseVersion)).toEqual([1, 2]);
    expect(storage.length).toBe(0);
  });

  it('stops at a conflict with both texts and resumes from the merged text on their version', async () => {
    const { autosave, timers, statuses, sent, conflict, storage } = setUp([
      { kind: 'conflict', version: 5, document: { text: 'theirs' } },
    ]);
    autosave.edit(() => ({ text: 'mine' }));
    await timers.tick(1000);
    expect(statuses.at(-1)).toBe('conflict');
    expect(conflict()).toEqual({ text: 'theirs' });
    autosave.edit(() => ({ text: 'mine, more' }));
    await timers.tick(5000);
    expect(sent).toHaveLength(1);
    expect(storage.getItem('rapporteur:pending:d1:1')).toContain('mine, more');
    autosave.resolve(() => ({ text: 'mine and theirs' }), 5, { text: 'theirs' });
    await timers.tick(0);
    expect(sent.at(-1)).toEqual({ document: { text: 'mine and theirs' }, baseVersion: 5 });
    expect(statuses.at(-1)).toBe('saved');
    expect(storage.length).toBe(0);
  });
});
