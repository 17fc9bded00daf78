import type { KeptSteps } from './collab-kept.js';

/** The part of the Web Locks API the editor uses, so tests and old browsers can do without it. */
export interface EditorLocks {
  request(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<void> | null,
  ): Promise<unknown>;
}

function lockName(clientId: string): string {
  return `rapporteur-editor:${clientId}`;
}

/**
 * Holds the lock of an editor's client id for as long as the editor is open (across tabs of this
 * browser): resolves with the function that lets it go, or null when another open editor holds it.
 * Without the Web Locks API every claim succeeds.
 */
export function holdEditorLock(
  clientId: string,
  locks: EditorLocks | undefined,
): Promise<(() => void) | null> {
  if (!locks) return Promise.resolve(() => {});
  return new Promise((resolve) => {
    locks
      .request(lockName(clientId), { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(null);
          return null;
        }
        return new Promise<void>((release) => resolve(() => release()));
      })
      // A browser that refuses locks here (e.g. an insecure page) leaves tabs untold apart.
      .catch(() => resolve(() => {}));
  });
}

/**
 * The newest kept entry of a draft that no open editor owns (its tab was closed or reloaded), with
 * its lock now held by the caller; entries of editors still open in other tabs are left to them.
 */
export async function claimKeptSteps(
  entries: readonly KeptSteps[],
  locks: EditorLocks | undefined,
): Promise<{ kept: KeptSteps; release: () => void } | undefined> {
  for (const kept of entries) {
    const release = await holdEditorLock(kept.clientId, locks);
    if (release) return { kept, release };
  }
  return undefined;
}
