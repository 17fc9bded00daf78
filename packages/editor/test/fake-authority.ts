import { addendumSchema } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { Step } from 'prosemirror-transform';
import type { AcceptedStep, CollabServer, SendStepsOutcome, StepBatch } from '../src/index.js';

/**
 * An in-memory central authority that answers as the server does: steps are accepted only at the
 * latest version, `stepsSince` hands out what a client missed, and each accepted batch is pushed to
 * the listeners (the event stream). It can be taken offline or made to refuse, and its answers to
 * sends can be held back so a test interleaves them with other events.
 */
export class FakeAuthority {
  doc: Node;
  readonly log: AcceptedStep[] = [];
  offline = false;
  refusal: string | null = null;
  sends = 0;
  /** Answers to sends wait for `release()` while true. */
  holdAnswers = false;
  private readonly held: Array<() => void> = [];
  private readonly listeners = new Set<(batch: StepBatch) => void>();

  constructor(doc: Node) {
    this.doc = doc;
  }

  get version(): number {
    return this.log.length;
  }

  /** Hears every accepted batch, as the event stream pushes it. */
  listen(listener: (batch: StepBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets the held answers go, in order. */
  async release(): Promise<void> {
    for (const answer of this.held.splice(0)) answer();
    await settle();
  }

  /** The client side of the protocol for one editor. */
  server(): Pick<CollabServer, 'sendSteps' | 'stepsSince'> {
    return {
      sendSteps: async (version, clientId, steps) => {
        this.sends += 1;
        if (this.offline) throw new TypeError('fetch failed');
        const outcome = this.accept(version, clientId, steps);
        if (!this.holdAnswers) return outcome;
        return new Promise<SendStepsOutcome>((resolve) => this.held.push(() => resolve(outcome)));
      },
      stepsSince: async (version) => {
        if (this.offline) throw new TypeError('fetch failed');
        return { version: this.version, steps: this.log.slice(version) };
      },
    };
  }

  private accept(version: number, clientId: string, steps: readonly unknown[]): SendStepsOutcome {
    if (this.refusal !== null) return { kind: 'refused', message: this.refusal };
    if (version !== this.version) return { kind: 'behind', currentVersion: this.version };
    let doc = this.doc;
    for (const json of steps) {
      const result = Step.fromJSON(addendumSchema, json).apply(doc);
      if (!result.doc) return { kind: 'refused', message: `a step does not apply: ${result.failed}` };
      doc = result.doc;
    }
    this.doc = doc;
    const batch = steps.map((step) => ({ step, clientId }));
    this.log.push(...batch);
    const pushed = { version: this.version, steps: batch };
    for (const listener of this.listeners) queueMicrotask(() => listener(pushed));
    return { kind: 'accepted', version: this.version };
  }
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
