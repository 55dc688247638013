/** The deck seen as quiz material: every roadmap and history item, flattened, with lookups the questions need. */
import type { Deck } from '../src/model/schema.ts';
import { vocabularyOf, type Vocabulary } from '../src/model/vocabulary.ts';
import { normalizeAnswer } from './normalize.ts';
import { hashText } from './random.ts';

export interface QuizItem {
  id: string;
  source: 'roadmap' | 'history';
  text: string;
  /** A release id; BACKLOG for a roadmap item with no release; undefined for history dated by `when` only. */
  release?: string;
  when?: string;
  project: string;
  talk: string;
  aliases: string[];
}

/** A project's roadmap items for one release (or the backlog): the subject of multi-select and recall questions. */
export interface GoalGroup {
  project: string;
  release: string;
  items: QuizItem[];
}

/**
 * Changes when the item's meaning does (text or release), not when its punctuation or case does: a card whose
 * fingerprint no longer matches is reset.
 */
export function fingerprint(item: Pick<QuizItem, 'text' | 'release' | 'when'>): string {
  return hashText(`${normalizeAnswer(item.text)}|${item.release ?? ''}|${item.when ?? ''}`)
    .toString(16)
    .padStart(8, '0');
}

export function collectItems(deck: Deck): QuizItem[] {
  return vocabularyOf(deck).items.map((item): QuizItem => ({ ...item, aliases: item.aliases ?? [] }));
}

/** Lookups over one deck, built once per deck object (decks are plain data and never mutated). */
export class DeckIndex {
  readonly items: QuizItem[];
  /** The deck's names and roles (src/model/vocabulary.ts). */
  readonly vocabulary: Vocabulary;
  private readonly itemById: Map<string, QuizItem>;
  private readonly sameText = new Map<string, QuizItem[]>();

  constructor(readonly deck: Deck) {
    this.items = collectItems(deck);
    this.vocabulary = vocabularyOf(deck);
    this.itemById = new Map(this.items.map((item) => [item.id, item]));
    for (const item of this.items) {
      const key = normalizeAnswer(item.text);
      this.sameText.set(key, [...(this.sameText.get(key) ?? []), item]);
    }
  }

  item(id: string): QuizItem | undefined {
    return this.itemById.get(id);
  }

  /** The items whose text reads the same as this one (including itself). */
  twins(item: QuizItem): QuizItem[] {
    return this.sameText.get(normalizeAnswer(item.text)) ?? [item];
  }

  /** Every release that is a right answer for the item: its own, and those of same-text items of its project. */
  rightReleases(item: QuizItem): Set<string> {
    return new Set(
      this.twins(item)
        .filter((twin) => twin.project === item.project && twin.release !== undefined)
        .map((twin) => twin.release!),
    );
  }

  /** Every project that is a right answer for the item: its own, and those of same-text items. */
  rightProjects(item: QuizItem): Set<string> {
    return new Set(this.twins(item).map((twin) => twin.project));
  }

  releaseName(id: string): string {
    return this.vocabulary.releaseName(id);
  }

  projectName(id: string): string {
    return this.vocabulary.projectName(id);
  }

  /** The ways a project is written: its name and its short name. */
  projectNames(id: string): string[] {
    return [...new Set([this.vocabulary.projectName(id), this.vocabulary.projectShort(id)])];
  }

  /** The projects a text names (by name or short name), in deck order. */
  projectsNamedIn(text: string): string[] {
    return this.remember(this.projectsIn, text, () =>
      this.deck.projects
        .filter((project) => this.projectNames(project.id).some((name) => namesWords(text, name)))
        .map((project) => project.id),
    );
  }

  /** The releases a text names, in deck order. */
  releasesNamedIn(text: string): string[] {
    return this.remember(this.releasesIn, text, () =>
      this.deck.releases.filter((release) => namesWords(text, release.name)).map((release) => release.id),
    );
  }

  // Item texts are read again for every question built: what they name is worked out once.
  private readonly projectsIn = new Map<string, string[]>();
  private readonly releasesIn = new Map<string, string[]>();

  private remember(cache: Map<string, string[]>, text: string, work: () => string[]): string[] {
    let found = cache.get(text);
    if (!found) {
      found = work();
      cache.set(text, found);
    }
    return found;
  }

  /** Position on the time line: releases in deck order, then the backlog (and last, an id the deck lacks). */
  releaseRank(id: string): number {
    const rank = this.vocabulary.releaseRank(id);
    return rank >= 0 ? rank : this.vocabulary.releases.length;
  }

  /** Roadmap items grouped by project and release, in deck order of first appearance. */
  goalGroups(): GoalGroup[] {
    const groups = new Map<string, GoalGroup>();
    for (const item of this.items) {
      if (item.source !== 'roadmap' || item.release === undefined) continue;
      const key = `${item.project}:${item.release}`;
      const group = groups.get(key) ?? { project: item.project, release: item.release, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  goalGroup(project: string, release: string): GoalGroup | undefined {
    const items = this.items.filter(
      (item) => item.source === 'roadmap' && item.project === project && item.release === release,
    );
    return items.length > 0 ? { project, release, items } : undefined;
  }

  /** The items of a project that have a release (history and roadmap), when they span at least two releases. */
  sortableItems(project: string): QuizItem[] {
    const items = this.items.filter((item) => item.project === project && item.release !== undefined);
    return new Set(items.map((item) => item.release)).size >= 2 ? items : [];
  }
}

/** Whether `name` appears in `text` as whole words, whatever the case, accents and punctuation. */
export function namesWords(text: string, name: string): boolean {
  const wanted = normalizeAnswer(name);
  return wanted !== '' && ` ${normalizeAnswer(text)} `.includes(` ${wanted} `);
}

/**
 * The text with every whole-word occurrence of the names replaced by "…": a choice must not point at the project
 * the prompt names (« Support d’Octavia dans la CLI » under « les objectifs Pike d’Octavia »).
 */
export function maskNames(text: string, names: readonly string[]): string {
  let masked = text;
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), '…');
  }
  return masked;
}

const indexes = new WeakMap<Deck, DeckIndex>();

export function indexDeck(deck: Deck): DeckIndex {
  let index = indexes.get(deck);
  if (!index) {
    index = new DeckIndex(deck);
    indexes.set(deck, index);
  }
  return index;
}
