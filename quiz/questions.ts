/**
 * Questions generated from the deck, never written by hand. A question id names what it asks about
 * (`which-release:octavia-active-active`, `recall:octavia:pike`), so an answer can be checked again after a
 * reload from the id alone; the seed and the scope only decide choices, distractors and order.
 *
 * Every question is fair: its answer is never implied by the scope it is asked in, nor named by its prompt or
 * its choices (see `buildQuestion`). A question the deck cannot ask fairly in a scope is not asked there.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { indexDeck, maskNames, namesWords, type DeckIndex, type GoalGroup, type QuizItem } from './items.ts';
import { normalizeAnswer } from './normalize.ts';
import { promptNames, type Prompt } from './prompt.ts';
import { Random } from './random.ts';
import { inScope, normalizeScope, releaseAllowed, type Scope } from './scope.ts';

export const QUESTION_KINDS = [
  'which-release',
  'in-release',
  'which-project',
  'which-items',
  'sort',
  'recall',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Choice {
  /** A release id (or BACKLOG), a project id or an item id, depending on the question. */
  id: string;
  label: string;
}

interface QuestionBase {
  id: string;
  /** What it asks, as data: the views word it in the deck's language. */
  prompt: Prompt;
  /** The items the question asks about: what its score counts. */
  targets: string[];
  /** Every item the question shows (targets, and the distractors of a multi-select or a pick among items). */
  items: string[];
  /** Talks the targets come from. */
  talks: string[];
  /** Projects the targets belong to. */
  projects: string[];
}

/** Which release is the item planned for, or did it happen in? One right choice. */
export interface WhichReleaseQuestion extends QuestionBase {
  kind: 'which-release';
  item: string;
  choices: Choice[];
}

