/**
 * The browser's `localStorage` or `sessionStorage`, or undefined where reading it throws (storage disabled,
 * sandboxed frames). It is not written to here: full storage still reads, and a full one is said so when a save
 * fails. Every page finds its storage here.
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | undefined {
  try {
    const storage = globalThis[kind];
    storage.getItem('summit-recap:probe');
    return storage;
  } catch {
    return undefined;
  }
}
