import type { PendingEdits } from './pending-edits.js';

/** What the drafter sees about saving: all saved, changes waiting, saving now, offline, or a conflict. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'refused';

/** The server's answer to one save, as the page's API client reports it. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly version: number }
  | { readonly kind: 'conflict'; readonly version: number; readonly document: unknown }
  | { readonly kind: 'offline' }
  | { readonly kind: 'refused'; readonly message: string };

/** The other side of a refused save: the server's current version and document. */
export interface Conflict {
  readonly version: number;
  readonly document: unknown;
  /** The document both sides started from, when known (for a three-way merge). */
  readonly baseDocument: unknown;
  /** The edits the server refused. */
  readonly ours: unknown;
}

/** Timers, injectable so tests run without waiting. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** What autosave needs: the draft, the way to save, where to keep pending edits, and its clock. */
export interface AutosaveOptions {
  readonly draftId: string;
  /** The server version the editor's document is based on. */
  readonly baseVersion: number;
  /** The document at that version (ProseMirror JSON). */
  readonly baseDocument: unknown;
  /** Sends a document based on a version to the server. */
  readonly save: (document: unknown, baseVersion: number) => Promise<SaveOutcome>;
  readonly pending: PendingEdits;
  readonly timers: Timers;
  /** The current time as ISO 8601 (for the pending edit's `keptAt`). */
  readonly now: () => string;
  /**
   * How long typing must pause before the edits are kept locally: keeping serialises the whole
   * draft into browser storage, which on a long draft takes longer than a frame, so it waits for a
   * pause rather than landing between two key presses.
   */
  readonly localDelayMs?: number;
  /** The longest edits stay unkept while the drafter types without a pause. */
  readonly localMaxWaitMs?: number;
  /** How long typing must pause before the edits are sent. */
  readonly saveDelayMs?: number;
  /** How long to wait before trying again when offline. */
  readonly retryMs?: number;
  /** Hears every change of status (and the conflict, when there is one). */
  readonly onStatus: (status: SaveStatus, detail?: { conflict?: Conflict; message?: string }) => void;
}

/**
 * Saves a draft as the drafter types: edits are kept in browser storage shortly after typing pauses
 * (at least every few seconds while it does not, and at once on {@link Autosave.flush}, e.g. when
 * the page is hidden), and sent to the server
 * with the version it is based on. The pending copy is forgotten only when the server acknowledges
 * a save that includes it. Offline, it retries; a save refused for an old base version becomes a
 * conflict holding both texts, and nothing more is sent until the drafter has merged them.
 */
export class Autosave {
  private baseVersion: number;
  private baseDocument: unknown;
  private readDocument: (() => unknown) | null = null;
  private revision = 0;
  private keptRevision = 0;
  private savedRevision = 0;
  private inFlight = false;
  private localTimer: unknown = null;
  private localDeadline: unknown = null;
  private saveTimer: unknown = null;
  private current: SaveStatus = 'saved';
  private readonly options: Required<Omit<AutosaveOptions, 'baseVersion' | 'baseDocument'>>;

  /** Starts from a saved document at a version. */
  constructor(options: AutosaveOptions) {
    this.baseVersion = options.baseVersion;
    this.baseDocument = options.baseDocument;
    this.options = { localDelayMs: 500, localMaxWaitMs: 5000, saveDelayMs: 800, retryMs: 3000, ...options };
  }

  /** The status now. */
  get status(): SaveStatus {
    return this.current;
  }

  /** The server version the next save is based on. */
  get version(): number {
    return this.baseVersion;
  }

  /**
   * Records an edit; `read` gives the document as it is now (called only when the edit is kept or
   * sent, not on every keystroke, because serialising a long draft costs time).
   */
  edit(read: () => unknown): void {
    this.readDocument = read;
    this.revision += 1;
    if (this.current === 'conflict' || this.current === 'refused') {
      this.keepSoon();
      return;
    }
    this.setStatus(this.current === 'offline' ? 'offline' : 'unsaved');
    this.keepSoon();
    this.saveSoon(this.options.saveDelayMs);
  }

