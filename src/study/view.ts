/**
 * Which screen a tab shows, kept in sessionStorage: per tab, it survives a reload and a visit to the deck and
 * back (the "revoir la diapo" link), while progress itself lives in localStorage for every tab.
 */
export type View =
  | { screen: 'home' }
  /** `feedback`: the question whose feedback is on screen (answered, not yet moved on from). */
  | { screen: 'quiz'; session: string; feedback?: string }
  /** `session` undefined: every session. */
  | { screen: 'results'; session?: string };

export function viewKey(slug: string): string {
  return `summit-recap:view:${slug}`;
}

/** The stored view, or undefined when there is none or it cannot be read. */
export function parseView(text: string | null): View | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { screen, session, feedback } = value as Record<string, unknown>;
    const optional = (field: unknown) => (typeof field === 'string' ? field : undefined);
    if (screen === 'home') return { screen };
    if (screen === 'quiz' && typeof session === 'string') return { screen, session, feedback: optional(feedback) };
    if (screen === 'results') return { screen, session: optional(session) };
  } catch {
    // An unreadable view is no view.
  }
  return undefined;
}

export function loadView(slug: string): View | undefined {
  try {
    return parseView(globalThis.sessionStorage?.getItem(viewKey(slug)) ?? null);
  } catch {
    return undefined;
  }
}

export function saveView(slug: string, view: View): void {
  try {
    globalThis.sessionStorage?.setItem(viewKey(slug), JSON.stringify(view));
  } catch {
    // The view is a convenience: without sessionStorage, a reload opens the session in progress or home.
  }
}
