import { describe, expect, it } from 'vitest';
import { PendingEdits } from '../src/index.js';
import { FakeStorage } from './fake-storage.js';

const edit = (baseVersion: number, text: string) => ({
  draftId: 'd1',
  baseVersion,
  document: { text },
  baseDocument: { text: 'base' },
  keptAt: '2019-05-23T10:00:00Z',
});

describe('pending edits', () => {
  it('keeps edits under the draft id and base version and reads them back', () => {
    const storage = new FakeStorage();
    const pending = new PendingEdits(storage);
    pending.write(edit(3, 'typed'));
    expect([...storage.items.keys()]).toEqual(['rapporteur:pending:d1:3']);
    expect(pending.read('d1')?.document).toEqual({ text: 'typed' });
    expect(pending.read('d2')).toBeUndefined();
  });

  it('replaces the edits of an older base version when newer ones are kept', () => {
    const storage = new FakeStorage();
    const pending = new PendingEdits(storage);
    pending.write(edit(3, 'first'));
    pending.write(edit(4, 'second'));
    expect([...storage.items.keys()]).toEqual(['rapporteur:pending:d1:4']);
  });

  it('forgets edits only when the server acknowledged exactly them', () => {
    const pending = new PendingEdits(new FakeStorage());
    pending.write(edit(3, 'typed more'));
    pending.acknowledge('d1', 3, { text: 'typed' });
    expect(pending.read('d1')).toBeDefined();
    pending.acknowledge('d1', 3, { text: 'typed more' });
    expect(pending.read('d1')).toBeUndefined();
  });

  it('ignores what it cannot read instead of failing', () => {
    const storage = new FakeStorage();
    storage.setItem('rapporteur:pending:d1:2', '{not json');
    expect(new PendingEdits(storage).read('d1')).toBeUndefined();
  });
});
