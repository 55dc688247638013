/**
 * The history timeline: what happened in which release (or when), across every talk, in release order.
 * Items dated by `when` only keep the place their talk's history gives them: just before the next item of
 * that talk that has a release (or just after the previous one). A release's `note` in deck.yaml is a
 * milestone of its own, ahead releases included.
 */
import type { Vocabulary } from '../model/index.ts';
import { estimateLines, MATRIX_LAYOUT, type MatrixLayout } from './matrix.ts';

export interface TimelineEntry {
  /** Unique on the time line, whatever the item ids: `item:<id>`, or `note:<release id>` for a release's note. */
  key: string;
  /** The history item's id, or `release-<id>` for a release's note. */
  id: string;
  text: string;
  /** Undefined for a release's note. */
  project?: string;
}

export interface TimelineEra {
  /** A release id, or `when:<text>` for items dated by `when` only. */
  key: string;
  label: string;
  role: 'past' | 'ahead' | 'when';
  entries: TimelineEntry[];
}

export const TIMELINE_LAYOUT: MatrixLayout & { labelColumn: number; eraPadding: number } = {
  ...MATRIX_LAYOUT,
  // The entries' column: the table's width minus the date column and the gap.
  width: MATRIX_LAYOUT.width - 230 - 28,
  height: 520,
  fontSize: 26,
  lineHeight: 1.3,
  cellPaddingX: 0,
  itemGap: 6,
  labelColumn: 230,
  eraPadding: 22,
};

interface Ranked {
  rank: number;
  key: string;
  label: string;
  role: TimelineEra['role'];
  entry: TimelineEntry;
}

export function timelineEras(vocabulary: Vocabulary): TimelineEra[] {
  const { deck } = vocabulary;
  const pastCount = deck.releases.filter((release) => release.role === 'past').length;
  const ranked: Ranked[] = deck.releases.flatMap((release) =>
    release.note
      ? [
          {
            rank: vocabulary.releaseRank(release.id),
            key: release.id,
            label: release.name,
            role: release.role,
            entry: { key: `note:${release.id}`, id: `release-${release.id}`, text: release.note },
          },
        ]
      : [],
  );
  for (const talk of deck.talks) {
    const history = talk.history ?? [];
    history.forEach((item, position) => {
      const entry = { key: `item:${item.id}`, id: item.id, text: item.text, project: item.project };
      // History happened in a release of the deck (the validator makes sure), never in the backlog.
      const release = item.release === undefined ? undefined : vocabulary.release(item.release);
      if (release && release.role !== 'backlog') {
        ranked.push({
          rank: vocabulary.releaseRank(release.id),
          key: release.id,
          label: release.name,
          role: release.role,
          entry,
        });
        return;
      }
      const next = history.slice(position + 1).find((other) => other.release !== undefined);
      const previous = history
        .slice(0, position)
        .reverse()
        .find((other) => other.release !== undefined);
      const rank =
        next?.release !== undefined
          ? vocabulary.releaseRank(next.release) - 0.5
          : previous?.release !== undefined
            ? vocabulary.releaseRank(previous.release) + 0.5
            : pastCount - 0.5;
      const when = item.when ?? '';
      ranked.push({ rank, key: `when:${when}`, label: when, role: 'when', entry });
    });
  }
  // A stable sort: within a rank, release notes first, then talks in deck order, items in their order.
  ranked.sort((a, b) => a.rank - b.rank);
  const eras: TimelineEra[] = [];
  for (const { key, label, role, entry } of ranked) {
    const last = eras.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else eras.push({ key, label, role, entries: [entry] });
  }
  return eras;
}

/** The estimated height of one era's row, in slide pixels. */
export function estimateEraHeight(era: TimelineEra, vocabulary: Vocabulary, layout = TIMELINE_LAYOUT): number {
  const linePx = layout.fontSize * layout.lineHeight;
  const lines = era.entries.reduce(
    (sum, entry) =>
      sum +
      estimateLines(
        entry.project ? `${vocabulary.projectShort(entry.project)} · ${entry.text}` : entry.text,
        layout.width,
        layout,
      ),
    0,
  );
  const labelLines = estimateLines(era.label, layout.labelColumn, layout);
  return Math.max(lines * linePx + (era.entries.length - 1) * layout.itemGap, labelLines * linePx) + layout.eraPadding;
}

/** Eras packed into slides, in order, while their estimated height fits. */
export function packTimeline(
  eras: readonly TimelineEra[],
  vocabulary: Vocabulary,
  layout = TIMELINE_LAYOUT,
): TimelineEra[][] {
  const pages: TimelineEra[][] = [];
  let height = 0;
  for (const era of eras) {
    const eraHeight = estimateEraHeight(era, vocabulary, layout);
    if (pages.length === 0 || height + eraHeight > layout.height) {
      pages.push([era]);
      height = eraHeight;
    } else {
      pages.at(-1)!.push(era);
      height += eraHeight;
    }
  }
  return pages;
}
