/**
 * What the language switch carries from the study page of one edition to the same page of another: the screen
 * shown, the home screen's choice, and the session on screen with its answers. Editions share questions and
 * items by id, so the other page shows the same question; it keeps progress of its own (one key per edition:
 * README says why), to which it adds the session carried, answer by answer, so that its cards learn them too.
 *
 * The carried data is in the link's fragment (never sent to a server) and is read like an imported file: with the
 * quiz engine's decoder, which keeps only what is valid and bounded.
 */
import {
  answerKey,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  mergeProgress,
  recordAnswer,
  QuizError,
  type Progress,
} from '../../quiz/index.ts';
import type { Deck } from '../model/index.ts';
import type { StudyPlan } from './session.ts';
import { parsePlan, parseView, type View } from './view.ts';

const KEY = 'carry';
/** A fragment longer than this is not read (a session's answers take a few kilobytes). */
const MAX_CHARS = 200_000;

export interface HandOver {
  view: View;
  plan?: StudyPlan;
  /** The session on screen and its answers, as progress. */
  progress?: Progress;
}

/** The session a screen shows, if any. */
function sessionOf(view: View): string | undefined {
  return view.screen === 'home' ? undefined : view.session;
}

/** The fragment that carries the screen (`#carry=…`). */
export function handOverHash(view: View, plan: StudyPlan | undefined, progress: Progress): string {
  const session = sessionOf(view);
  const carried: Progress | undefined =
    session === undefined
      ? undefined
      : {
          sessions: progress.sessions.filter((known) => known.id === session),
          answers: progress.answers.filter((answer) => answer.session === session),
          cards: {},
        };
  const value = {
    view,
    ...(plan ? { plan } : {}),
    ...(carried?.sessions.length ? { progress: encodeProgress(carried) } : {}),
  };
  return `#${KEY}=${encodeURIComponent(JSON.stringify(value))}`;
}

/** What a fragment carries, checked against this deck; undefined when it carries nothing readable. */
export function readHandOver(hash: string, deck: Deck, now: Date): HandOver | undefined {
  const prefix = `#${KEY}=`;
  if (!hash.startsWith(prefix) || hash.length > MAX_CHARS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(hash.slice(prefix.length)));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const view = parseView(JSON.stringify(fields.view ?? null));
  if (!view) return undefined;
  const plan = fields.plan === undefined ? undefined : parsePlan(JSON.stringify(fields.plan));
  const progress =
    typeof fields.progress === 'string' ? decodeProgress(fields.progress, deck, { now }).progress : undefined;
  return { view, ...(plan ? { plan } : {}), ...(progress?.sessions.length ? { progress } : {}) };
}

/**
 * This edition's progress with the carried session added: its answers that this progress lacks are recorded
 * here, in time order, reviewing this edition's cards; an answer this deck cannot check is left out.
 */
export function takeHandOver(deck: Deck, progress: Progress, carried: Progress): Progress {
  const known = new Set(progress.answers.map(answerKey));
  let next = mergeProgress(progress, { ...emptyProgress(), sessions: carried.sessions });
  for (const answer of carried.answers) {
    if (known.has(answerKey(answer))) continue;
    try {
      next = recordAnswer(deck, next, answer);
    } catch (error) {
      if (!(error instanceof QuizError)) throw error;
    }
  }
  // Answers recorded late are put back in time order.
  return mergeProgress(next, emptyProgress());
}
