import type { HistoryItem, ReleaseEntry, RoadmapItem, Vocabulary } from '../model/index.ts';

export interface ReleaseColumn<Item> extends ReleaseEntry {
  items: Item[];
}

/** Items dealt into the deck's releases, in release order, backlog last; empty releases left out. */
export function columnsByRelease<Item extends RoadmapItem | HistoryItem>(
  vocabulary: Vocabulary,
  items: readonly Item[],
): ReleaseColumn<Item>[] {
  const columns: ReleaseColumn<Item>[] = vocabulary.releases.map((release) => ({ ...release, items: [] }));
  for (const item of items) columns.find((column) => column.id === item.release)?.items.push(item);
  return columns.filter((column) => column.items.length > 0);
}
