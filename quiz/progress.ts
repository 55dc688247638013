/**
 * A learner's progress (sessions, answers, cards) and its plain-JSON form. Decoding never throws: it keeps what
 * is valid, drops what is not, and says what it dropped. Versions 1 (answers without a question kind) and 2
 * (a "sure" flag instead of a grade) are migrated to the current version 3.
 */
import { State, type Card } from 'ts-fsrs';
import { z } from 'zod';
import type { Deck } from '../src/model/index.ts';
import { canCheck, checkAnswer, GRADES, type Answer, type SelfGrade } from './check.ts';
import { fingerprint, indexDeck } from './items.ts';
import { questionKindOf, resolveQuestion, subjectItems, type Session } from './questions.ts';
import { answerKey, reviewCards, type Cards, type ItemCard } from './schedule.ts';
import { scoreAnswers } from './score.ts';
import type { Tally } from './tally.ts';

export const PROGRESS_VERSION = 3;

export interface Progress {
  sessions: Session[];
  answers: Answer[];
  cards: Cards;
  /** Sessions too old to keep their answers (see compactProgress): their score, for the trend. */
  summaries?: SessionSummary[];
}

/** What is kept of an old session once its answers are let go. */
export interface SessionSummary {
  id: string;
  kind: Session['kind'];
  startedAt: Date;
  score: Tally;
}

/**
 * How much progress is kept. Beyond `answers` answers or `sessions` sessions, the oldest sessions are summarised
 * (their score stays in the trend, their answers go; the cards, which hold what was learnt, stay). A stored or
 * imported text longer than `textChars` is refused. Strings and lists inside are capped too.
 */
export const PROGRESS_LIMITS = {
  textChars: 2_000_000,
  answers: 5_000,
  sessions: 500,
  summaries: 2_000,
  /** Characters of an id, and of one typed recall answer; entries of one response's lists. */
  idChars: 200,
  typedChars: 300,
  listEntries: 60,
} as const;

/** No date before this one is meaningful in a progress file. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** Nor after this one (a far-future date would break the scheduler's arithmetic). */
const LATEST = Date.UTC(2200, 0, 1);
const DAY_MS = 86_400_000;
/** A card is never scheduled further than this (days): the scheduler's own maximum interval. */
const MAX_DAYS = 36_500;

/**
 * One thing that reading progress dropped or changed, as data: the views word it in the deck's language
 * (src/locale). `what` names a list of the progress: its sessions, answers or cards.
 */
export type DecodeNote =
  | { kind: 'invalid-json' }
  | { kind: 'too-large'; chars: number; limit: number }
  | { kind: 'not-progress' }
  | { kind: 'unknown-version'; version: string }
  | { kind: 'future-version'; version: number }
  | { kind: 'migrated'; from: number; to: number }
  | { kind: 'not-a-list'; what: ProgressList }
  | { kind: 'unreadable'; count: number; what: ProgressList }
  | { kind: 'duplicate-sessions'; count: number }
  | { kind: 'gone-questions'; count: number }
  | { kind: 'gone-items'; count: number }
  | { kind: 'reset-cards'; items: string[] }
  | { kind: 'future'; count: number }
  | { kind: 'summarised'; count: number };

export type ProgressList = 'sessions' | 'answers' | 'cards';

export interface DecodeReport {
  /** One note per kind of problem. Empty when everything was kept as it was. */
  notes: DecodeNote[];
  /** Entries left out: unreadable, or about questions or items the deck no longer has. */
  dropped: { sessions: number; answers: number; cards: number };
  /** Cards reset because their item's text or release changed. */
  reset: number;
  /** Entries dropped because they were dated after the time of reading. */
  future: number;
  /** The version the text was written in, when it said one. */
  version?: number;
}

export interface DecodedProgress {
  progress: Progress;
  report: DecodeReport;
}

export function emptyProgress(): Progress {
  return { sessions: [], answers: [], cards: {} };
}

/**
 * The progress within PROGRESS_LIMITS: while there are too many answers or sessions, the oldest session (by
 * its start, or its first answer for answers of no known session) gives way to a summary of its score. Unchanged
 * (the same object) when within limits.
 */
