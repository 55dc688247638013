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

export function loadPlan(slug: string): StudyPlan | undefined {
  try {
    return parsePlan(globalThis.localStorage?.getItem(planKey(slug)) ?? null);
  } catch {
    return undefined;
  }
}

export function savePlan(slug: string, plan: StudyPlan): void {
  try {
    globalThis.localStorage?.setItem(planKey(slug), JSON.stringify(plan));
  } catch {
    // The last choice is a convenience: without storage, the home screen starts from "everything".
  }
}
