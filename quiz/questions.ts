/**
 * Questions generated from the deck, never written by hand. A question id names what it asks about
 * (`which-release:octavia-active-active`, `recall:octavia:pike`), so an answer can be checked again after a
 * reload from the id alone; the seed only decides choices, distractors and order.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { indexDeck, type DeckIndex, type GoalGroup, type QuizItem } from './items.ts';
import { normalizeAnswer } from './normalize.ts';
import { Random } from './random.ts';

export const QUESTION_KINDS = ['which-release', 'which-items', 'sort', 'recall', 'which-project'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Choice {
  /** A release id (or BACKLOG), a project id or an item id, depending on the question. */
  id: string;
  label: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  /** The items this question judges (for multi-select, every choice). For bookkeeping, not for display. */
  items: string[];
  /** Talks the asked items come from. */
  talks: string[];
}

/** Which release is the item planned for, or did it happen in? One right choice. */
export interface WhichReleaseQuestion extends QuestionBase {
  kind: 'which-release';
  item: string;
  choices: Choice[];
}

/** Which project is the item about? One right choice. */
export interface WhichProjectQuestion extends QuestionBase {
  kind: 'which-project';
  item: string;
  choices: Choice[];
}

/** Which of these items are the project's goals for the release? Several right choices. */
export interface WhichItemsQuestion extends QuestionBase {
  kind: 'which-items';
  project: string;
  release: string;
  choices: Choice[];
}

/** Deal the project's items into release columns. */
export interface SortQuestion extends QuestionBase {
  kind: 'sort';
  project: string;
  columns: Choice[];
  cards: Choice[];
}

/** Type the project's goals for the release from memory. */
export interface RecallQuestion extends QuestionBase {
  kind: 'recall';
  project: string;
  release: string;
  /** How many items are expected (the prompt says it too). */
  expected: number;
}

export type Question = WhichReleaseQuestion | WhichProjectQuestion | WhichItemsQuestion | SortQuestion | RecallQuestion;

export interface Session {
  id: string;
  kind: 'quiz' | 'review';
  seed: number;
  startedAt: Date;
  /**
   * The question ids asked, in order, when the caller keeps them (the study page does, to resume a session
   * after a reload: `buildQuestion(deck, id, seed)` gives each question back with the same choices).
   */
  questions?: string[];
}

export interface Quiz {
  session: Session;
  questions: Question[];
}

/** What to study: each list given keeps only the items in it; several lists must all match (default: all). */
export interface QuizFilter {
  talks?: readonly string[];
  /** Release ids, BACKLOG included. History items dated by `when` only are in no release. */
  releases?: readonly string[];
  projects?: readonly string[];
}

export interface QuizOptions extends QuizFilter {
  /** Decides choices, distractors and order; used as an unsigned 32-bit integer. */
  seed: number;
  /** When the session starts (names the session; quiz/ never reads the clock). */
  now: Date;
  /** Only these kinds (default: all). */
  kinds?: readonly QuestionKind[];
  /** At most this many questions, after shuffling (default: all). */
  limit?: number;
}

/** What a question id refers to, resolved against the current deck. */
export type Subject =
  | { kind: 'which-release' | 'which-project'; item: QuizItem }
  | { kind: 'which-items' | 'recall'; group: GoalGroup }
  | { kind: 'sort'; project: string; items: QuizItem[] };

const DISTRACTORS = 3;
const SAME_PROJECT_DISTRACTORS = 2;
const PROJECT_CHOICES = 4;

export function questionKindOf(id: string): QuestionKind | undefined {
  const kind = id.split(':')[0];
  return (QUESTION_KINDS as readonly string[]).includes(kind) ? (kind as QuestionKind) : undefined;
}

/** The subject of a question id, or undefined when the deck no longer has it. */
export function resolveQuestion(index: DeckIndex, id: string): Subject | undefined {
  const [kind, ...parts] = id.split(':');
  if (kind === 'which-release' || kind === 'which-project') {
    const item = parts.length === 1 ? index.item(parts[0]) : undefined;
    if (!item || (kind === 'which-release' && item.release === undefined)) return undefined;
    return { kind, item };
  }
  if (kind === 'which-items' || kind === 'recall') {
    const group = parts.length === 2 ? index.goalGroup(parts[0], parts[1]) : undefined;
    return group && { kind, group };
  }
  if (kind === 'sort' && parts.length === 1) {
    const items = index.sortableItems(parts[0]);
    return items.length > 0 ? { kind, project: parts[0], items } : undefined;
  }
  return undefined;
}

