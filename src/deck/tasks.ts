/**
 * The deck boots in short tasks, so that the browser paints and answers input between them: no step of the
 * boot holds the main thread long enough to be felt (src/main.ts first waits for the first paint).
 */

/** Gives the browser the main thread, then goes on (ahead of other queued tasks where scheduler.yield exists). */
export function nextTask(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
