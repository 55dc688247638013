/**
 * The deck boots in short tasks, so that the browser paints and answers input between them: no step of the
 * boot holds the main thread long enough to be felt.
 */

/** Gives the browser the main thread, then goes on (ahead of other queued tasks where scheduler.yield exists). */
export function nextTask(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the page has painted its first frame: at once when it has (or when it is hidden, and paints
 * nothing), else after the next frame. The prerendered slide thus paints before any of the deck's code runs.
 */
export function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) {
    return Promise.resolve();
  }
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
