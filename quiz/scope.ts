/**
 * What a learner chose to study: releases, projects and talks. A question belongs to a scope when every item it
 * asks about does; its choices are drawn so that knowing the scope alone never narrows them to the answer.
 */
import type { QuizItem } from './items.ts';

/** Each list given keeps only the items in it; several lists must all match. Absent or empty: every value. */
export interface Scope {
  talks?: readonly string[];
  /** Release ids, BACKLOG included. History items dated by `when` only are in no release. */
  releases?: readonly string[];
  projects?: readonly string[];
}

/** The same scope with empty lists dropped, so that `{ releases: [] }` and `{}` are one scope. */
export function normalizeScope(scope: Scope = {}): Scope {
  const kept: Scope = {};
  for (const key of ['talks', 'releases', 'projects'] as const) {
    const values = scope[key];
    if (values && values.length > 0) kept[key] = [...new Set(values)];
  }
  return kept;
}

/** Whether the item is in every list the scope gives. */
export function inScope(item: QuizItem, scope: Scope): boolean {
  const { talks, releases, projects } = normalizeScope(scope);
  return (
    (!talks || talks.includes(item.talk)) &&
    (!releases || (item.release !== undefined && releases.includes(item.release))) &&
    (!projects || projects.includes(item.project))
  );
}

/** Whether the scope lets a release be offered as a choice. */
export function releaseAllowed(scope: Scope, release: string): boolean {
  const { releases } = normalizeScope(scope);
  return !releases || releases.includes(release);
}
