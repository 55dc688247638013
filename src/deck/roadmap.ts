import type { Deck, HistoryItem, RoadmapItem } from '../model/index.ts';
import { BACKLOG } from '../model/constants.ts';

export interface ReleaseColumn<Item> {
  /** A release id, or BACKLOG. */
  id: string;
  name: string;
  role: 'past' | 'ahead' | 'backlog';
  items: Item[];
}

/** Items dealt into the deck's releases, in release order, backlog last; empty releases left out. */
export function columnsByRelease<Item extends RoadmapItem | HistoryItem>(
  deck: Pick<Deck, 'releases'>,
  items: readonly Item[],
  backlogName: string,
): ReleaseColumn<Item>[] {
  const columns: ReleaseColumn<Item>[] = [
    ...deck.releases.map((release) => ({ id: release.id, name: release.name, role: release.role, items: [] })),
    { id: BACKLOG, name: backlogName, role: 'backlog', items: [] },
  ];
  for (const item of items) columns.find((column) => column.id === item.release)?.items.push(item);
  return columns.filter((column) => column.items.length > 0);
}
