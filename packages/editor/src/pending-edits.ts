/** The part of the Web Storage interface pending edits need, so tests can pass a fake. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Edits of a draft that the server has not acknowledged yet, kept in the browser. */
export interface PendingEdit {
  readonly draftId: string;
  /** The server version the edits were made on. */
  readonly baseVersion: number;
  /** The document as edited (ProseMirror JSON). */
  readonly document: unknown;
  /** The document at `baseVersion`, so a later conflict can be merged three ways. */
  readonly baseDocument: unknown;
  /** When the edits were kept (ISO 8601), to tell the user how old they are. */
  readonly keptAt: string;
}

const prefix = 'rapporteur:pending:';

/**
 * Keeps unacknowledged edits in browser storage, keyed by draft id and base version, so that a
 * reload or a closed tab loses nothing: written while the drafter types, read when the draft is
 * opened again, removed once the server acknowledges a save that includes them.
 */
export class PendingEdits {
  /** Keeps edits in `storage` (localStorage in the browser). */
  constructor(private readonly storage: KeyValueStorage) {}

  /** Keeps the edits, replacing any older pending edits of the same draft. */
  write(edit: PendingEdit): void {
    const value = JSON.stringify(edit);
    for (const key of this.keysOf(edit.draftId)) this.storage.removeItem(key);
    this.storage.setItem(`${prefix}${edit.draftId}:${edit.baseVersion}`, value);
  }

  /** The pending edits of a draft (the newest base version if several), or undefined. */
  read(draftId: string): PendingEdit | undefined {
    let newest: PendingEdit | undefined;
    for (const key of this.keysOf(draftId)) {
      const edit = parseEdit(this.storage.getItem(key), draftId);
      if (edit && (!newest || edit.baseVersion > newest.baseVersion)) newest = edit;
    }
    return newest;
  }

  /**
   * Forgets the pending edits of a draft once the server has acknowledged them; edits kept after
   * the acknowledged save was sent (another base version or another document) stay.
   */
  acknowledge(draftId: string, baseVersion: number, document: unknown): void {
    const key = `${prefix}${draftId}:${baseVersion}`;
    const edit = parseEdit(this.storage.getItem(key), draftId);
    if (edit && JSON.stringify(edit.document) === JSON.stringify(document)) this.storage.removeItem(key);
  }

  /** Forgets every pending edit of a draft (after the drafter discards them or merges them). */
  clear(draftId: string): void {
    for (const key of this.keysOf(draftId)) this.storage.removeItem(key);
  }

  private keysOf(draftId: string): string[] {
    const keys: string[] = [];
    const own = `${prefix}${draftId}:`;
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key?.startsWith(own) && /^\d+$/.test(key.slice(own.length))) keys.push(key);
    }
    return keys;
  }
}

function parseEdit(raw: string | null, draftId: string): PendingEdit | undefined {
  if (raw === null) return undefined;
  try {
    const edit = JSON.parse(raw) as PendingEdit;
    return edit.draftId === draftId && Number.isInteger(edit.baseVersion) ? edit : undefined;
  } catch {
    return undefined;
  }
}
