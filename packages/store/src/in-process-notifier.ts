import { dispatchNotice, type NoticeListener, type StoreNotifier } from './notices.js';

/**
 * The notifier of an embedded (SQLite) store, for one server: notices go from the writer to the
 * listeners of the same process. A notice is handed over on the next turn of the event loop, after
 * the announcing transaction has finished; and since the store's SQLite connection runs one
 * transaction at a time, a listener's read of the store always sees the committed change. A
 * transaction that rolls back after announcing leaves a notice of nothing new (listeners read and
 * find nothing). Writers in other processes are not heard.
 */
export function createInProcessNotifier(): StoreNotifier {
  const listeners = new Set<NoticeListener>();
  return {
    async subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async announce(_executor, ...notices) {
      setImmediate(() => {
        for (const notice of notices) dispatchNotice(listeners, notice);
      });
    },
    async close() {
      listeners.clear();
    },
  };
}