export function compactProgress(deck: Deck, progress: Progress): Progress {
  const { answers: maxAnswers, sessions: maxSessions, summaries: maxSummaries } = PROGRESS_LIMITS;
  const summaries = progress.summaries ?? [];
  if (
    progress.answers.length <= maxAnswers &&
    progress.sessions.length <= maxSessions &&
    summaries.length <= maxSummaries
  ) {
    return progress;
  }
  const bySession = new Map<string, Answer[]>();
  for (const answer of progress.answers) {
    const list = bySession.get(answer.session) ?? [];
    list.push(answer);
    bySession.set(answer.session, list);
  }
  const known = new Map(progress.sessions.map((session) => [session.id, session]));
  const groups = [...new Set([...progress.sessions.map((session) => session.id), ...bySession.keys()])]
    .map((id) => {
      const answers = bySession.get(id) ?? [];
      const session = known.get(id);
      const startedAt = session?.startedAt ?? answers[0]?.at ?? new Date(EARLIEST);
      return { id, session, answers, startedAt };
    })
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  let answerCount = progress.answers.length;
  let sessionCount = progress.sessions.length;
  const gone = new Set<string>();
  const summarised: SessionSummary[] = [];
  for (const group of groups) {
    if (answerCount <= maxAnswers && sessionCount <= maxSessions) break;
    gone.add(group.id);
    answerCount -= group.answers.length;
    if (group.session) sessionCount--;
    if (group.answers.length === 0) continue;
    summarised.push({
      id: group.id,
      kind: group.session?.kind ?? 'quiz',
      startedAt: group.startedAt,
      score: scoreAnswers(deck, group.answers, group.session?.scope).total,
    });
  }
  return {
    ...progress,
    sessions: progress.sessions.filter((session) => !gone.has(session.id)),
    answers: progress.answers.filter((answer) => !gone.has(answer.session)),
    summaries: unionById([...summaries, ...summarised]).slice(-maxSummaries),
  };
}

/** Summaries by id, each once, oldest first. */
function unionById(summaries: readonly SessionSummary[]): SessionSummary[] {
  const byId = new Map<string, SessionSummary>();
  for (const summary of summaries) if (!byId.has(summary.id)) byId.set(summary.id, summary);
  return [...byId.values()].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}

/** Adds a session once; a session already there is kept as it was. */
export function addSession(progress: Progress, session: Session): Progress {
  if (progress.sessions.some((known) => known.id === session.id)) return progress;
  return { ...progress, sessions: [...progress.sessions, session] };
}

/**
 * Adds an answer and reviews the cards of the items it judged.
 * @throws UnknownQuestionError, AnswerMismatchError (see checkAnswer)
 */
export function recordAnswer(deck: Deck, progress: Progress, answer: Answer): Progress {
  const check = checkAnswer(deck, answer);
  return {
    ...progress,
    answers: [...progress.answers, answer],
    cards: reviewCards(deck, progress.cards, answer, check),
  };
}

/**
 * The learner's grade for an answer already recorded (how recalling felt): the answer keeps it, and the cards it
 * reviewed are reviewed again with it, from where they stood before. An answer not in the progress changes nothing.
 */
export function gradeAnswer(deck: Deck, progress: Progress, key: string, grade: SelfGrade): Progress {
  const position = progress.answers.findIndex((answer) => answerKey(answer) === key);
  if (position === -1) return progress;
  const graded: Answer = { ...progress.answers[position], grade };
  const answers = progress.answers.with(position, graded);
  return { ...progress, answers, cards: reviewCards(deck, progress.cards, graded, checkAnswer(deck, graded)) };
}

/**
 * Two progresses as one (another tab's, an imported file's): sessions by id and answers by session, question
 * and time, each once, in time order; for each item, the card reviewed last. Merging is idempotent and a
 * progress merged with itself is unchanged.
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const sessions = new Map<string, Session>();
  for (const session of [...mine.sessions, ...theirs.sessions]) {
    const known = sessions.get(session.id);
    sessions.set(
      session.id,
      known ? { ...session, ...known, questions: known.questions ?? session.questions } : session,
    );
  }
  const answers = new Map<string, Answer>();
  for (const answer of [...mine.answers, ...theirs.answers]) {
    const key = answerKey(answer);
    // The same answer, graded in one copy only: the grade is kept.
    if (!answers.has(key) || (answers.get(key)!.grade === undefined && answer.grade !== undefined)) {
      answers.set(key, answer);
    }
  }
  const cards: Cards = { ...mine.cards };
  for (const [item, entry] of Object.entries(theirs.cards)) {
    const known = Object.hasOwn(cards, item) ? cards[item] : undefined;
    if (!known || reviewedAt(entry) > reviewedAt(known)) cards[item] = entry;
  }
  const byTime =
    <T>(time: (value: T) => Date) =>
    (a: T, b: T) =>
      time(a).getTime() - time(b).getTime();
  const merged: Progress = {
    sessions: [...sessions.values()].sort(byTime((session) => session.startedAt)),
    answers: [...answers.values()].sort(byTime((answer) => answer.at)),
    cards,
  };
  const summaries = unionById([...(mine.summaries ?? []), ...(theirs.summaries ?? [])]);
  return summaries.length > 0 ? { ...merged, summaries } : merged;
}

/**
 * Whether `mine` holds something `theirs` lacks: a session, an answer, a summary, or a card reviewed later. What a
 * tab must write back after another tab wrote without it.
 */