/** Which one of these items does the release bring? One right choice among items of other releases. */
export interface InReleaseQuestion extends QuestionBase {
  kind: 'in-release';
  item: string;
  release: string;
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

export type Question =
  WhichReleaseQuestion | InReleaseQuestion | WhichProjectQuestion | WhichItemsQuestion | SortQuestion | RecallQuestion;

/** The questions with one right choice among several. */
export type SingleChoiceQuestion = WhichReleaseQuestion | InReleaseQuestion | WhichProjectQuestion;

export interface Session {
  id: string;
  kind: 'quiz' | 'review';
  seed: number;
  startedAt: Date;
  /** What the learner chose to study; absent: everything. Questions are rebuilt for it after a reload. */
  scope?: Scope;
  /**
   * The question ids asked, in order, when the caller keeps them (the study page does, to resume a session
   * after a reload: `buildQuestion(deck, id, seed, scope)` gives each question back with the same choices).
   */
  questions?: string[];
}

export interface Quiz {
  session: Session;
  questions: Question[];
}

/** What a question id refers to, resolved against the current deck. */
export type Subject =
  | { kind: 'which-release' | 'which-project' | 'in-release'; item: QuizItem }
  | { kind: 'which-items' | 'recall'; group: GoalGroup }
  | { kind: 'sort'; project: string; items: QuizItem[] };

/** Wrong choices shown beside the right ones. */
const DISTRACTORS = 3;
/** The fewest distractors a multi-select needs to ask something. */
const MIN_DISTRACTORS = 2;
const PROJECT_CHOICES = 4;

export function questionKindOf(id: string): QuestionKind | undefined {
  const kind = id.split(':')[0];
  return (QUESTION_KINDS as readonly string[]).includes(kind) ? (kind as QuestionKind) : undefined;
}

/** The subject of a question id, or undefined when the deck no longer has it. */
export function resolveQuestion(index: DeckIndex, id: string): Subject | undefined {
  const [kind, ...parts] = id.split(':');
  if (kind === 'which-release' || kind === 'which-project' || kind === 'in-release') {
    const item = parts.length === 1 ? index.item(parts[0]) : undefined;
    if (!item || (kind !== 'which-project' && item.release === undefined)) return undefined;
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

/** The items a question asks about (for a multi-select, the goals, not the distractors). */
export function subjectItems(subject: Subject): QuizItem[] {
  switch (subject.kind) {
    case 'which-release':
    case 'which-project':
    case 'in-release':
      return [subject.item];
    case 'which-items':
    case 'recall':
      return subject.group.items;
    case 'sort':
      return subject.items;
  }
}

/** Every question id the deck could ask, in deck order, before any scope or fairness is considered. */
function candidateIds(index: DeckIndex): string[] {
  const ids: string[] = [];
  for (const item of index.items) {
    if (item.release !== undefined) ids.push(`which-release:${item.id}`, `in-release:${item.id}`);
    ids.push(`which-project:${item.id}`);
  }
  for (const group of index.goalGroups()) ids.push(`which-items:${group.project}:${group.release}`);
  for (const project of index.deck.projects) {
    if (index.sortableItems(project.id).length > 0) ids.push(`sort:${project.id}`);
  }
  for (const group of index.goalGroups()) ids.push(`recall:${group.project}:${group.release}`);
  return ids;
}

/** Every question the deck can ask fairly in the scope (default: everything), by id, in deck order. */
export function questionIds(deck: Deck, scope: Scope = {}): string[] {
  const index = indexDeck(deck);
  return candidateIds(index).filter((id) => buildQuestion(deck, id, 0, scope) !== undefined);
}

/** Every question of the scope, built with the seed, in deck order. */
export function scopeQuestions(deck: Deck, scope: Scope, seed: number): Question[] {
  const index = indexDeck(deck);
  return candidateIds(index)
    .map((id) => buildQuestion(deck, id, seed, scope))
    .filter((question): question is Question => question !== undefined);
}

/**
 * One question, its choices drawn by the seed within the scope; undefined when the deck cannot ask it fairly
 * there: a target outside the scope, fewer than two choices, or an answer that the prompt, the scope or the
 * choices give away. `avoid`: items never to offer as wrong choices (the room has seen their answers).
 */
export function buildQuestion(
  deck: Deck,
  id: string,
  seed: number,
  scope: Scope = {},
  avoid: ReadonlySet<string> = new Set(),
): Question | undefined {
  const index = indexDeck(deck);
  const subject = resolveQuestion(index, id);
  if (!subject) return undefined;
  const wanted = normalizeScope(scope);
  const kept = (item: QuizItem) => inScope(item, wanted);
  const random = Random.for(seed, id);
  /** Whether the names a prompt shows (a project's, an item's text, a release's) name one of the deck's releases. */
  const namesRelease = (prompt: Prompt) => promptNames(prompt).some((name) => index.releasesNamedIn(name).length > 0);
  const base = (targets: readonly QuizItem[], shown: readonly QuizItem[] = targets) => ({
    id,
    targets: targets.map((item) => item.id),
    items: shown.map((item) => item.id),
    talks: unique(targets.map((item) => item.talk)),
    projects: unique(targets.map((item) => item.project)),
  });

  switch (subject.kind) {
    case 'which-release': {
      const { item } = subject;
      if (!kept(item)) return undefined;
      const choices = releaseChoices(index, item, wanted).map((release) => ({
        id: release,
        label: index.releaseName(release),
      }));
      const prompt: Prompt = {
        kind: 'which-release',
        source: item.source,
        project: index.projectName(item.project),
        text: item.text,
      };
      // "For which release … “Support of Pike …”": the prompt must not name a release to choose from.
      if (choices.length < 2 || namesRelease(prompt)) return undefined;
      return { kind: subject.kind, ...base([item]), prompt, item: item.id, choices };
    }
    case 'in-release': {
      const { item } = subject;
      const release = item.release!;
      if (!kept(item)) return undefined;
      const others = inReleaseDistractors(index, item, wanted, random, avoid);
      if (others.length < MIN_DISTRACTORS) return undefined;
      const shown = random.shuffle([item, ...others]);
      if (shown.some((choice) => index.releasesNamedIn(choice.text).length > 0)) return undefined;
      const past = index.deck.releases.find((candidate) => candidate.id === release)?.role === 'past';
      return {
        kind: subject.kind,
        ...base([item], shown),
        prompt: { kind: 'in-release', release: releaseWord(index, release), past },
        item: item.id,
        release,
        choices: shown.map((choice) => ({ id: choice.id, label: choice.text })),
      };
    }
    case 'which-project': {
      const { item } = subject;
      if (!kept(item)) return undefined;
      const projects = projectChoices(index, item, wanted, random);
      if (projects.length < 2) return undefined;
      // An item whose words name a project would answer (or narrow) the question: every project name is masked.
      const names = index.deck.projects.flatMap((project) => index.projectNames(project.id));
      return {
        kind: subject.kind,
        ...base([item]),
        prompt: { kind: 'which-project', text: maskNames(item.text, names) },
        item: item.id,
        choices: projects.map((project) => ({ id: project, label: index.projectName(project) })),
      };
    }
    case 'which-items': {
      const { group } = subject;
      if (!group.items.every(kept)) return undefined;
      const others = groupDistractors(index, group, random, avoid);
      if (others.length < MIN_DISTRACTORS) return undefined;
      const shown = random.shuffle([...group.items, ...others]);
      if (shown.some((choice) => index.releasesNamedIn(choice.text).length > 0)) return undefined;
      const names = index.projectNames(group.project);
      return {
        kind: subject.kind,
        ...base(group.items, shown),
        prompt: {
          kind: 'which-items',
          project: index.projectName(group.project),
          release: releaseWord(index, group.release),
        },
        project: group.project,
        release: group.release,
        // The prompt names the project: a choice naming it too would point at the answer.
        choices: shown.map((choice) => ({ id: choice.id, label: maskNames(choice.text, names) })),
      };
    }
    case 'sort': {
      // Two cards that read the same would each be right in either column: one of them is dealt.
      const cards = pickDistinct(subject.items.filter(kept), Infinity);
      const releases = unique(cards.map((item) => item.release!));
      if (cards.length < 2 || releases.length < 2) return undefined;
      if (cards.some((card) => index.releasesNamedIn(card.text).length > 0)) return undefined;
      releases.sort((a, b) => index.releaseRank(a) - index.releaseRank(b));
      const dealt = random.shuffle(cards);
      return {
        kind: subject.kind,
        ...base(dealt),
        prompt: { kind: 'sort', project: index.projectName(subject.project) },
        project: subject.project,
        columns: releases.map((release) => ({ id: release, label: index.releaseName(release) })),
        cards: dealt.map((card) => ({ id: card.id, label: card.text })),
      };
    }
    case 'recall': {
      const { group } = subject;
      if (!group.items.every(kept)) return undefined;
      const count = group.items.length;
      const prompt: Prompt = {
        kind: 'recall',
        project: index.projectName(group.project),
        release: releaseWord(index, group.release),
        count,
      };
      // Typing back the names the prompt shows must not name an expected item.
      const shown = promptNames(prompt);
      const named = group.items.some((item) =>
        [item.text, ...item.aliases].some((words) => shown.some((name) => namesWords(name, words))),
      );
      if (named) return undefined;
      return {
        kind: subject.kind,
        ...base(group.items),
        prompt,
        project: group.project,
        release: group.release,
        expected: count,
      };
    }
  }
}

export function newSession(kind: Session['kind'], seed: number, now: Date, scope: Scope = {}): Session {
  const wanted = normalizeScope(scope);
  return {
    id: `${kind}-${now.toISOString()}-${seed >>> 0}`,
    kind,
    seed: seed >>> 0,
    startedAt: now,
    ...(Object.keys(wanted).length > 0 ? { scope: wanted } : {}),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The release name for prompts; undefined stands for the backlog. */
function releaseWord(index: DeckIndex, release: string): string | undefined {
  return release === BACKLOG ? undefined : index.releaseName(release);
}

/**
 * The releases to choose from, in time order (an ordered scale reads best unshuffled): those of the item's kind
 * (the roadmap's ahead releases and backlog, or history's past releases) that the scope allows. Other releases
 * that are right too (the same text planned twice) are left out, so exactly one choice is right. Under a scope of
 * one release, that leaves one choice: no question.
 */
function releaseChoices(index: DeckIndex, item: QuizItem, scope: Scope): string[] {
  const role = item.source === 'roadmap' ? 'ahead' : 'past';
  const releases = index.deck.releases
    .filter((release) => release.role === role || release.id === item.release)
    .map((release) => release.id);
  const backlogUsed = index.items.some((other) => other.source === 'roadmap' && other.release === BACKLOG);
  if (item.source === 'roadmap' && backlogUsed) releases.push(BACKLOG);
  const right = index.rightReleases(item);
  return releases.filter(
    (release) => release === item.release || (!right.has(release) && releaseAllowed(scope, release)),
  );
}

/**
 * The item's project and up to three others among the projects the scope holds items of (a project outside the
 * scope would be ruled out by the scope alone), none of which holds an item with the same text.
 */
function projectChoices(index: DeckIndex, item: QuizItem, scope: Scope, random: Random): string[] {
  const right = index.rightProjects(item);
  const inView = new Set(index.items.filter((other) => inScope(other, scope)).map((other) => other.project));
  const pool = index.deck.projects
    .map((project) => project.id)
    .filter((project) => inView.has(project) && !right.has(project));
  return random.shuffle([item.project, ...random.sample(pool, PROJECT_CHOICES - 1)]);
}

/** Whether two items read the same (a distractor must never read like a right answer). */
function sameText(a: QuizItem, b: QuizItem): boolean {
  return normalizeAnswer(a.text) === normalizeAnswer(b.text);
}

/**
 * Wrong choices for a multi-select: roadmap items of the same project in its other releases (the real confusion;
 * an item of another project would stand out by the project it names). None reads like an asked item.
 */
function groupDistractors(index: DeckIndex, group: GoalGroup, random: Random, avoid: ReadonlySet<string>): QuizItem[] {
  const candidates = index.items.filter(
    (item) =>
      !avoid.has(item.id) &&
      item.source === 'roadmap' &&
      item.project === group.project &&
      item.release !== group.release &&
      !group.items.some((asked) => sameText(asked, item)),
  );
  return pickDistinct(random.shuffle(candidates), DISTRACTORS);
}

/**
 * Wrong choices for "which of these does the release bring": items of the same kind (roadmap or history) in
 * another release, none reading like an item of the asked release. Items the scope holds come first, those of the
 * item's own project first among them: a distractor from outside the scope could be ruled out by the scope alone.
 */
function inReleaseDistractors(
  index: DeckIndex,
  item: QuizItem,
  scope: Scope,
  random: Random,
  avoid: ReadonlySet<string>,
): QuizItem[] {
  const release = item.release!;
  const inRelease = index.items.filter((other) => other.release === release);
  const candidates = index.items.filter(
    (other) =>
      !avoid.has(other.id) &&
      other.source === item.source &&
      other.release !== undefined &&
      other.release !== release &&
      !inRelease.some((asked) => sameText(asked, other)),
  );
  const { projects, talks } = normalizeScope(scope);
  // Under a scope of projects or talks, an item outside it that names its project would stand out.
  const standsOut = (other: QuizItem) =>
    !inScope(other, scope) && (projects || talks) !== undefined && index.projectsNamedIn(other.text).length > 0;
  const rank = (other: QuizItem) => (inScope(other, scope) ? 0 : 2) + (other.project === item.project ? 0 : 1);
  const ordered = random.shuffle(candidates.filter((other) => !standsOut(other))).sort((a, b) => rank(a) - rank(b));
  return pickDistinct(ordered, DISTRACTORS);
}

/** Up to `count` items, none reading like another. */
function pickDistinct(pool: readonly QuizItem[], count: number): QuizItem[] {
  const chosen: QuizItem[] = [];
  for (const item of pool) {
    if (chosen.length >= count) break;
    if (!chosen.some((other) => sameText(other, item))) chosen.push(item);
  }
  return chosen;
}
