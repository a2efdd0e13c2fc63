import type { CellValue } from '../../snapshot';

/** A merged range of an export sheet (0-based, inclusive). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet of a one-stop system's export as the adapters read it: every cell's value
 * (a merged range's value sits in its top-left cell, as in the file) and the merged ranges.
 */
export interface ExportGrid {
  sheet: string;
  /** rows of cell values from A1; rows may be ragged */
  cells: CellValue[][];
  merges: MergedRange[];
}

export function cellOf(grid: ExportGrid, row: number, column: number): CellValue {
  return grid.cells[row]?.[column] ?? null;
}

/** Header text as a reader sees it: NFC, line breaks and runs of spaces as one space. */
export function displayText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The grid's text with every merged range's value copied to all its cells (for header rows). */
export function spreadMerges(grid: ExportGrid, top: number, bottom: number): string[][] {
  const width = Math.max(0, ...grid.cells.slice(top, bottom + 1).map((r) => r.length), ...grid.merges.map((m) => m.right + 1));
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) rows.push(Array.from({ length: width }, (_, c) => displayText(cellOf(grid, r, c))));
  for (const m of grid.merges) {
    if (m.bottom < top || m.top > bottom) continue;
    const text = displayText(cellOf(grid, m.top, m.left));
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      for (let c = m.left; c <= m.right; c++) rows[r - top][c] = text;
    }
  }
  return rows;
}
