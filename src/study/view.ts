/**
 * Which screen a tab shows, kept in sessionStorage: per tab, it survives a reload and a visit to the deck and
 * back (the "revoir la diapo" link), while progress itself lives in localStorage for every tab. And the one
 * reader of the page's URL options (STUDY_PARAMS, which the live room's phones link with), and what takes them
 * out of the address once read.
 */
import { STUDY_PARAMS } from '../model/addresses.ts';
import { vocabularyOf, type DeckFacts } from '../model/vocabulary.ts';
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

/** A link brings at most this many missed items: more than a room quiz asks, few enough to list. */
export const MISSED_LIMIT = 60;

/** Items missed in a live room, as the link to the study page brought them, checked against the deck. */
export interface Missed {
  /** Item ids the deck knows, each once, in the link's order; never empty. */
  items: string[];
  /** When the room missed them: the link's `at`, or now when it is absent, unreadable or in the future. */
  at: Date;
}

export interface StudyOptions {
  /** From `missed` and `at`: undefined when the link names no item this deck knows. */
  missed?: Missed;
}

/** An ISO 8601 date, or date and time, as `Date.toISOString()` writes it (the offset may be another or absent). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The options in the study page's query (`location.search`), checked against the deck: `missed` (item ids
 * joined by commas, each URI-encoded; the commas may come encoded too, and the parameter repeated) keeps the
 * ids the deck knows, each once, at most MISSED_LIMIT; the others are dropped with a console warning for
 * whoever made the link. `at` is taken when it is an ISO date that is not after `now`: a phone's clock behind
 * the room's is common, and a date to come would make the items look reviewed later than they are.
 */
export function resolveStudyOptions(search: string, deck: DeckFacts, now: Date): StudyOptions {
  const params = new URLSearchParams(search);
  const asked = params
    .getAll(STUDY_PARAMS.missed)
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  if (asked.length === 0) return {};
  const vocabulary = vocabularyOf(deck);
  const unique = [...new Set(asked)];
  const unknown = unique.filter((id) => !vocabulary.item(id));
  const known = unique.filter((id) => vocabulary.item(id));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 10).map((id) => JSON.stringify(id.slice(0, 80)));
    const more = unknown.length > shown.length ? ` and ${unknown.length - shown.length} more` : '';
    console.warn(
      `summit-recap: ${STUDY_PARAMS.missed} names items this deck lacks; ignored: ${shown.join(', ')}${more}`,
    );
  }
  if (known.length > MISSED_LIMIT) {
    console.warn(
      `summit-recap: ${STUDY_PARAMS.missed} names ${known.length} items; only the first ${MISSED_LIMIT} are kept`,
    );
  }
  if (known.length === 0) return {};
  return { missed: { items: known.slice(0, MISSED_LIMIT), at: missedAt(params.get(STUDY_PARAMS.at), now) } };
}

function missedAt(value: string | null, now: Date): Date {
  if (value === null) return now;
  const at = ISO_DATE.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (!at || Number.isNaN(at.getTime())) {
    console.warn(`summit-recap: ${STUDY_PARAMS.at} must be an ISO date; taken as now: ${value.slice(0, 80)}`);
    return now;
  }
  return at.getTime() > now.getTime() ? now : at;
}

/**
 * The query without the page's one-time options (`missed`, `at`), every other parameter left as it was written;
 * `''` when none is left. A reload of the address without them does not bring the same offer again.
 */
export function withoutStudyOptions(search: string): string {
  const once = new Set<string>([STUDY_PARAMS.missed, STUDY_PARAMS.at]);
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !once.has(new URLSearchParams(part).keys().next().value ?? ''));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}
