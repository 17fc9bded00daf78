import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * Whether the page's script has taken over the server-rendered markup: false in the server's HTML
 * and while React hydrates it, true after. Buttons of forms rendered on the server stay disabled
 * until then, because a click before hydration does nothing (or, for a submit, makes the browser
 * send the form itself, fields in the URL) and is lost without a word.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