/** Every question the deck can ask, by id, in deck order. */
export function questionIds(deck: Deck): string[] {
  const index = indexDeck(deck);
  const ids: string[] = [];
  for (const item of index.items) {
    if (item.release !== undefined) ids.push(`which-release:${item.id}`);
    if (item.source === 'history') ids.push(`which-project:${item.id}`);
  }
  for (const group of index.goalGroups()) ids.push(`which-items:${group.project}:${group.release}`);
  for (const project of deck.projects) {
    if (index.sortableItems(project.id).length > 0) ids.push(`sort:${project.id}`);
  }
  for (const group of index.goalGroups()) ids.push(`recall:${group.project}:${group.release}`);
  // Questions with a single possible choice are not questions.
  return ids.filter((id) => buildQuestion(deck, id, 0) !== undefined);
}

/** One question, its choices drawn by the seed; undefined when the deck cannot ask it. */
export function buildQuestion(deck: Deck, id: string, seed: number): Question | undefined {
  const index = indexDeck(deck);
  const subject = resolveQuestion(index, id);
  if (!subject) return undefined;
  const random = Random.for(seed, id);
  const text = index.text;
  const talksOf = (items: readonly QuizItem[]) => [...new Set(items.map((item) => item.talk))];
  const itemChoice = (item: QuizItem): Choice => ({ id: item.id, label: item.text });

  switch (subject.kind) {
    case 'which-release': {
      const { item } = subject;
      const choices = releaseChoices(index, item).map((release) => ({
        id: release,
        label: index.releaseName(release),
      }));
      if (choices.length < 2) return undefined;
      const project = index.projectName(item.project);
      const prompt =
        item.source === 'roadmap' ? text.whichRelease(project, item.text) : text.whenInRelease(project, item.text);
      return { kind: subject.kind, id, prompt, item: item.id, items: [item.id], talks: [item.talk], choices };
    }
    case 'which-project': {
      const { item } = subject;
      const projects = projectChoices(index, item, random);
      if (projects.length < 2) return undefined;
      const choices = projects.map((project) => ({ id: project, label: index.projectName(project) }));
      const prompt = text.whichProject(item.text);
      return { kind: subject.kind, id, prompt, item: item.id, items: [item.id], talks: [item.talk], choices };
    }
    case 'which-items': {
      const { group } = subject;
      const shown = random.shuffle([...group.items, ...distractors(index, group, random)]);
      return {
        kind: subject.kind,
        id,
        prompt: text.whichItems(index.projectName(group.project), releaseWord(index, group.release)),
        project: group.project,
        release: group.release,
        items: shown.map((item) => item.id),
        talks: talksOf(group.items),
        choices: shown.map(itemChoice),
      };
    }
    case 'sort': {
      const releases = [...new Set(subject.items.map((item) => item.release!))];
      releases.sort((a, b) => index.releaseRank(a) - index.releaseRank(b));
      const cards = random.shuffle(subject.items);
      return {
        kind: subject.kind,
        id,
        prompt: text.sort(index.projectName(subject.project)),
        project: subject.project,
        items: cards.map((item) => item.id),
        talks: talksOf(subject.items),
        columns: releases.map((release) => ({ id: release, label: index.releaseName(release) })),
        cards: cards.map(itemChoice),
      };
    }
    case 'recall': {
      const { group } = subject;
      const count = group.items.length;
      return {
        kind: subject.kind,
        id,
        prompt: text.recall(index.projectName(group.project), releaseWord(index, group.release), count),
        project: group.project,
        release: group.release,
        expected: count,
        items: group.items.map((item) => item.id),
        talks: talksOf(group.items),
      };
    }
  }
}

/** Whether the item is in every list the filter gives. */
export function itemMatches(item: QuizItem, filter: QuizFilter): boolean {
  return (
    (!filter.talks || filter.talks.includes(item.talk)) &&
    (!filter.releases || (item.release !== undefined && filter.releases.includes(item.release))) &&
    (!filter.projects || filter.projects.includes(item.project))
  );
}