export function holdsMore(mine: Progress, theirs: Progress): boolean {
  const sessions = new Set(theirs.sessions.map((session) => session.id));
  const answers = new Set(theirs.answers.map(answerKey));
  const summaries = new Set((theirs.summaries ?? []).map((summary) => summary.id));
  return (
    mine.sessions.some((session) => !sessions.has(session.id)) ||
    mine.answers.some((answer) => !answers.has(answerKey(answer))) ||
    (mine.summaries ?? []).some((summary) => !summaries.has(summary.id)) ||
    Object.entries(mine.cards).some(([item, entry]) => {
      const known = Object.hasOwn(theirs.cards, item) ? theirs.cards[item] : undefined;
      return !known || reviewedAt(entry) > reviewedAt(known);
    })
  );
}

function reviewedAt(entry: ItemCard): number {
  return (entry.card.last_review ?? entry.card.due).getTime();
}

// ---- JSON shape (zod) ----

const IsoDate = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text))
  .refine((date) => date.getTime() >= EARLIEST && date.getTime() < LATEST, 'a date out of range');
const Count = z.number().int().min(0).max(1_000_000);
const Days = z.number().min(0).max(MAX_DAYS);
const Id = z.string().min(1).max(PROGRESS_LIMITS.idChars);
const Ids = z.array(Id).max(PROGRESS_LIMITS.listEntries);

const CardSchema = z.object({
  due: IsoDate,
  stability: Days,
  difficulty: z.number().min(0).max(10),
  elapsed_days: Days,
  scheduled_days: Days,
  learning_steps: z.number().int().min(0).max(100),
  reps: Count,
  lapses: Count,
  state: z.union([State.New, State.Learning, State.Review, State.Relearning].map((state) => z.literal(state))),
  last_review: IsoDate.optional(),
}) satisfies z.ZodType<Card, unknown>;

const ItemCardSchema = z.object({
  fingerprint: Id,
  card: CardSchema,
  before: CardSchema.optional(),
  answer: z
    .string()
    .max(3 * PROGRESS_LIMITS.idChars)
    .optional(),
}) satisfies z.ZodType<ItemCard, unknown>;

const ScopeSchema = z.object({ talks: Ids.optional(), releases: Ids.optional(), projects: Ids.optional() });

const SessionSchema = z.object({
  id: Id,
  kind: z.enum(['quiz', 'review']),
  seed: z.number().int().min(0).max(0xffffffff),
  startedAt: IsoDate,
  scope: ScopeSchema.optional(),
  questions: Ids.optional(),
}) satisfies z.ZodType<Session, unknown>;

/** A choice given: an id, or '' for "Je ne sais pas". */
const Given = z.string().max(PROGRESS_LIMITS.idChars);
const ResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('which-release'), choice: Given }),
  z.object({ kind: z.literal('in-release'), choice: Given }),
  z.object({ kind: z.literal('which-project'), choice: Given }),
  z.object({ kind: z.literal('which-items'), shown: Ids, picked: Ids }),
  z.object({
    kind: z.literal('sort'),
    cards: Ids,
    placed: z.record(Id, Id).refine((placed) => Object.keys(placed).length <= PROGRESS_LIMITS.listEntries),
  }),
  z.object({
    kind: z.literal('recall'),
    typed: z.array(z.string().max(PROGRESS_LIMITS.typedChars)).max(PROGRESS_LIMITS.listEntries),
  }),
]);

const AnswerSchema = z.object({
  question: Id,
  session: z.string().max(PROGRESS_LIMITS.idChars),
  at: IsoDate,
  grade: z.enum(GRADES).optional(),
  response: ResponseSchema,
}) satisfies z.ZodType<Answer, unknown>;

function encodeCard(card: Card) {
  return { ...card, due: card.due.toISOString(), last_review: card.last_review?.toISOString() };
}

