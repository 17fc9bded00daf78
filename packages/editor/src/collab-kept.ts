/** The part of the Web Storage interface kept steps need, so tests can pass a fake. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Steps of a draft that the authority has not confirmed yet, kept in the browser so a reload or a
 * closed tab loses nothing: the confirmed text they were made on, its step version, the steps, and
 * the client id that made them (the authority lists steps by client id, so a page that takes the
 * steps over with the same id recognises those already accepted).
 */
export interface KeptSteps {
  readonly draftId: string;
  readonly clientId: string;
  /** The confirmed step version the steps follow. */
  readonly version: number;
  /** The document at `version` (ProseMirror JSON). */
  readonly baseDocument: unknown;
  /** The unconfirmed steps (their `toJSON()` form), in order. */
  readonly steps: readonly unknown[];
  /** When they were kept (ISO 8601), to tell the drafter how old they are. */
  readonly keptAt: string;
}

const prefix = 'rapporteur:collab:';

/**
 * Keeps unconfirmed steps in browser storage, one entry per draft and editor (client id), so two
 * tabs of one draft never overwrite each other's steps: written while the drafter types, read when
 * the draft is opened again, removed once the authority has confirmed every step.
 */
export class KeptStepsStore {
  /** Keeps entries in `storage` (localStorage in the browser). */
  constructor(private readonly storage: KeyValueStorage) {}

  /**
   * Keeps (or replaces) one editor's unconfirmed steps; false when the browser refuses to store them
   * (its storage for the site is full, or turned off), and then the entry kept before stays as it was.
   */
  write(kept: KeptSteps): boolean {
    try {
      this.storage.setItem(keyOf(kept.draftId, kept.clientId), JSON.stringify(kept));
      return true;
    } catch {
      return false;
    }
  }

  /** Every entry kept for a draft, newest first. */
  list(draftId: string): KeptSteps[] {
    const own = `${prefix}${draftId}:`;
    const found: KeptSteps[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (!key?.startsWith(own)) continue;
      const kept = parseKept(this.storage.getItem(key), draftId);
      if (kept && key === keyOf(draftId, kept.clientId)) found.push(kept);
    }
    return found.sort((a, b) => (a.keptAt < b.keptAt ? 1 : a.keptAt > b.keptAt ? -1 : 0));
  }

  /** Forgets one editor's entry (every step confirmed, or the drafter discarded them). */
  remove(draftId: string, clientId: string): void {
    this.storage.removeItem(keyOf(draftId, clientId));
  }
}

function keyOf(draftId: string, clientId: string): string {
  return `${prefix}${draftId}:${clientId}`;
}

function parseKept(raw: string | null, draftId: string): KeptSteps | undefined {
  if (raw === null) return undefined;
  try {
    const kept = JSON.parse(raw) as KeptSteps;
    const usable =
      kept.draftId === draftId &&
      typeof kept.clientId === 'string' &&
      Number.isInteger(kept.version) &&
      Array.isArray(kept.steps) &&
      typeof kept.keptAt === 'string';
    return usable ? kept : undefined;
  } catch {
    return undefined;
  }
}
