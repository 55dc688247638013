/**
 * The roadmap matrix: projects (rows) × releases (columns), each cell the project's items for the release.
 * One talk's roadmap slide and the deck-wide matrix are both pages of it, drawn by RoadmapTable.svelte.
 * The matrix does not fit one slide at a readable size: it is packed into pages by project, each page
 * showing only the release columns its projects use, while the columns and an estimated height fit.
 */
import type { HistoryItem, ReleaseEntry, RoadmapItem, Vocabulary } from '../model/index.ts';
import { SLIDE_PADDING, SLIDE_SIZE } from './config.ts';
import { columnsByRelease } from './roadmap.ts';

export type MatrixItem = RoadmapItem | HistoryItem;

/** A release column: a release of the deck, or the backlog. */
export type MatrixColumn = ReleaseEntry;

export interface MatrixRow {
  project: string;
  name: string;
  /** The project's short name, for the row heading (its name when it has none). */
  short: string;
  /** Column id → the project's items for it, in the order the talks give them. */
  cells: Record<string, MatrixItem[]>;
}

export interface MatrixPage {
  /** In release order, backlog last: only the columns that the page's rows use. */
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** Sizes in slide pixels (SLIDE_SIZE), matching theme.css; the estimate is checked by the e2e overflow test. */
export interface MatrixLayout {
  /** The table's width: the slide minus its side padding. */
  width: number;
  /** The table's height budget: the slide minus its padding and heading. */
  height: number;
  /** The row-heading column (project names); 0 when rows have no heading. */
  projectColumn: number;
  maxColumns: number;
  fontSize: number;
  lineHeight: number;
  /** Average glyph width in em, a little generous: words wrap before the line is full. */
  charWidth: number;
  cellPaddingX: number;
  cellPaddingY: number;
  itemGap: number;
  headerRow: number;
}

export const MATRIX_LAYOUT: MatrixLayout = {
  width: SLIDE_SIZE.width - 2 * SLIDE_PADDING.x,
  // The slide inside its padding, minus the one-line heading (~62 px) and some more: the estimate errs high.
  height: SLIDE_SIZE.height - 2 * SLIDE_PADDING.y - 72,
  projectColumn: 150,
  maxColumns: 5,
  fontSize: 22,
  lineHeight: 1.25,
  charWidth: 0.5,
  cellPaddingX: 12,
  cellPaddingY: 8,
  itemGap: 13,
  // The release name and its past/ahead tag, on two lines.
  headerRow: 70,
};

/** Every item that has a release, history first, from every talk: what the matrix shows. */
export function matrixItems(vocabulary: Vocabulary): MatrixItem[] {
  return vocabulary.items.filter((item) => item.release !== undefined);
}

/** One row per project that has items, in deck project order. */
export function matrixRows(vocabulary: Vocabulary, items: readonly MatrixItem[]): MatrixRow[] {
  return vocabulary.deck.projects.flatMap((project) => {
    const columns = columnsByRelease(
      vocabulary,
      items.filter((item) => item.project === project.id),
    );
    if (columns.length === 0) return [];
    return [
      {
        project: project.id,
        name: vocabulary.projectName(project.id),
        short: vocabulary.projectShort(project.id),
        cells: Object.fromEntries(columns.map((column) => [column.id, column.items])),
      },
    ];
  });
}

/** The deck's columns (every release, then the backlog) that any of the rows uses, in order. */
function columnsOf(vocabulary: Vocabulary, rows: readonly MatrixRow[]): MatrixColumn[] {
  return vocabulary.releases.filter((column) => rows.some((row) => row.cells[column.id]?.length));
}

/** A single page with every column the items use: one talk's roadmap. */
export function matrixPage(vocabulary: Vocabulary, items: readonly MatrixItem[]): MatrixPage {
  const rows = matrixRows(vocabulary, items);
  return { rows, columns: columnsOf(vocabulary, rows) };
}

/** How many lines a text takes in a column of that width, at the layout's font size. */
export function estimateLines(text: string, columnWidth: number, layout: MatrixLayout = MATRIX_LAYOUT): number {
  const perLine = Math.max(
    1,
    Math.floor((columnWidth - 2 * layout.cellPaddingX) / (layout.fontSize * layout.charWidth)),
  );
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) {
      lines += Math.ceil(length / perLine) - 1;
      used = length % perLine || perLine;
    } else if (used + 1 + length <= perLine) {
      used += 1 + length;
    } else {
      lines += Math.ceil(length / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}

/** The estimated height of a page's table, in slide pixels. */
export function estimateHeight(page: MatrixPage, layout: MatrixLayout = MATRIX_LAYOUT, rowHeadings = true): number {
  if (page.columns.length === 0) return 0;
  const heading = rowHeadings ? layout.projectColumn : 0;
  const columnWidth = (layout.width - heading) / page.columns.length;
  const linePx = layout.fontSize * layout.lineHeight;
  const rowHeight = (row: MatrixRow) =>
    Math.max(
      // The project name wraps in its own column too.
      rowHeadings ? estimateLines(row.short, heading, layout) * linePx : 0,
      ...page.columns.map((column) => {
        const items = row.cells[column.id] ?? [];
        const lines = items.reduce((sum, item) => sum + estimateLines(item.text, columnWidth, layout), 0);
        return lines * linePx + Math.max(0, items.length - 1) * layout.itemGap;
      }),
    ) +
    2 * layout.cellPaddingY;
  return layout.headerRow + page.rows.reduce((sum, row) => sum + rowHeight(row), 0);
}

/**
 * Rows packed into pages in project order: a project joins the current page while the page's columns stay
 * within `maxColumns` and its estimated height within the budget; otherwise it starts the next page.
 * A project too big for any page gets a page of its own.
 */
export function packMatrix(
  vocabulary: Vocabulary,
  items: readonly MatrixItem[],
  layout: MatrixLayout = MATRIX_LAYOUT,
): MatrixPage[] {
  const pages: MatrixPage[] = [];
  let current: MatrixRow[] = [];
  for (const row of matrixRows(vocabulary, items)) {
    const candidate = [...current, row];
    const page = { rows: candidate, columns: columnsOf(vocabulary, candidate) };
    if (
      current.length > 0 &&
      (page.columns.length > layout.maxColumns || estimateHeight(page, layout) > layout.height)
    ) {
      pages.push({ rows: current, columns: columnsOf(vocabulary, current) });
      current = [row];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) pages.push({ rows: current, columns: columnsOf(vocabulary, current) });
  return pages;
}