function encodeItemCard(entry: ItemCard) {
  return { ...entry, card: encodeCard(entry.card), before: entry.before && encodeCard(entry.before) };
}

const TallySchema = z.object({
  asked: Count,
  earned: z.number().min(0).max(1_000_000),
  percent: z.number().int().min(0).max(100),
});

const SummarySchema = z.object({
  id: Id,
  kind: z.enum(['quiz', 'review']),
  startedAt: IsoDate,
  score: TallySchema,
}) satisfies z.ZodType<SessionSummary, unknown>;

/** The progress as JSON text, dates as ISO strings. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify({
    version: PROGRESS_VERSION,
    sessions: progress.sessions.map((session) => ({ ...session, startedAt: session.startedAt.toISOString() })),
    answers: progress.answers.map((answer) => ({ ...answer, at: answer.at.toISOString() })),
    cards: Object.fromEntries(Object.entries(progress.cards).map(([item, entry]) => [item, encodeItemCard(entry)])),
    ...(progress.summaries?.length
      ? {
          summaries: progress.summaries.map((summary) => ({
            ...summary,
            startedAt: summary.startedAt.toISOString(),
          })),
        }
      : {}),
  });
}

// ---- migrations: each turns the raw JSON of version N into version N + 1 ----

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each answer of the document, changed by `change` when it is an object. */
const eachAnswer = (doc: Json, change: (answer: Json) => Json): Json => ({
  ...doc,
  answers: Array.isArray(doc.answers)
    ? doc.answers.map((answer) => (isObject(answer) ? change(answer) : answer))
    : doc.answers,
});

const migrations: Record<number, (doc: Json, deck: Deck) => Json> = {
  /** v1 had no session kinds (all were quizzes), no "sure" flag, and responses without a kind. */
  1: (doc) => ({
    ...doc,
    sessions: Array.isArray(doc.sessions)
      ? doc.sessions.map((session) => (isObject(session) ? { kind: 'quiz', ...session } : session))
      : doc.sessions,
    answers: Array.isArray(doc.answers)
      ? doc.answers.map((answer) =>
          isObject(answer) && isObject(answer.response)
            ? {
                sure: false,
                ...answer,
                response: { ...answer.response, kind: questionKindOf(String(answer.question)) },
              }
            : answer,
        )
      : doc.answers,
  }),
  /**
   * v2 answers said "sure" (Easy) or not (Good) where v3 keeps the learner's grade, and a sort dealt every
   * dated item of its project where v3 names the cards dealt.
   */
  2: (doc, deck) =>
    eachAnswer(doc, ({ sure, ...answer }) => {
      const migrated: Json = sure === true ? { ...answer, grade: 'easy' } : answer;
      const response = migrated.response;
      if (!isObject(response) || response.kind !== 'sort' || 'cards' in response) return migrated;
      const subject = resolveQuestion(indexDeck(deck), String(migrated.question));
      const cards = subject ? subjectItems(subject).map((item) => item.id) : [];
      return { ...migrated, response: { ...response, cards } };
    }),
};

// ---- decoding ----

/**
 * Reads saved progress against the current deck. Never throws: invalid JSON, another shape, an unknown version,
 * unreadable entries, questions or items the deck no longer has are dropped and reported; cards of items whose
 * text or release changed are reset. `null` (nothing saved yet) gives empty progress and no notes.
 */
