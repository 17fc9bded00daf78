import { addendumSchema, type DocumentPart, type DocumentProblem, validate } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { TemplateContainment } from '@rapporteur/templates';
import { toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { type Command, type EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createAddendumView } from './addendum-view.js';
import {
  insertCrossReference,
  insertSubsection,
  insertSymbol,
  setParagraphNumbered,
  toSubheading,
} from './block-commands.js';
import type { IdSource } from './block-ids.js';
import type { CollabStatus } from './collab-client.js';
import { KeptStepsStore, type KeyValueStorage } from './collab-kept.js';
import { claimKeptSteps, type EditorLocks, holdEditorLock } from './collab-locks.js';
import type { CollabServer, PresencePerson } from './collab-protocol.js';
import { planCollabStart } from './collab-restore.js';
import { CollabSession } from './collab-session.js';
import { unsentText } from './collab-sync.js';
import { takeBrowserSelection } from './dom-selection.js';
import { editorCss } from './editor-css.js';
import { createAddendumState } from './editor-state.js';
import { liftItem, paragraphToItem, sinkItem } from './item-commands.js';
import { shortcuts } from './keymap.js';
import { type Conflict, MergeView } from './merge-view.js';
import { currentNumbering } from './numbering-plugin.js';
import { readyParts, setReadyParts } from './read-only-parts.js';

/** A document of the session, offered by the symbol picker. */
export interface SessionDocument {
  readonly symbol: string;
  readonly title: string;
}

/** What the editor component needs: the draft, and the co-editing server it edits it through. */
export interface AddendumEditorProps {
  readonly draftId: string;
  readonly language: OfficialLanguage;
  /**
   * The parts marked ready in the lifecycle: read-only until reopened. The editor follows changes
   * of this prop without reloading.
   */
  readonly readyParts: readonly DocumentPart[];
  /**
   * Ids of the blocks the draft's template locks, as the server keeps them with the draft (`lockedIds`
   * of GET /api/drafts/:id): locked headings and blocks cannot be deleted or reworded.
   */
  readonly lockedIds: readonly string[];
  /**
   * Where the draft's template lets each kind of block go (GET /api/templates/:name), or null for a
   * draft without a template. Read when the editor opens.
   */
  readonly containment: TemplateContainment | null;
  /** The session's documents, for the symbol picker. */
  readonly sessionDocuments: readonly SessionDocument[];
  /** The draft's co-editing server (the page's client of `…/steps`, `…/events`, `…/presence`). */
  readonly server: CollabServer;
  /** Hears the people in the draft (this editor included) each time the list changes. */
  readonly onPeople?: (people: readonly PresencePerson[]) => void;
  /** Hears that the draft's lifecycle changed (the page reloads it; read-only parts follow). */
  readonly onLifecycle?: () => void;
  /** Where unconfirmed steps are kept (localStorage by default). */
  readonly storage?: KeyValueStorage;
  /** Fresh block ids (random UUIDs by default). */
  readonly newId?: IdSource;
  /** This editor's client id (a random UUID by default). */
  readonly newClientId?: () => string;
  /** Tells open editors in other tabs apart (navigator.locks by default). */
  readonly locks?: EditorLocks;
}

/** What the drafter sees about saving: the collab client's status, or a merge to settle. */
type EditorStatus = CollabStatus | 'conflict';

/** A merge the drafter settles: both texts, and the kept entry to forget once merged. */
type PendingMerge = Conflict & { readonly keptClientId?: string; readonly title: string };

const statusText: Record<EditorStatus, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  offline: 'Offline: changes kept in this browser',
  conflict: 'Conflict: merge your edits below',
  refused: 'Not saved',
};

/** Writes the save status (and the server's message, if any) into the status element. */
function writeStatus(element: HTMLOutputElement | null, status: EditorStatus, message: string | null): void {
  if (!element) return;
  const text = message ? `${statusText[status]}: ${message}` : statusText[status];
  if (element.dataset.status !== status) element.dataset.status = status;
  if (element.textContent !== text) element.textContent = text;
}

/** How long "saved" must hold before the status line says so after "saving". */
const savedShownAfterMs = 1000;

const label = (text: string, keys: string) => `${text} (${keys.replace('Mod', 'Ctrl')})`;

/**
 * The drafting editor: toolbar, the numbered document, the problems panel and the save status.
 * Browser only (mount it with `ssr: false`). Several people edit one draft at once: each edit is
 * sent as ProseMirror steps to the central authority, other people's steps and carets arrive over
 * the draft's event stream, and unconfirmed steps are kept in browser storage until confirmed.
 * Edits that could not be replayed (kept from an old text, or dropped by a rebase) open the merge
 * view with both texts; edits the lifecycle refuses stay visible, with the reason and their text to
 * copy.
 */
