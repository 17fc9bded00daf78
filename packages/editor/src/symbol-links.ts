/**
 * How a symbol's link works on the editing surface.
 *
 * In a text being edited a click places the caret; browsers do not follow links there. So a symbol
 * is drawn as an `<a>` that carries its document's address in `data-href`, not `href`, and opens it
 * on Ctrl- or ⌘-click, as word processors do. Copies keep real links (`href`, see dom-specs.ts).
 *
 * Not using `href` matters for speed too. Chromium watches every `<a href>` on the page with a
 * link-prediction intersection observer that runs at most every 100 ms. While the text changes, it
 * asks for a frame every 100 ms that draws nothing, and a key that arrives just after such a frame
 * has to wait for it to end. With the symbols of a long draft on screen that was about one key
 * press in seven, and it is what made typing slower than in a bare editor (the typing bench,
 * tests/bench/editor-typing.bench.ts).
 */

/** The tooltip of a symbol on the editing surface: where it leads and how to open it. */
export function symbolLinkTitle(href: string): string {
  return `${href} (Ctrl-click or ⌘-click to open)`;
}

/** The web address a symbol element carries, when it is one this editor drew (http or https only). */
function symbolAddress(element: Element): string | null {
  const href = element.getAttribute('data-href');
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Opens the document of the symbol that a Ctrl- or ⌘-click landed on in a new tab (with no access
 * back to the editor's page) and reports the click handled; any other click is left to the editor.
 */
export function openSymbolOnModClick(event: MouseEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.button !== 0) return false;
  const target = event.target as Element | null;
  const symbol = target?.closest?.('a.rp-symbol');
  const address = symbol ? symbolAddress(symbol) : null;
  if (!address) return false;
  event.preventDefault();
  symbol!.ownerDocument.defaultView?.open(address, '_blank', 'noopener,noreferrer');
  return true;
}
