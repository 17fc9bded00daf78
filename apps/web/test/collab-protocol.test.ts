import { addendumSchema } from '@rapporteur/document';
import { seededRandom } from '@rapporteur/export';
import { collab, getVersion, receiveTransaction, sendableSteps } from 'prosemirror-collab';
import { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { Step } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { type Person, useApi } from './support/api-harness';
import { engines } from './support/databases';

/** Clients editing at once, and the steps each makes (the figure of issue 9). */
const CLIENTS = 10;
const STEPS_PER_CLIENT = 500;

const WORDS = ['审议', '委员会', '决议', ' and ', '第6项', '。', 'E/CN.15/2019/4', '、'];

/** One step a client acknowledged by the server: the version it got and what it sent. */
interface Acknowledged {
  readonly version: number;
  readonly clientId: string;
  readonly step: unknown;
}

/**
 * One random edit of a client's text: an insertion at a random place between or inside the text
 * runs of a random textblock, or the deletion of up to three characters of one of its text runs.
 */
function randomEdit(state: EditorState, random: () => number): EditorState {
  const blocks: Array<{ node: Node; pos: number }> = [];
  state.doc.descendants((node, pos) => {
    // The template locks the sections' headings: the server refuses edits there, as the editor does.
    const heading = node.type.name === 'section_heading' || node.type.name === 'subsection_heading';
    if (node.isTextblock && !heading) blocks.push({ node, pos: pos + 1 });
    return !node.isTextblock;
  });
  const block = blocks[Math.floor(random() * blocks.length)]!;
  const runs: Array<{ from: number; to: number }> = [];
  const places: number[] = [block.pos];
  block.node.forEach((child, offset) => {
    const from = block.pos + offset;
    if (child.isText) {
      runs.push({ from, to: from + child.nodeSize });
      for (let p = from + 1; p <= from + child.nodeSize; p++) places.push(p);
    } else places.push(from + child.nodeSize);
  });
  const tr = state.tr;
  if (runs.length > 0 && random() < 0.4) {
    const run = runs[Math.floor(random() * runs.length)]!;
    const from = run.from + Math.floor(random() * (run.to - run.from));
    tr.delete(from, Math.min(run.to, from + 1 + Math.floor(random() * 3)));
  } else {
    tr.insertText(WORDS[Math.floor(random() * WORDS.length)]!, places[Math.floor(random() * places.length)]!);
  }
  return state.apply(tr);
}

describe.each(engines)('the collaboration protocol under random edits on %s', (engine) => {
  const api = useApi(engine);

  it(`brings ${CLIENTS} clients making ${STEPS_PER_CLIENT} random steps each, with delays and disconnections, to the server's text`, {
    timeout: 240_000,
  }, async () => {
    const seed = 20190517;
    const random = seededRandom(seed);
    const { id } = await api().createDraft();
    const start = await api().as('drafter', 'GET', `/api/drafts/${id}/steps`);
    const acknowledged: Acknowledged[] = [];
    const startedAt = performance.now();
    let requests = 0;

    async function run(index: number): Promise<EditorState> {
      const person: Person = index % 2 === 0 ? 'drafter' : 'drafter2';
      const clientId = `client-${index}`;
      const doc = Node.fromJSON(addendumSchema, start.body.document);
      let state = EditorState.create({
        doc,
        plugins: [collab({ version: start.body.version, clientID: clientId })],
      });
      let made = 0;
      let offlineFor = 0;

      async function catchUp(): Promise<void> {
        requests++;
        const reply = await api().as(person, 'GET', `/api/drafts/${id}/steps?since=${getVersion(state)}`);
        expect(reply.status).toBe(200);
        const steps = reply.body.steps as Array<{ step: unknown; clientId: string }>;
        // The reply may be late: only what is still new to the client is taken.
        const fresh = reply.body.version - getVersion(state);
        if (fresh <= 0) return;
        const taken = steps.slice(steps.length - fresh);
        state = state.apply(
          receiveTransaction(
            state,
            taken.map((s) => Step.fromJSON(addendumSchema, s.step)),
            taken.map((s) => s.clientId),
          ),
        );
      }

      async function send(dropReply: boolean): Promise<void> {
        const sendable = sendableSteps(state);
        if (sendable === null) return;
        const steps = sendable.steps.map((step) => step.toJSON());
        requests++;
        const reply = await api().as(person, 'POST', `/api/drafts/${id}/steps`, {
          body: { version: sendable.version, clientId, steps },
        });
        // The server's answer is checked even when the client never hears it.
        expect([200, 409], JSON.stringify(reply.body)).toContain(reply.status);
        if (dropReply) return;
        if (reply.status === 200) {
          for (const [i, step] of steps.entries()) {
            acknowledged.push({ version: sendable.version + i + 1, clientId, step });
          }
        } else {
          expect(reply.status, JSON.stringify(reply.body)).toBe(409);
          expect(reply.body.error.code).toBe('version-conflict');
        }
        await catchUp();
      }

      while (made < STEPS_PER_CLIENT || sendableSteps(state) !== null) {
        for (let pause = Math.floor(random() * 4); pause > 0; pause--) {
          await new Promise((resolve) => setImmediate(resolve));
        }
        if (offlineFor > 0) {
          // Offline: the client keeps typing; nothing reaches the server.
          offlineFor--;
          if (made < STEPS_PER_CLIENT && random() < 0.5) {
            state = randomEdit(state, random);
            made++;
          }
          if (offlineFor === 0) await catchUp();
          continue;
        }
        const action = random();
        if (action < 0.03) {
          // The connection drops while a send is under way: the server may have taken the steps,
          // but the client never hears so; it learns it when catching up (its own client id).
          offlineFor = 1 + Math.floor(random() * 10);
          await send(true);
        } else if (action < 0.7 && made < STEPS_PER_CLIENT) {
          const edits = Math.min(STEPS_PER_CLIENT - made, 1 + Math.floor(random() * 3));
          for (let i = 0; i < edits; i++) state = randomEdit(state, random);
          made += edits;
        } else if (action < 0.9) {
          await send(false);
        } else {
          await catchUp();
        }
      }
      return state;
    }

    const states = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => run(i)));
    const seconds = (performance.now() - startedAt) / 1000;

    const server = await api().as('drafter', 'GET', `/api/drafts/${id}/steps`);
    const serverDoc = Node.fromJSON(addendumSchema, server.body.document);
    for (const [index, state] of states.entries()) {
      const reply = await api().as('drafter', 'GET', `/api/drafts/${id}/steps?since=${getVersion(state)}`);
      const steps = reply.body.steps as Array<{ step: unknown; clientId: string }>;
      const tr = receiveTransaction(
        state,
        steps.map((s) => Step.fromJSON(addendumSchema, s.step)),
        steps.map((s) => s.clientId),
      );
      const final = state.apply(tr);
      expect(getVersion(final), `client-${index}`).toBe(server.body.version);
      expect(final.doc.eq(serverDoc), `client-${index}'s text`).toBe(true);
    }
    // A step can vanish when rebased (its text was deleted by another client), so a few are lost.
    expect(server.body.version).toBeGreaterThanOrEqual(CLIENTS * STEPS_PER_CLIENT * 0.9);
    // The log was folded along the way, and loading went through the folds.
    expect((await api().store.steps.foldPoint(id))?.stepVersion).toBeGreaterThan(0);

    const stored = new Map((await api().store.steps.stepsSince(id, 0)).map((s) => [s.version, s] as const));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const ack of acknowledged) {
      expect(stored.get(ack.version), `step ${ack.version}`).toEqual({
        version: ack.version,
        clientId: ack.clientId,
        step: ack.step,
      });
    }
    console.info(
      `${engine}: ${CLIENTS} clients × ${STEPS_PER_CLIENT} steps → version ${server.body.version}, ${requests} requests, ${acknowledged.length} steps acknowledged, ${seconds.toFixed(1)} s (seed ${seed})`,
    );
  });
});