/** The items a question asks about (for a multi-select, the goals, not the distractors). */
export function subjectItems(subject: Subject): QuizItem[] {
  switch (subject.kind) {
    case 'which-release':
    case 'which-project':
      return [subject.item];
    case 'which-items':
    case 'recall':
      return subject.group.items;
    case 'sort':
      return subject.items;
  }
}

/** Whether the question asks about at least one item that the filter keeps. */
export function questionMatches(deck: Deck, id: string, filter: QuizFilter): boolean {
  const subject = resolveQuestion(indexDeck(deck), id);
  return subject !== undefined && subjectItems(subject).some((item) => itemMatches(item, filter));
}

/** A quiz over the deck: the same seed gives the same questions, choices and order. */
export function generateQuiz(deck: Deck, options: QuizOptions): Quiz {
  const seed = options.seed >>> 0;
  const questions = questionIds(deck)
    .filter((id) => !options.kinds || options.kinds.includes(questionKindOf(id)!))
    .filter((id) => questionMatches(deck, id, options))
    .map((id) => buildQuestion(deck, id, seed)!);
  const ordered = new Random(seed).shuffle(questions);
  return {
    session: newSession('quiz', seed, options.now),
    questions: options.limit === undefined ? ordered : ordered.slice(0, options.limit),
  };
}

export function newSession(kind: Session['kind'], seed: number, now: Date): Session {
  return { id: `${kind}-${now.toISOString()}-${seed >>> 0}`, kind, seed: seed >>> 0, startedAt: now };
}

/** The release name for prompts; undefined stands for the backlog. */
function releaseWord(index: DeckIndex, release: string): string | undefined {
  return release === BACKLOG ? undefined : index.releaseName(release);
}

/**
 * The releases to choose from, in time order (an ordered scale reads best unshuffled): the roadmap's ahead
 * releases and backlog, or history's past releases. Other releases that are right too (the same text planned
 * twice) are left out, so exactly one choice is right.
 */
function releaseChoices(index: DeckIndex, item: QuizItem): string[] {
  const role = item.source === 'roadmap' ? 'ahead' : 'past';
  const releases = index.deck.releases
    .filter((release) => release.role === role || release.id === item.release)
    .map((release) => release.id);
  const backlogUsed = index.items.some((other) => other.source === 'roadmap' && other.release === BACKLOG);
  if (item.source === 'roadmap' && backlogUsed) releases.push(BACKLOG);
  const right = index.rightReleases(item);
  return releases.filter((release) => release === item.release || !right.has(release));
}

/** The item's project and up to three others, none of which holds an item with the same text. */
function projectChoices(index: DeckIndex, item: QuizItem, random: Random): string[] {
  const right = index.rightProjects(item);
  const withItems = index.deck.projects.filter((project) => index.items.some((other) => other.project === project.id));
  const pool = (withItems.length >= 2 ? withItems : index.deck.projects)
    .map((project) => project.id)
    .filter((project) => !right.has(project));
  return random.shuffle([item.project, ...random.sample(pool, PROJECT_CHOICES - 1)]);
}

/**
 * Wrong choices for a multi-select: roadmap items of the same project in other releases first (the real
 * confusion), then of other projects. None reads like an asked item, none belongs to the asked group.
 */
function distractors(index: DeckIndex, group: GoalGroup, random: Random): QuizItem[] {
  const seen = new Set(group.items.map((item) => normalizeAnswer(item.text)));
  const candidates = index.items.filter(
    (item) => item.source === 'roadmap' && !(item.project === group.project && item.release === group.release),
  );
  const sameProject = random.shuffle(candidates.filter((item) => item.project === group.project));
  const otherProjects = random.shuffle(candidates.filter((item) => item.project !== group.project));
  const chosen: QuizItem[] = [];
  const take = (pool: QuizItem[], upTo: number) => {
    for (const item of pool) {
      if (chosen.length >= upTo) return;
      const key = normalizeAnswer(item.text);
      if (seen.has(key)) continue;
      seen.add(key);
      chosen.push(item);
    }
  };
  take(sameProject, SAME_PROJECT_DISTRACTORS);
  take(otherProjects, DISTRACTORS);
  take(sameProject, DISTRACTORS);
  return chosen;
}