  /**
   * Follows the server to a newer version whose document is the one the edits are based on (a
   * lifecycle event such as marking a part ready moves the version without touching the text), so
   * the next save is not refused as stale. A newer version with other text is left alone: the next
   * save meets it as a conflict and the drafter merges.
   */
  advance(version: number, versionDocument: unknown): void {
    if (version <= this.baseVersion || this.inFlight) return;
    if (JSON.stringify(versionDocument) !== JSON.stringify(this.baseDocument)) return;
    this.baseVersion = version;
    this.baseDocument = versionDocument;
    if (this.savedRevision !== this.revision) this.keptRevision = -1;
  }

  /** Keeps the latest edits in browser storage now (before the page goes away). */
  flush(): void {
    this.stopKeeping();
    if (this.keptRevision === this.revision || !this.readDocument) return;
    this.options.pending.write({
      draftId: this.options.draftId,
      baseVersion: this.baseVersion,
      document: this.readDocument(),
      baseDocument: this.baseDocument,
      keptAt: this.options.now(),
    });
    this.keptRevision = this.revision;
  }

  /**
   * Continues after a conflict (or on opening a draft with pending edits based on an older version):
   * the merged document is now based on the server's version and is saved at once.
   */
  resolve(merged: () => unknown, version: number, versionDocument: unknown): void {
    this.baseVersion = version;
    this.baseDocument = versionDocument;
    this.readDocument = merged;
    this.revision += 1;
    this.savedRevision = 0;
    this.setStatus('unsaved');
    this.flush();
    this.saveSoon(0);
  }

  /** Stops the timers (when the editor closes), keeping what is pending first. */
  dispose(): void {
    this.flush();
    this.stopKeeping();
    this.options.timers.clear(this.saveTimer);
  }

  private keepSoon(): void {
    const { timers, localDelayMs, localMaxWaitMs } = this.options;
    timers.clear(this.localTimer);
    this.localTimer = timers.set(() => this.flush(), localDelayMs);
    this.localDeadline ??= timers.set(() => this.flush(), localMaxWaitMs);
  }

  private stopKeeping(): void {
    this.options.timers.clear(this.localTimer);
    this.options.timers.clear(this.localDeadline);
    this.localTimer = null;
    this.localDeadline = null;
  }

  private saveSoon(ms: number): void {
    this.options.timers.clear(this.saveTimer);
    this.saveTimer = this.options.timers.set(() => {
      this.saveTimer = null;
      void this.send();
    }, ms);
  }

  private async send(): Promise<void> {
    if (this.inFlight || !this.readDocument || this.savedRevision === this.revision) return;
    if (this.current === 'conflict' || this.current === 'refused') return;
    this.flush();
    this.inFlight = true;
    const revision = this.revision;
    const document = this.readDocument();
    const baseVersion = this.baseVersion;
    this.setStatus('saving');
    let outcome: SaveOutcome;
    try {
      outcome = await this.options.save(document, baseVersion);
    } catch {
      outcome = { kind: 'offline' };
    }
    this.inFlight = false;
    switch (outcome.kind) {
      case 'saved':
        this.baseVersion = outcome.version;
        this.baseDocument = document;
        this.savedRevision = revision;
        this.options.pending.acknowledge(this.options.draftId, baseVersion, document);
        if (this.revision === revision) {
          this.setStatus('saved');
        } else {
          this.keptRevision = -1;
          this.flush();
          this.setStatus('unsaved');
          this.saveSoon(this.options.saveDelayMs);
        }
        return;
      case 'offline':
        this.setStatus('offline');
        this.saveSoon(this.options.retryMs);
        return;
      case 'conflict':
        this.setStatus('conflict', {
          conflict: {
            version: outcome.version,
            document: outcome.document,
            baseDocument: this.baseDocument,
            ours: this.readDocument(),
          },
        });
        return;
      case 'refused':
        this.setStatus('refused', { message: outcome.message });
        return;
    }
  }

  private setStatus(status: SaveStatus, detail?: { conflict?: Conflict; message?: string }): void {
    if (status === this.current && !detail) return;
    this.current = status;
    this.options.onStatus(status, detail);
  }
}
