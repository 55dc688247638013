/**
 * The deck's one vocabulary: what a release, a project, a talk or an item is called, and what role a release
 * plays, looked up by id. Every page, export and command asks here instead of searching the deck again.
 * Pure; built once per deck object (decks are plain data, never changed in place).
 */
import { BACKLOG } from './constants.ts';
import type { Deck, HistoryItem, Project, Release, RoadmapItem, Talk } from './schema.ts';

/** A release's part in the story: history (`past`), roadmap (`ahead`), or the backlog (planned, no release). */
export type ReleaseRole = Release['role'] | 'backlog';

/** A release as the slides name it; the backlog is one too, after every release of the deck. */
export interface ReleaseEntry {
  /** A release id, or BACKLOG. */
  id: string;
  name: string;
  role: ReleaseRole;
}

/** A history or roadmap item, with the talk that holds it. */
export type DeckItem =
  (HistoryItem & { source: 'history'; talk: string }) | (RoadmapItem & { source: 'roadmap'; talk: string });

/** What the vocabulary reads from a deck. */
export type DeckFacts = Pick<Deck, 'language' | 'releases' | 'projects' | 'talks'>;

/**
 * The backlog's name, as a release's: a name, the same in every edition of a recap (Pike is Pike in English and
 * in French, and so is the Backlog). The sentences about it ("stays in the backlog") are src/locale's.
 */
export const BACKLOG_NAME = 'Backlog';

export class Vocabulary {
  /** Every release in deck order, then the backlog. */
  readonly releases: readonly ReleaseEntry[];
  /** Every item, talk by talk in deck order: each talk's history, then its roadmap. */
  readonly items: readonly DeckItem[];
  private readonly releaseById: ReadonlyMap<string, { entry: ReleaseEntry; rank: number }>;
  private readonly projectById: ReadonlyMap<string, Project>;
  private readonly talkById: ReadonlyMap<string, Talk>;
  private readonly itemById: ReadonlyMap<string, DeckItem>;
  private readonly itemsByTalk: ReadonlyMap<string, readonly DeckItem[]>;

  constructor(readonly deck: DeckFacts) {
    this.releases = [
      ...deck.releases.map((release): ReleaseEntry => ({ id: release.id, name: release.name, role: release.role })),
      { id: BACKLOG, name: BACKLOG_NAME, role: 'backlog' },
    ];
    this.releaseById = new Map(this.releases.map((entry, rank) => [entry.id, { entry, rank }]));
    this.projectById = new Map(deck.projects.map((project) => [project.id, project]));
    this.talkById = new Map(deck.talks.map((talk) => [talk.id, talk]));
    this.itemsByTalk = new Map(
      deck.talks.map((talk) => [
        talk.id,
        [
          ...(talk.history ?? []).map((item): DeckItem => ({ ...item, source: 'history', talk: talk.id })),
          ...(talk.roadmap ?? []).map((item): DeckItem => ({ ...item, source: 'roadmap', talk: talk.id })),
        ],
      ]),
    );
    this.items = [...this.itemsByTalk.values()].flat();
    this.itemById = new Map(this.items.map((item) => [item.id, item]));
  }

  /** A release of the deck, or the backlog; undefined for an id the deck does not list. */
  release(id: string): ReleaseEntry | undefined {
    return this.releaseById.get(id)?.entry;
  }

  /** The release's name (the backlog's too); the id itself when the deck does not list it. */
  releaseName(id: string): string {
    return this.release(id)?.name ?? id;
  }

  /** When an item is: its release's name, or for a history item dated otherwise, its date. */
  itemWhen(item: { release?: string; when?: string }): string {
    return item.release ? this.releaseName(item.release) : (item.when ?? '');
  }

  releaseRole(id: string): ReleaseRole | undefined {
    return this.release(id)?.role;
  }

  /** Position on the time line: releases in deck order, then the backlog; -1 for an id the deck does not list. */
  releaseRank(id: string): number {
    return this.releaseById.get(id)?.rank ?? -1;
  }

  projectName(id: string): string {
    return this.projectById.get(id)?.name ?? id;
  }

  /** The project's short name for tight places; its name when it has none. */
  projectShort(id: string): string {
    const project = this.projectById.get(id);
    return project?.short ?? project?.name ?? id;
  }

  talk(id: string): Talk | undefined {
    return this.talkById.get(id);
  }

  talkTitle(id: string): string {
    return this.talk(id)?.title ?? id;
  }

  item(id: string): DeckItem | undefined {
    return this.itemById.get(id);
  }

  /** The talk's history items, then its roadmap items, in the order the talk gives them. */
  itemsOf(talk: string): readonly DeckItem[] {
    return this.itemsByTalk.get(talk) ?? [];
  }
}

const vocabularies = new WeakMap<DeckFacts, Vocabulary>();

/** The vocabulary of a deck, built on first use and kept while the deck object lives. */
export function vocabularyOf(deck: DeckFacts): Vocabulary {
  const built = vocabularies.get(deck) ?? new Vocabulary(deck);
  vocabularies.set(deck, built);
  return built;
}