export function decodeProgress(
  text: string | null | undefined,
  deck: Deck,
  options: {
    /** Now, when the caller knows it: answers, sessions and reviews dated later than tomorrow are dropped. */
    now?: Date;
  } = {},
): DecodedProgress {
  const report: DecodeReport = { notes: [], dropped: { sessions: 0, answers: 0, cards: 0 }, reset: 0, future: 0 };
  const nothing = (note?: DecodeNote): DecodedProgress => {
    if (note) report.notes.push(note);
    return { progress: emptyProgress(), report };
  };
  if (text === null || text === undefined || text.trim() === '') return nothing();
  if (text.length > PROGRESS_LIMITS.textChars) {
    return nothing({ kind: 'too-large', chars: text.length, limit: PROGRESS_LIMITS.textChars });
  }

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return nothing({ kind: 'invalid-json' });
  }
  if (!isObject(doc) || !('version' in doc)) return nothing({ kind: 'not-progress' });
  const { version } = doc;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return nothing({ kind: 'unknown-version', version: JSON.stringify(version) ?? String(version) });
  }
  report.version = version;
  if (version > PROGRESS_VERSION) report.notes.push({ kind: 'future-version', version });
  let current = doc;
  for (let from = version; from < PROGRESS_VERSION; from++) current = migrations[from](current, deck);
  if (version < PROGRESS_VERSION) report.notes.push({ kind: 'migrated', from: version, to: PROGRESS_VERSION });

  const latest = options.now ? options.now.getTime() + DAY_MS : LATEST;
  const past = (date: Date) => date.getTime() <= latest;
  const sessions = readSessions(current.sessions, deck, report).filter(
    countDropped(report, 'sessions', (session) => past(session.startedAt)),
  );
  const answers = readAnswers(current.answers, deck, report).filter(
    countDropped(report, 'answers', (answer) => past(answer.at)),
  );
  const cards = Object.fromEntries(
    Object.entries(readCards(current.cards, deck, report)).filter(
      countDropped(report, 'cards', ([, entry]) => !entry.card.last_review || past(entry.card.last_review)),
    ),
  );
  const summaries = readList(current.summaries, SummarySchema, 'sessions', report);
  if (report.future > 0) report.notes.push({ kind: 'future', count: report.future });
  const progress: Progress = { sessions, answers, cards, ...(summaries.length ? { summaries } : {}) };
  const compacted = compactProgress(deck, progress);
  const summarised = (compacted.summaries?.length ?? 0) - summaries.length;
  if (summarised > 0) report.notes.push({ kind: 'summarised', count: summarised });
  return { progress: compacted, report };
}

/** A filter that counts what it drops as dated in the future. */
function countDropped<T>(report: DecodeReport, what: keyof DecodeReport['dropped'], keep: (value: T) => boolean) {
  return (value: T) => {
    if (keep(value)) return true;
    report.dropped[what]++;
    report.future++;
    return false;
  };
}

/** Each valid entry of a list; the count of invalid ones is reported. */
function readList<T>(
  value: unknown,
  schema: z.ZodType<T, unknown>,
  what: 'sessions' | 'answers',
  report: DecodeReport,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report.notes.push({ kind: 'not-a-list', what });
    return [];
  }
  const valid = value.flatMap((entry) => {
    const result = schema.safeParse(entry);
    return result.success ? [result.data] : [];
  });
  const bad = value.length - valid.length;
  if (bad > 0) {
    report.notes.push({ kind: 'unreadable', count: bad, what });
    report.dropped[what] += bad;
  }
  return valid;
}

function readSessions(value: unknown, deck: Deck, report: DecodeReport): Session[] {
  const sessions = readList(value, SessionSchema, 'sessions', report);
  const seen = new Set<string>();
  const unique = sessions.filter((session) => !seen.has(session.id) && seen.add(session.id));
  if (unique.length < sessions.length) {
    report.notes.push({ kind: 'duplicate-sessions', count: sessions.length - unique.length });
    report.dropped.sessions += sessions.length - unique.length;
  }
  return unique;
}

function readAnswers(value: unknown, deck: Deck, report: DecodeReport): Answer[] {
  const answers = readList(value, AnswerSchema, 'answers', report);
  const answerable = answers.filter((answer) => canCheck(deck, answer));
  const gone = answers.length - answerable.length;
  if (gone > 0) {
    report.notes.push({ kind: 'gone-questions', count: gone });
    report.dropped.answers += gone;
  }
  return answerable;
}

function readCards(value: unknown, deck: Deck, report: DecodeReport): Cards {
  const index = indexDeck(deck);
  if (value === undefined) return {};
  if (!isObject(value)) {
    report.notes.push({ kind: 'not-a-list', what: 'cards' });
    return {};
  }
  const cards: Cards = {};
  const reset: string[] = [];
  let unreadable = 0;
  let gone = 0;
  for (const [id, entry] of Object.entries(value)) {
    const item = index.item(id);
    const result = ItemCardSchema.safeParse(entry);
    if (!item) gone++;
    else if (!result.success) unreadable++;
    else if (result.data.fingerprint !== fingerprint(item)) reset.push(id);
    else cards[id] = result.data;
  }
  if (unreadable > 0) report.notes.push({ kind: 'unreadable', count: unreadable, what: 'cards' });
  if (gone > 0) report.notes.push({ kind: 'gone-items', count: gone });
  if (reset.length > 0) report.notes.push({ kind: 'reset-cards', items: reset });
  report.dropped.cards += unreadable + gone;
  report.reset += reset.length;
  return cards;
}
