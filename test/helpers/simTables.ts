/**
 * Filling the simulated workbook as a user would: rows typed into the contract tables (the
 * tables grow, calculated columns fill down), header cells typed on "Thông tin".
 */
import { DATA_TABLES, NAMED_CELLS, type TableSpec } from '../../src/domain/contract';
import { cellAddress, columnIndex, columnLetter, parseCell } from '../../src/domain/util/a1';
import type { CellValue } from '../../src/domain/snapshot';
import { tableInfo, type Sim } from '../excel/simHost';
import { DEFAULT_HEADER, type RowInput } from './snapshot';

export function tableSpec(name: string): TableSpec {
  const spec = DATA_TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`No contract table ${name}`);
  return spec;
}

/**
 * A row in the table's column order. Input columns get the row's value by key or header
 * ("" when absent); auto/computed columns get null (the calculated formula fills them)
 * unless the row gives a value, which is then typed over the formula.
 */
export function rowValues(spec: TableSpec, row: RowInput): (CellValue | null)[] {
  return spec.columns.map((column) => {
    const own = (k: string) => Object.prototype.hasOwnProperty.call(row, k);
    const given = own(column.key) ? row[column.key] : own(column.header) ? row[column.header] : undefined;
    if (given !== undefined) return given;
    return column.kind === 'input' ? '' : null;
  });
}

/**
 * Types `rows` into a table that holds only the template's empty row: the first row goes
 * into that row, the others are added with `table.rows.add` (payload-sized chunks), as
 * pasting below a table makes it grow. Returns the 1-based sheet row of each data row.
 */
export async function fillTable(sim: Sim, name: string, rows: readonly RowInput[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const spec = tableSpec(name);
  const values = rows.map((r) => rowValues(spec, r));
  const info = sim.workbook.getTableInfo(name);
  if (!info) throw new Error(`No table ${name}`);
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    // null leaves the calculated formula of the template row in place
    table.getDataBodyRange().getRow(0).values = [values[0] as (string | number | boolean)[]];
    const chunk = 2000;
    for (let start = 1; start < values.length; start += chunk) {
      table.rows.add(undefined, values.slice(start, start + chunk) as (string | number | boolean)[][]);
      await context.sync();
    }
    await context.sync();
  });
  const first = firstDataRow(sim, name);
  return rows.map((_, i) => first + i);
}

/** 1-based sheet row of a table's first data row. */
export function firstDataRow(sim: Sim, name: string): number {
  const info = sim.workbook.getTableInfo(name);
  if (!info) throw new Error(`No table ${name}`);
  const match = /![A-Z]+(\d+)/.exec(info.bodyAddress);
  if (!match) throw new Error(`Unexpected body address ${info.bodyAddress}`);
  return Number(match[1]);
}

/** Column letter of a table column, by header. */
export function columnOf(sim: Sim, table: string, header: string): string {
  const info = sim.workbook.getTableInfo(table);
  if (!info) throw new Error(`No table ${table}`);
  const index = info.headers.indexOf(header);
  if (index < 0) throw new Error(`No column "${header}" in ${table}`);
  const start = /!\$?([A-Z]+)/.exec(info.address)?.[1] ?? 'A';
  return columnLetter(columnIndex(start) + index);
}

/** Cell address of a table cell: data row `index` (0-based) of column `header`. */
export function cellOf(sim: Sim, table: string, header: string, index: number): string {
  return `${columnOf(sim, table, header)}${firstDataRow(sim, table) + index}`;
}

/** Types the report header on "Thông tin" (default: the realistic year-end header). */
export function typeHeader(sim: Sim, values: Partial<Record<string, CellValue>> = DEFAULT_HEADER): void {
  NAMED_CELLS.forEach((spec) => {
    if (spec.kind !== 'input') return;
    const value = values[spec.name];
    if (value === undefined || value === null) return;
    const name = sim.workbook.names().find((n) => n.name === spec.name);
    if (!name) throw new Error(`No named cell ${spec.name}`);
    const match = /^=?'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(name.formula);
    if (!match) throw new Error(`Unexpected name formula ${name.formula}`);
    sim.workbook.setCell(match[1], `${match[2]}${match[3]}`, value);
  });
}

/** The values of a table's body in the simulated workbook, row by row (empty cells as null). */
export function tableValues(sim: Sim, name: string): unknown[][] {
  const info = tableInfo(sim, name);
  const [from, to] = info.bodyAddress.split('!')[1].split(':');
  const a = parseCell(from);
  const b = parseCell(to ?? from);
  const rows: unknown[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: unknown[] = [];
    for (let c = a.column; c <= b.column; c++) row.push(sim.workbook.getCell(info.sheet, cellAddress(r, c)).value ?? null);
    rows.push(row);
  }
  return rows;
}