export function AddendumEditor(props: AddendumEditorProps) {
  const { draftId, language } = props;
  const mount = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const sessionRef = useRef<CollabSession | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  // The save status flips between saving and saved at every pause in typing; it is written into
  // its element directly (showStatus) because a React commit while the editor has focus makes React
  // measure the selection as text offsets through the whole document, which on a long draft costs
  // more than a keystroke. Only a refusal, which needs its own controls, goes through React state.
  const sync = useRef<{ status: CollabStatus; message: string | null }>({ status: 'saved', message: null });
  const statusLine = useRef<HTMLOutputElement>(null);
  const [refusal, setRefusal] = useState<{ message: string | null; unsent: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The browser refused to keep unsaved edits in its storage (full, or turned off).
  const [unkept, setUnkept] = useState(false);
  const [conflict, setConflict] = useState<PendingMerge | null>(null);
  const conflictRef = useRef(conflict);
  const showStatus = useCallback(
    () =>
      writeStatus(
        statusLine.current,
        conflictRef.current ? 'conflict' : sync.current.status,
        sync.current.message,
      ),
    [],
  );
  useLayoutEffect(() => {
    conflictRef.current = conflict;
    showStatus();
  }, [showStatus, conflict]);
  const [problems, setProblems] = useState<DocumentProblem[]>([]);
  const [picker, setPicker] = useState<'symbol' | 'reference' | null>(null);
  const newId = useRef<IdSource>(props.newId ?? (() => crypto.randomUUID())).current;

  const makeState = useCallback(
    (doc: Node, collab: { version: number; clientId: string }): EditorState =>
      createAddendumState({
        doc,
        language,
        newId,
        readyParts: propsRef.current.readyParts,
        lockedIds: propsRef.current.lockedIds,
        containment: propsRef.current.containment,
        onRefused: (refusal) => setNotice(refusal.message),
        collab,
      }),
    [language, newId],
  );

  useEffect(() => {
    const { server, storage, newClientId, locks } = propsRef.current;
    const kept = new KeptStepsStore(storage ?? window.localStorage);
    const browserLocks = locks ?? (navigator as { locks?: EditorLocks }).locks;
    const releases: Array<() => void> = [];
    let session: CollabSession | null = null;
    let cancelled = false;
    // Validation reads the whole draft and re-renders the problems panel: it waits for a pause in
    // typing, then for the browser to be idle, so it never lands between two key presses.
    let validationTimer: ReturnType<typeof setTimeout> | undefined;
    let validationIdle: number | undefined;
    const stopValidation = () => {
      clearTimeout(validationTimer);
      if (validationIdle !== undefined) cancelIdleCallback(validationIdle);
      validationIdle = undefined;
    };
    const validateSoon = () => {
      stopValidation();
      validationTimer = setTimeout(() => {
        validationIdle = requestIdleCallback(
          () => {
            validationIdle = undefined;
            if (viewRef.current) setProblems(validate(viewRef.current.state.doc));
          },
          { timeout: 2000 },
        );
      }, 400);
    };
    let savedTimer: ReturnType<typeof setTimeout> | undefined;
    const open = async () => {
      const start = await server.load();
      const claimed = await claimKeptSteps(kept.list(draftId), browserLocks);
      if (claimed) releases.push(claimed.release);
      const plan = planCollabStart(start, claimed?.kept, newClientId ?? (() => crypto.randomUUID()));
      if (plan.clientId !== claimed?.kept.clientId) {
        const release = await holdEditorLock(plan.clientId, browserLocks);
        if (release) releases.push(release);
        if (claimed && !plan.merge) kept.remove(draftId, claimed.kept.clientId);
      }
      if (cancelled) {
        // Closed while opening: the locks taken meanwhile were not there for the clean-up to free.
        for (const release of releases) release();
        return;
      }
      session = new CollabSession({
        draftId,
        server,
        plan,
        makeState,
        mount: (state, onTransaction) =>
          createAddendumView(mount.current!, state, { language, newId, onTransaction }),
        kept,
        timers: { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as number) },
        now: () => new Date().toISOString(),
        onStatus: (next, detail) => {
          sync.current = { status: next, message: detail ?? null };
          clearTimeout(savedTimer);
          // While the drafter types, every key is sent and confirmed in turn; "saved" is shown once
          // it has held for a moment, so the status does not redraw the page twice per key (and
          // never claims more than is saved: "saving" shows at once).
          if (next === 'saved' && statusLine.current?.dataset.status === 'saving') {
            savedTimer = setTimeout(showStatus, savedShownAfterMs);
          } else showStatus();
          if (next === 'refused' && session) {
            const unsent = unsentText(session.client.confirmedDoc, session.view.state.doc);
            setRefusal({ message: detail ?? null, unsent });
          } else setRefusal((now) => (now === null ? now : null));
        },
        onLost: (lost) =>
          setConflict({
            title: 'Someone else changed text you were editing; your edits there could not be placed',
            version: lost.version,
            document: lost.theirs.toJSON(),
            baseDocument: lost.base.toJSON(),
            ours: lost.ours.toJSON(),
          }),
        onKeptLocally: (keptLocally) => setUnkept(!keptLocally),
        onPeople: (people) => propsRef.current.onPeople?.(people),
        onLifecycle: () => propsRef.current.onLifecycle?.(),
        onTransaction: (tr) => {
          if (tr.docChanged) validateSoon();
        },
      });
      sessionRef.current = session;
      viewRef.current = session.view;
      setProblems(validate(session.view.state.doc));
      if (plan.steps.length > 0 && plan.keptAt) {
        setNotice(`Restored edits kept in this browser at ${plan.keptAt} that had not been saved.`);
      }
      if (plan.merge) {
        setConflict({
          title: `Edits kept in this browser at ${plan.merge.keptAt} were made on an older text`,
          version: plan.version,
          document: plan.merge.theirs.toJSON(),
          baseDocument: plan.merge.base?.toJSON() ?? null,
          ours: plan.merge.ours.toJSON(),
          keptClientId: plan.merge.clientId,
        });
      }
    };
    open().catch((error: unknown) => {
      if (!cancelled) setLoadError(`The draft could not be opened: ${(error as Error).message}`);
    });
    const keep = () => session?.flush();
    const leave = () => {
      session?.flush();
      session?.leave();
    };
    const keepWhenHidden = () => {
      if (document.visibilityState === 'hidden') session?.flush();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', keep);
    document.addEventListener('visibilitychange', keepWhenHidden);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', keep);
      document.removeEventListener('visibilitychange', keepWhenHidden);
      stopValidation();
      clearTimeout(savedTimer);
      session?.dispose();
      for (const release of releases) release();
      sessionRef.current = null;
      viewRef.current = null;
    };
  }, [draftId, language, makeState, newId, showStatus]);

  const readyKey = [...props.readyParts].sort().join(' ');
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const parts = readyKey === '' ? [] : (readyKey.split(' ') as DocumentPart[]);
    const now = readyParts(view.state);
    if (now.size === parts.length && parts.every((part) => now.has(part))) return;
    view.dispatch(setReadyParts(view.state, parts));
  }, [readyKey]);

  const runCommand = (command: Command) => {
    const view = viewRef.current;
    if (!view) return;
    takeBrowserSelection(view);
    command(view.state, view.dispatch);
    view.focus();
  };

  const merged = (doc: Node) => {
    const session = sessionRef.current;
    if (!session || !conflict) return;
    session.applyMerged(doc);
    if (conflict.keptClientId) {
      new KeptStepsStore(propsRef.current.storage ?? window.localStorage).remove(
        draftId,
        conflict.keptClientId,
      );
    }
    setConflict(null);
    setProblems(validate(session.view.state.doc));
  };

  const jumpTo = (problem: DocumentProblem) => {
    const view = viewRef.current;
    if (!view) return;
    let pos = Math.min(problem.pos, view.state.doc.content.size);
    if (problem.id) {
      view.state.doc.descendants((node, at) => {
        if (node.attrs.id === problem.id) pos = at;
        return pos !== at;
      });
    }
    const selection = TextSelection.near(
      view.state.doc.resolve(Math.min(pos + 1, view.state.doc.content.size)),
    );
    view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
    view.focus();
  };

  const paragraphs = () => {
    const view = viewRef.current;
    if (!view) return [];
    const numbering = currentNumbering(view.state);
    const found: Array<{ id: string; label: string; text: string }> = [];
    view.state.doc.descendants((node) => {
      if (node.type.name === 'paragraph' && node.attrs.numbered) {
        const shown = numbering.byId(String(node.attrs.id))?.label;
        if (shown)
          found.push({ id: String(node.attrs.id), label: shown, text: node.textContent.slice(0, 70) });
      }
      return !node.isTextblock;
    });
    return found;
  };

  const button = (text: string, title: string, command: Command) => (
    <button
      type="button"
      title={title}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => runCommand(command)}
    >
      {text}
    </button>
  );

  return (
    <div className="rp-shell">
      <style>{editorCss}</style>
      <div className="rp-toolbar" role="toolbar" aria-label="Formatting">
        {button(
          '1. Paragraph',
          label('Numbered paragraph', shortcuts.numberedParagraph),
          setParagraphNumbered(true),
        )}
        {button(
          'Paragraph',
          label('Unnumbered paragraph', shortcuts.unnumberedParagraph),
          setParagraphNumbered(false),
        )}
        {button('(a) Item', label('Lettered item', shortcuts.items), paragraphToItem)}
        {button('Indent item', label('Item one level down', shortcuts.sinkItem), sinkItem)}
        {button('Outdent item', label('Item one level up', shortcuts.liftItem), liftItem)}
        {button('Sub-heading', label('Unnumbered sub-heading', shortcuts.subheading), toSubheading)}
        {button('New 1. heading', label('Numbered sub-heading', shortcuts.subsection), insertSubsection)}
        {button('Emphasis', label('Emphasis', shortcuts.emphasis), toggleMark(addendumSchema.marks.em))}
        {button('Strong', label('Strong', shortcuts.strong), toggleMark(addendumSchema.marks.strong))}
        {button('Undo', label('Undo', shortcuts.undo), undo)}
        {button('Redo', label('Redo', shortcuts.redo), redo)}
        <span className="rp-picker">
          <button
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setPicker(picker === 'reference' ? null : 'reference')}
          >
            Cross-reference…
          </button>
          {picker === 'reference' && (
            <ul aria-label="Paragraphs">
              {paragraphs().map((paragraph) => (
                <li key={paragraph.id}>
                  <button
                    type="button"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setPicker(null);
                      runCommand(insertCrossReference(paragraph.id));
                    }}
                  >
                    {paragraph.label} {paragraph.text}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </span>
        <span className="rp-picker">
          <button
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setPicker(picker === 'symbol' ? null : 'symbol')}
          >
            Document symbol…
          </button>
          {picker === 'symbol' && (
            <ul aria-label="Session documents">
              {props.sessionDocuments.length === 0 && <li>No documents listed for this session.</li>}
              {props.sessionDocuments.map((document) => (
                <li key={document.symbol}>
                  <button
                    type="button"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setPicker(null);
                      runCommand(insertSymbol(document.symbol));
                    }}
                  >
                    {document.symbol} — {document.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </span>
        <output ref={statusLine} className="rp-status" aria-live="polite" />
      </div>
      {notice && (
        <div className="rp-notice" role="status">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {props.readyParts.length > 0 && (
        <div className="rp-notice">
          Marked ready (read-only until reopened):{' '}
          {props.readyParts
            .map((part) => (part === 'actionTaken' ? 'action taken' : 'deliberations'))
            .join(', ')}
        </div>
      )}
      {unkept && (
        <p className="rp-notice" role="alert">
          This browser refused to keep your unsaved edits (its storage for this site is full or turned off).
          Until the status says saved, they exist only on this page: keep it open.
        </p>
      )}
      {loadError && (
        <p className="rp-notice" role="alert">
          {loadError}
        </p>
      )}
      {refusal && (
        <section className="rp-notice rp-refused" aria-label="Edits not saved">
          <p role="alert">
            The server refused your latest edits: {refusal.message ?? 'no reason given'}. They stay on this
            page (and in this browser) until you discard them; copy the text below to keep it elsewhere.
          </p>
          {refusal.unsent ? (
            <textarea
              readOnly
              aria-label="Your unsaved text"
              value={refusal.unsent}
              rows={Math.min(8, refusal.unsent.split('\n').length + 1)}
            />
          ) : null}
          <button
            type="button"
            onClick={() => {
              if (refusal.unsent) void navigator.clipboard?.writeText(refusal.unsent);
            }}
          >
            Copy the unsaved text
          </button>{' '}
          <button type="button" onClick={() => sessionRef.current?.client.retry()}>
            Try again
          </button>{' '}
          <button type="button" onClick={() => sessionRef.current?.client.discard()}>
            Discard the unsaved edits
          </button>
        </section>
      )}
      {conflict && <MergeView conflict={conflict} title={conflict.title} newId={newId} onMerged={merged} />}
      <div ref={mount} className="rp-document" />
      <aside className="rp-side" aria-label="Problems">
        <h2>Problems ({problems.length})</h2>
        {problems.length === 0 ? (
          <p>No problems found.</p>
        ) : (
          <ol>
            {problems.map((problem) => (
              <li key={`${problem.code}-${problem.pos}-${problem.message}`}>
                <button type="button" data-code={problem.code} onClick={() => jumpTo(problem)}>
                  {problem.message}
                </button>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}
