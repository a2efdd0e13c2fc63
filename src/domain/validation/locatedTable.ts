/**
 * A contract table found in a snapshot, with its columns located by header text: users
 * may add, move or drop columns, so positions never come from the contract.
 */
import { headerKey, sameHeader } from '../contract/columnHeader';
import type { TableSpec } from '../contract/types';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAddress } from '../util/a1';
import { cellAt, isBlank } from './cells';

export function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  const tables = Array.isArray(snapshot.tables) ? snapshot.tables : [];
  const wanted = name.toLowerCase();
  return tables.find((t) => t !== null && typeof t === 'object' && String(t.name).toLowerCase() === wanted);
}

/**
 * A table the add-in began to create and was stopped before naming: at the place of the
 * table `name` (sheet, header row, first column), with its headers, under another name that
 * is not one of `reserved` (names the add-in gives, lower case). Office.js creates a table
 * and names it in two actions, so a request applied in part leaves one ("Table13"); a
 * rerun renames it rather than creating a second table over it.
 */
export function findStoppedTable(
  snapshot: WorkbookSnapshot,
  place: { name: string; sheet: string; headerRow: number; column: number; headers: readonly string[] },
  reserved: ReadonlySet<string> = new Set(),
): TableSnapshot | undefined {
  if (findTable(snapshot, place.name)) return undefined;
  const tables = Array.isArray(snapshot.tables) ? snapshot.tables : [];
  return tables.find(
    (t) =>
      t.sheet === place.sheet &&
      t.headerRow === place.headerRow &&
      t.firstColumn === place.column &&
      !reserved.has(String(t.name).toLowerCase()) &&
      Array.isArray(t.headers) &&
      t.headers.length === place.headers.length &&
      t.headers.every((h, i) => sameHeader(h, place.headers[i])),
  );
}

export interface LocatedTable {
  spec: TableSpec;
  snapshot: TableSnapshot;
  sheet: string;
  rowCount: number;
  /** column key → index among the snapshot's headers (absent when the column is missing) */
  index: ReadonlyMap<string, number>;
  cell(row: number, key: string): CellValue;
  /** A1 address of a data cell; falls back to the row's first cell for a missing column */
  address(row: number, key: string): string;
  /** the row has some input (STT and computed columns do not count) */
  hasInput(row: number): boolean;
  /**
   * the formula of a cell that holds one but no result (a file written by a program that
   * does not calculate): its value cannot be read, which is not the same as blank; else null
   */
  formulaWithoutResult(row: number, key: string): string | null;
}

function formulaWithoutResult(values: unknown, formulas: unknown, at: number): string | null {
  if (!isBlank(cellAt(values, at))) return null;
  const formula = cellAt(formulas, at);
  return typeof formula === 'string' && formula.startsWith('=') && formula.length > 1 ? formula : null;
}

function safeInteger(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

export function locateTable(spec: TableSpec, table: TableSnapshot): LocatedTable {
  const headers = Array.isArray(table.headers) ? table.headers : [];
  const byHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (!byHeader.has(key)) byHeader.set(key, i);
  });
  const index = new Map<string, number>();
  for (const column of spec.columns) {
    const at = byHeader.get(headerKey(column.header));
    if (at !== undefined) index.set(column.key, at);
  }
  const rows: unknown[] = Array.isArray(table.values) ? table.values : [];
  const formulaRows: unknown[] = Array.isArray(table.formulas) ? table.formulas : [];
  const headerRow = safeInteger(table.headerRow);
  const firstColumn = safeInteger(table.firstColumn);
  const inputIndexes = spec.columns.filter((c) => c.kind === 'input' && index.has(c.key)).map((c) => index.get(c.key)!);
  const inputCache: (boolean | undefined)[] = [];

  return {
    spec,
    snapshot: table,
    sheet: typeof table.sheet === 'string' && table.sheet !== '' ? table.sheet : spec.sheet,
    rowCount: rows.length,
    index,
    cell: (row, key) => {
      const at = index.get(key);
      return at === undefined ? null : cellAt(rows[row], at);
    },
    address: (row, key) => cellAddress(headerRow + 1 + row, firstColumn + (index.get(key) ?? 0)),
    hasInput: (row) => {
      let cached = inputCache[row];
      if (cached === undefined) {
        cached = inputIndexes.some((i) => !isBlank(cellAt(rows[row], i)) || formulaWithoutResult(rows[row], formulaRows[row], i) !== null);
        inputCache[row] = cached;
      }
      return cached;
    },
    formulaWithoutResult: (row, key) => {
      const at = index.get(key);
      return at === undefined ? null : formulaWithoutResult(rows[row], formulaRows[row], at);
    },
  };
}
