/**
 * A table of the snapshot read as formulas see it: columns found by the contract's header rule, input cells normalised by `inputValue`.
 */
import { headerKey } from '../contract/columnHeader';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { inputValue, type ExcelValue } from './values';


/** Excel table names are case-insensitive. */
export function findSnapshotTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  const tables = Array.isArray(snapshot.tables) ? snapshot.tables : [];
  return (
    tables.find((t) => t?.name === name) ?? tables.find((t) => typeof t?.name === 'string' && t.name.toLowerCase() === name.toLowerCase())
  );
}

export interface TableData {
  name: string;
  rowCount: number;
  hasColumn(header: string): boolean;
  /** the input cell; blank for a missing column or a short row */
  cell(row: number, header: string): ExcelValue;
  /** all data cells of a column, top to bottom */
  column(header: string): ExcelValue[];
}

export function readTableData(table: TableSnapshot): TableData {
  const headers = Array.isArray(table.headers) ? table.headers : [];
  const positions = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (!positions.has(key)) positions.set(key, i);
  });
  const rows: unknown[] = Array.isArray(table.values) ? table.values : [];
  const cell = (row: number, header: string): ExcelValue => {
    const at = positions.get(headerKey(header));
    const values = rows[row];
    if (at === undefined || !Array.isArray(values)) return null;
    return inputValue(values[at] as CellValue | undefined);
  };
  return {
    name: table.name,
    rowCount: rows.length,
    hasColumn: (header) => positions.has(headerKey(header)),
    cell,
    column: (header) => rows.map((_, i) => cell(i, header)),
  };
}
