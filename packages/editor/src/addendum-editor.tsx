import { addendumSchema, type DocumentPart, type DocumentProblem, validate } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { type Command, type EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createAddendumView } from './addendum-view.js';
import { Autosave, type Conflict, type SaveOutcome, type SaveStatus } from './autosave.js';
import {
  insertCrossReference,
  insertSubsection,
  insertSymbol,
  setParagraphNumbered,
  toSubheading,
} from './block-commands.js';
import type { IdSource } from './block-ids.js';
import { editorCss } from './editor-css.js';
import { createAddendumState } from './editor-state.js';
import { liftItem, paragraphToItem, sinkItem } from './item-commands.js';
import { shortcuts } from './keymap.js';
import { MergeView } from './merge-view.js';
import { currentNumbering } from './numbering-plugin.js';
import { type KeyValueStorage, PendingEdits } from './pending-edits.js';
import { readyParts, setReadyParts } from './read-only-parts.js';

/** A document of the session, offered by the symbol picker. */
export interface SessionDocument {
  readonly symbol: string;
  readonly title: string;
}

/** What the editor component needs: the draft as the server holds it and how to save it. */
export interface AddendumEditorProps {
  readonly draftId: string;
  /** The document at `version` (ProseMirror JSON from the API). */
  readonly document: unknown;
  readonly version: number;
  readonly language: OfficialLanguage;
  /**
   * The parts marked ready in the lifecycle: read-only until reopened. The editor follows changes
   * of this prop without reloading.
   */
  readonly readyParts: readonly DocumentPart[];
  /** The session's documents, for the symbol picker. */
  readonly sessionDocuments: readonly SessionDocument[];
  /** Sends the document based on a version; the page's API client. */
  readonly save: (document: unknown, baseVersion: number) => Promise<SaveOutcome>;
  /** Hears each save the server acknowledged, with the draft's new version. */
  readonly onSaved?: (version: number) => void;
  /** Where unacknowledged edits are kept (localStorage by default). */
  readonly storage?: KeyValueStorage;
  /** Fresh block ids (random UUIDs by default). */
  readonly newId?: IdSource;
}

const statusText: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  offline: 'Offline: changes kept in this browser',
  conflict: 'Conflict: someone else saved; merge below',
  refused: 'Not saved',
};

const label = (text: string, keys: string) => `${text} (${keys.replace('Mod', 'Ctrl')})`;

/**
 * The drafting editor: toolbar, the numbered document, the problems panel and the save status.
 * Browser only (mount it with `ssr: false`). Edits are saved automatically with their base
 * version and kept in browser storage until the server acknowledges them; a refused save opens
 * the merge view with both texts.
 */
export function AddendumEditor(props: AddendumEditorProps) {
  const { draftId, language } = props;
  const mount = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [problems, setProblems] = useState<DocumentProblem[]>([]);
  const [picker, setPicker] = useState<'symbol' | 'reference' | null>(null);
  const newId = useRef<IdSource>(props.newId ?? (() => crypto.randomUUID())).current;

  const makeState = useCallback(
    (doc: Node): EditorState =>
      createAddendumState({
        doc,
        language,
        newId,
        readyParts: propsRef.current.readyParts,
        onRefused: (refusal) => setNotice(refusal.message),
      }),
    [language, newId],
  );

  useEffect(() => {
    const { document: serverJson, version, save, storage } = propsRef.current;
    const pending = new PendingEdits(storage ?? window.localStorage);
    const serverDoc = addendumSchema.nodeFromJSON(serverJson);
    const kept = pending.read(draftId);
    let start = serverDoc;
    let unsentOnOpen = false;
    if (kept && kept.baseVersion === version) {
      try {
        start = addendumSchema.nodeFromJSON(kept.document);
        unsentOnOpen = !start.eq(serverDoc);
        if (unsentOnOpen)
          setNotice(`Restored edits kept in this browser at ${kept.keptAt} that had not been saved.`);
      } catch {
        start = serverDoc;
      }
    }
    let validationTimer: ReturnType<typeof setTimeout> | undefined;
    const validateSoon = () => {
      clearTimeout(validationTimer);
      validationTimer = setTimeout(() => {
        if (viewRef.current) setProblems(validate(viewRef.current.state.doc));
      }, 400);
    };
    const autosave = new Autosave({
      draftId,
      baseVersion: version,
      baseDocument: serverJson,
      save,
      pending,
      timers: { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as number) },
      now: () => new Date().toISOString(),
      onStatus: (next, detail) => {
        if (next === 'saved') propsRef.current.onSaved?.(autosave.version);
        setStatus(next);
        setMessage(detail?.message ?? null);
        if (detail?.conflict) setConflict(detail.conflict);
      },
    });
    autosaveRef.current = autosave;
    const view = createAddendumView(mount.current!, makeState(start), {
      language,
      newId,
      onTransaction: (tr, state) => {
        if (!tr.docChanged) return;
        autosave.edit(() => state.doc.toJSON());
        validateSoon();
      },
    });
    viewRef.current = view;
    setProblems(validate(view.state.doc));
    if (unsentOnOpen) autosave.edit(() => view.state.doc.toJSON());
    if (kept && kept.baseVersion !== version) {
      setConflict({
        version,
        document: serverJson,
        baseDocument: kept.baseDocument,
        ours: kept.document,
      });
      setStatus('conflict');
    }
    const keep = () => autosave.flush();
    const keepWhenHidden = () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    };
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    document.addEventListener('visibilitychange', keepWhenHidden);
    return () => {
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
      document.removeEventListener('visibilitychange', keepWhenHidden);
      clearTimeout(validationTimer);
      autosave.dispose();
      view.destroy();
      viewRef.current = null;
    };
  }, [draftId, language, makeState, newId]);

  const readyKey = [...props.readyParts].sort().join(' ');
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const parts = readyKey === '' ? [] : (readyKey.split(' ') as DocumentPart[]);
    const now = readyParts(view.state);
    if (now.size === parts.length && parts.every((part) => now.has(part))) return;
    view.dispatch(setReadyParts(view.state, parts));
  }, [readyKey]);

  const { version: serverVersion, document: serverDocument } = props;
  useEffect(() => {
    autosaveRef.current?.advance(serverVersion, serverDocument);
  }, [serverVersion, serverDocument]);

  const runCommand = (command: Command) => {
    const view = viewRef.current;
    if (!view) return;
    command(view.state, view.dispatch);
    view.focus();
  };

  const merged = (doc: Node) => {
    const view = viewRef.current;
    const autosave = autosaveRef.current;
    if (!view || !autosave || !conflict) return;
    view.updateState(makeState(doc));
    autosave.resolve(() => view.state.doc.toJSON(), conflict.version, conflict.document);
    setConflict(null);
    setProblems(validate(view.state.doc));
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
        <output className="rp-status" data-status={status} aria-live="polite">
          {message ? `${statusText[status]}: ${message}` : statusText[status]}
        </output>
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
      {conflict && <MergeView conflict={conflict} newId={newId} onMerged={merged} />}
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
