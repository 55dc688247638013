/**
 * reveal.js can be driven through window messages (its postMessage API: go to a slide, show any address as a
 * preview overlay), which its speaker view uses from windows of the deck's own origin. Any other page could frame
 * the deck and send the same messages: only messages from this page's origin reach the deck. From file://,
 * where every page's origin is opaque ("null"), messages from the deck's own windows are told by their source.
 */
export function guardMessages(page: Window): () => void {
  const guard = (event: MessageEvent) => {
    if (event.origin === page.location.origin && event.origin !== 'null') return;
    if (page.location.protocol === 'file:' && ownWindow(page, event.source)) return;
    event.stopImmediatePropagation();
  };
  // Capture, registered before reveal.js starts: the guard runs before any other listener on the window.
  page.addEventListener('message', guard, true);
  return () => page.removeEventListener('message', guard, true);
}

/** The speaker view's window (opened by this page) or frames (in it), or this page's opener or parent. */
function ownWindow(page: Window, source: MessageEventSource | null): boolean {
  if (!source || !('postMessage' in source) || source instanceof MessagePort) return false;
  const other = source as Window;
  return other === page.opener || other === page.parent || other.opener === page || other.parent.opener === page;
}
