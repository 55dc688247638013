/**
 * Which screen a tab shows, kept in sessionStorage: per tab, it survives a reload and a visit to the deck and
 * back (the "revoir la diapo" link), while progress itself lives in localStorage for every tab.
 */
import { DEFAULT_LIMIT, type StudyPlan } from './session.ts';

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

/**
 * A convenience kept in the browser: read back with its parser, written as JSON. Without storage (refused,
 * full), nothing is read and nothing is written: the page works from its defaults.
 */
function kept<T>(storage: () => Storage | undefined, key: (slug: string) => string, parse: (text: string | null) => T) {
  return {
    load(slug: string): T | undefined {
      try {
        return parse(storage()?.getItem(key(slug)) ?? null);
      } catch {
        return undefined;
      }
    },
    save(slug: string, value: T): void {
      try {
        storage()?.setItem(key(slug), JSON.stringify(value));
      } catch {
        // See above: a convenience only.
      }
    },
  };
}

/** Per tab: a reload, or a visit to the deck and back, comes back to the same screen. */
const views = kept(() => globalThis.sessionStorage, viewKey, parseView);
export const loadView = views.load;
export const saveView = views.save;

/** The learner's last choice on the home screen (scope, mode, count), kept for every tab in localStorage. */
export function planKey(slug: string): string {
  return `summit-recap:plan:${slug}`;
}

/** The stored plan, or undefined when there is none or it cannot be read; stray values are dropped. */
export function parsePlan(text: string | null): StudyPlan | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { mode, filter, limit } = value as Record<string, unknown>;
    const ids = (list: unknown) =>
      Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string').slice(0, 200) : [];
    const groups = typeof filter === 'object' && filter !== null ? (filter as Record<string, unknown>) : {};
    return {
      mode: mode === 'review' ? 'review' : 'quiz',
      filter: { releases: ids(groups.releases), projects: ids(groups.projects), talks: ids(groups.talks) },
      limit: typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= 500 ? limit : DEFAULT_LIMIT,
    };
  } catch {
    return undefined;
  }
}

/** For every tab: the home screen starts from the last choice. */
const plans = kept(() => globalThis.localStorage, planKey, parsePlan);
export const loadPlan = plans.load;
export const savePlan = plans.save;
