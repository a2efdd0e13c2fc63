import type ExcelJS from 'exceljs';
import { CATALOGUES, CATALOGUE_SHEET } from '../domain/contract/catalogues';
import { DATA_TABLES } from '../domain/contract/tables';
import { headerKey, sameHeader } from '../domain/contract/columnHeader';
import { isEmptyCell } from '../domain/snapshot';
import { valueAt } from './sheetCells';

/**
 * A "hand-typed contract workbook": the contract's headers typed on the right sheet, with
 * data under them, but no Excel table. Such a block is read as the table it stands for, and
 * `materializeHandTypedTables` turns it into a real table without moving a cell.
 */
export interface HandTypedBlock {
  name: string;
  sheet: string;
  /** 0-based */
  headerRow: number;
  firstColumn: number;
  headers: string[];
  /** data rows (at least one: an empty row under the header becomes the table's first row) */
  rowCount: number;
}

interface ContractBlockSpec {
  name: string;
  sheet: string;
  headers: readonly string[];
}

const CONTRACT_BLOCKS: readonly ContractBlockSpec[] = [
  // Recognised by the columns every format has: a v1 block lacks the optional ones.
  ...DATA_TABLES.map((t) => ({ name: t.name, sheet: t.sheet, headers: t.columns.filter((c) => !c.optional).map((c) => c.header) })),
  ...CATALOGUES.map((c) => ({ name: c.name, sheet: CATALOGUE_SHEET, headers: c.columns.map((h) => h.header) })),
];

/** How far down a sheet a typed header row is looked for. */
const HEADER_SEARCH_ROWS = 50;

export interface Occupied {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function overlaps(areas: readonly Occupied[], sheet: string, top: number, left: number, bottom: number, right: number): boolean {
  return areas.some((a) => a.sheet === sheet && a.top <= bottom && a.bottom >= top && a.left <= right && a.right >= left);
}

/** Runs of adjacent text cells in a row, as [first, last] 0-based columns. */
function textRuns(worksheet: ExcelJS.Worksheet, row: number, width: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let column = 0; column <= width; column++) {
    const value = column < width ? valueAt(worksheet, row, column) : null;
    const text = typeof value === 'string' && value.trim() !== '';
    if (text && start < 0) start = column;
    if (!text && start >= 0) {
      runs.push([start, column - 1]);
      start = -1;
    }
  }
  return runs;
}

function isHeaderRun(headers: string[], spec: ContractBlockSpec): boolean {
  const matched = spec.headers.filter((h) => headers.some((typed) => sameHeader(typed, h))).length;
  const unique = new Set(headers.map(headerKey)).size === headers.length;
  return unique && matched >= Math.max(2, Math.ceil(spec.headers.length / 2));
}

function hasMerges(worksheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): boolean {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (worksheet.findCell(r + 1, c + 1)?.isMerged) return true;
    }
  }
  return false;
}

function rowIsEmpty(worksheet: ExcelJS.Worksheet, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isEmptyCell(valueAt(worksheet, row, c))) return false;
  return true;
}

function findBlock(
  worksheet: ExcelJS.Worksheet,
  spec: ContractBlockSpec,
  occupied: readonly Occupied[],
  extent: { rows: number; columns: number },
): HandTypedBlock | null {
  for (let row = 0; row < Math.min(extent.rows, HEADER_SEARCH_ROWS); row++) {
    for (const [left, right] of textRuns(worksheet, row, extent.columns)) {
      const headers: string[] = [];
      for (let c = left; c <= right; c++) headers.push(String(valueAt(worksheet, row, c)));
      if (!isHeaderRun(headers, spec)) continue;
      let bottom = row + 1;
      while (bottom < extent.rows && !rowIsEmpty(worksheet, bottom, left, right)) bottom++;
      // an Excel table always has a data row: an empty row under the header becomes it
      const lastRow = Math.max(bottom - 1, row + 1);
      if (overlaps(occupied, spec.sheet, row, left, lastRow, right)) continue;
      if (hasMerges(worksheet, row, left, lastRow, right)) continue;
      return { name: spec.name, sheet: spec.sheet, headerRow: row, firstColumn: left, headers, rowCount: lastRow - row };
    }
  }
  return null;
}

/**
 * Typed contract blocks of the workbook, for contract tables that do not exist as Excel
 * tables. `existingTables` are the real tables' names; `occupied` their areas.
 */
export function findHandTypedBlocks(
  workbook: ExcelJS.Workbook,
  existingTables: readonly string[],
  occupied: readonly Occupied[],
  extents: Record<string, { rows: number; columns: number } | undefined>,
): HandTypedBlock[] {
  const taken = new Set(existingTables.map((n) => n.toLowerCase()));
  const blocks: HandTypedBlock[] = [];
  for (const spec of CONTRACT_BLOCKS) {
    if (taken.has(spec.name.toLowerCase())) continue;
    const worksheet = workbook.getWorksheet(spec.sheet);
    const extent = extents[spec.sheet];
    if (!worksheet || !extent) continue;
    const areas = [
      ...occupied,
      ...blocks.map((b) => ({ sheet: b.sheet, top: b.headerRow, left: b.firstColumn, bottom: b.headerRow + b.rowCount, right: b.firstColumn + b.headers.length - 1 })),
    ];
    const block = findBlock(worksheet, spec, areas, extent);
    if (block) blocks.push(block);
  }
  return blocks;
}
