import { getVersion } from 'prosemirror-collab';
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { CollabClient, type CollabStatus, type LostEdits } from './collab-client.js';
import type { KeptStepsStore } from './collab-kept.js';
import type { CollabServer, PresencePerson } from './collab-protocol.js';
import type { CollabStartPlan } from './collab-restore.js';
import { replaceDocumentTransaction, restoreTransaction } from './collab-sync.js';
import { setRemoteCarets } from './presence-plugin.js';
import { caretsFromPeople, selectionAtConfirmed } from './presence-positions.js';
import { PresenceSender } from './presence-sender.js';
import type { Timers } from './timers.js';

/** What a co-editing session is made of and whom it tells what happens. */
export interface CollabSessionOptions {
  readonly draftId: string;
  readonly server: CollabServer;
  /** Where the editor starts (planCollabStart). */
  readonly plan: CollabStartPlan;
  /** A fresh editor state for a document at a confirmed version, with this session's client id. */
  readonly makeState: (doc: Node, collab: { version: number; clientId: string }) => EditorState;
  /** Mounts the view on a state; `onTransaction` must hear every applied transaction. */
  readonly mount: (
    state: EditorState,
    onTransaction: (tr: Transaction, state: EditorState) => void,
  ) => EditorView;
  readonly kept: KeptStepsStore;
  readonly timers: Timers;
  readonly now: () => string;
  readonly onStatus: (status: CollabStatus, message?: string) => void;
  /** Local edits a rebase dropped: both texts for the merge view. */
  readonly onLost: (lost: LostEdits) => void;
  /** Whether the unconfirmed edits are safe in browser storage (false: the browser refused them). */
  readonly onKeptLocally?: (kept: boolean) => void;
  /** The people in the draft now (this editor included). */
  readonly onPeople: (people: readonly PresencePerson[]) => void;
  /** The draft's lifecycle changed (reload it to update the read-only parts). */
  readonly onLifecycle: () => void;
  /** Every transaction applied to the editor (validation, the page's own bookkeeping). */
  readonly onTransaction?: (tr: Transaction, state: EditorState) => void;
}

/**
 * One open editor taking part in co-editing: the view started from the plan (kept steps replayed as
 * unconfirmed edits), the collab client keeping it in step with the authority, the event stream
 * feeding it other people's steps, presence and lifecycle changes, and this editor's caret posted
 * for the others.
 */
export class CollabSession {
  readonly view: EditorView;
  readonly client: CollabClient;
  readonly clientId: string;
  private people: readonly PresencePerson[] = [];
  private readonly presence: PresenceSender;
  private readonly unsubscribe: () => void;
  private closed = false;

  /** Mounts the editor and connects it. */
  constructor(private readonly options: CollabSessionOptions) {
    const { plan, server, makeState } = options;
    this.clientId = plan.clientId;
    let state = makeState(plan.doc, { version: plan.version, clientId: plan.clientId });
    if (plan.steps.length > 0) state = state.apply(restoreTransaction(state, plan.steps));
    let client: CollabClient | null = null;
    this.view = options.mount(state, (tr, next) => {
      if (tr.docChanged && tr.getMeta('rebased') === undefined) client?.update();
      if (tr.getMeta('rebased') !== undefined) this.presence?.versionMoved(getVersion(next));
      else if (tr.docChanged || tr.selectionSet) this.presence?.changed();
      options.onTransaction?.(tr, next);
    });
    const view = this.view;
    client = new CollabClient({
      draftId: options.draftId,
      clientId: plan.clientId,
      server,
      host: {
        state: () => view.state,
        dispatch: (tr) => view.dispatch(tr),
        reset: (doc, version) => {
          view.updateState(makeState(doc, { version, clientId: plan.clientId }));
          this.showCarets();
        },
        composing: () => view.composing,
      },
      confirmed: plan.doc,
      kept: options.kept,
      timers: options.timers,
      now: options.now,
      onStatus: options.onStatus,
      onLost: options.onLost,
      onKeptLocally: options.onKeptLocally,
    });
    this.client = client;
    if (plan.steps.length > 0) client.update();
    if (plan.behind) client.catchUp();
    this.presence = new PresenceSender({
      selection: () => ({
        clientId: plan.clientId,
        ...selectionAtConfirmed(view.state),
        version: client.version,
      }),
      send: (selection) => server.sendPresence(selection),
      timers: options.timers,
    });
    this.unsubscribe = server.subscribe(() => client.version, {
      steps: (batch) => {
        const before = client.version;
        client.receive(batch);
        if (this.people.some((person) => (person.version ?? 0) > before)) this.showCarets();
      },
      presence: (people) => {
        this.people = people;
        options.onPeople(people);
        this.showCarets();
      },
      lifecycle: () => {
        options.onLifecycle();
        if (client.status === 'refused') client.retry();
      },
      reconnected: () => {
        client.catchUp();
        options.onLifecycle();
      },
    });
  }

  /** Puts the drafter's merged text in place of the editor's, as local edits sent like any other. */
  applyMerged(doc: Node): void {
    if (this.closed) return;
    this.view.dispatch(replaceDocumentTransaction(this.view.state, doc));
  }

  /** Keeps the unconfirmed steps in browser storage now (the page is being hidden or left). */
  flush(): void {
    this.client.flush();
  }

  /**
   * Takes this editor off the presence list now (the page is being left); the next heartbeat puts
   * it back if the page stays after all (restored from the back-forward cache).
   */
  leave(): void {
    this.options.server.leave(this.clientId);
  }

  /** Leaves: keeps what is unconfirmed, stops listening and posting, takes this editor off the list. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.dispose();
    this.presence.stop();
    this.unsubscribe();
    this.options.server.leave(this.clientId);
    this.view.destroy();
  }

  private showCarets(): void {
    // Not while the drafter composes (CJK input): the next presence list places them again.
    if (this.closed || this.view.composing) return;
    const carets = caretsFromPeople(this.people, this.view.state, {
      clientId: this.clientId,
      version: this.client.version,
      mapsSince: (version) => this.client.mapsSince(version),
    });
    this.view.dispatch(setRemoteCarets(this.view.state, carets));
  }
}
