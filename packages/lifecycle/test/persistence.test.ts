import { describe, expect, it } from 'vitest';
import { envelopeOf } from '../src/envelope.js';
import {
  availableEvents,
  type DraftEnvelope,
  decide,
  migrate,
  restoreSnapshot,
  summarize,
} from '../src/index.js';
import { draftStates, GRAPH_EVENTS, GRAPH_INPUTS } from './support/graph.js';
import { EVERYONE, NOW } from './support/people.js';

const saved = GRAPH_INPUTS.flatMap((input) => draftStates(input)).map((snapshot) => envelopeOf(snapshot));
const restore = (envelope: DraftEnvelope): DraftEnvelope => migrate(JSON.parse(JSON.stringify(envelope)));

describe('saving and restoring a draft', () => {
  it('restores every reachable state to the same state and context after a JSON round trip', () => {
    expect(saved.length).toBeGreaterThan(400);
    for (const envelope of saved) {
      const restored = restoreSnapshot(restore(envelope));
      expect(restored.value).toEqual(envelope.snapshot.value);
      expect(restored.context).toEqual(envelope.snapshot.context);
      expect(restored.status).toBe(envelope.snapshot.value === 'withdrawn' ? 'done' : 'active');
    }
  });

  it('offers the same events to everyone, and the same summary, before and after restoring', () => {
    for (const envelope of saved) {
      const restored = restore(envelope);
      expect(summarize(restored)).toEqual(summarize(envelope));
      for (const actor of EVERYONE)
        expect(availableEvents(restored, actor)).toEqual(availableEvents(envelope, actor));
    }
  });

  it('decides every event the same way on a restored envelope as on the one saved', () => {
    const sample = saved.filter((_, index) => index % 7 === 0);
    for (const envelope of sample) {
      const restored = restore(envelope);
      for (const { actor, now: _now, ...event } of GRAPH_EVENTS) {
        expect(decide(restored, event, actor, NOW)).toEqual(decide(envelope, event, actor, NOW));
      }
    }
  });
});
