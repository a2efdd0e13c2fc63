/**
 * A merge plan as plan steps for a host that edits the open workbook (Office.js): per table,
 * the re-sent units' rows deleted, trailing empty rows reused, the rest appended in
 * payload-sized chunks; then the "Nguồn" sheet. Every written row carries its unit in
 * "Đơn vị báo cáo" from its first write on, so a merge stopped half-way is finished by
 * merging again: the unit's rows, whole or partial, are replaced, never doubled.
 */
import { SOURCE_TABLE, TABLE_HEADER_ROW, TITLE_ROW } from '../contract/layout';
import { DATA_TABLES, REPORTING_UNIT_HEADER } from '../contract/tables';
import { headerKey } from '../contract/columnHeader';
import type { PlanCell, PlanOp } from '../setup/ops';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { findStoppedTable, findTable } from '../validation/locatedTable';
import type { MergePlan, RowsChange } from './planMerge';

/** The contract's number format of a table's column, when the contract knows the column. */
function formatOf(table: string, header: string): string | undefined {
  const columns: readonly { header: string; numberFormat?: string }[] =
    table === SOURCE_TABLE.name ? SOURCE_TABLE.columns : (DATA_TABLES.find((t) => t.name === table)?.columns ?? []);
  return columns.find((c) => headerKey(c.header) === headerKey(header))?.numberFormat;
}

function holdsFormula(formula: CellValue | undefined): boolean {
  return typeof formula === 'string' && formula.startsWith('=');
}

/**
 * One reused row: the unit's cell first (the row is the merge's from then on), then each run
 * of the other columns that hold no formula (a computed column keeps its formula).
 */
function rowWrites(table: TableSnapshot, bodyRow: number, values: readonly CellValue[], formulas: readonly CellValue[] | null, unitColumn: number): PlanOp[] {
  const writable = (c: number) => !formulas || !holdsFormula(formulas[c]);
  const cell = (c: number): PlanCell => ({ value: values[c] ?? null, numberFormat: formatOf(table.name, table.headers[c]) });
  const row = table.headerRow + 1 + bodyRow;
  const ops: PlanOp[] = [];
  const write = (start: number, cells: PlanCell[]) => ops.push({ kind: 'writeCells', sheet: table.sheet, row, column: table.firstColumn + start, cells: [cells] });
  if (unitColumn >= 0) write(unitColumn, [cell(unitColumn)]);
  let run: { start: number; cells: PlanCell[] } | null = null;
  for (let c = 0; c <= table.headers.length; c++) {
    if (c < table.headers.length && c !== unitColumn && writable(c)) {
      if (run) run.cells.push(cell(c));
      else run = { start: c, cells: [cell(c)] };
    } else if (run) {
      write(run.start, run.cells);
      run = null;
    }
  }
  return ops;
}

function changeOps(table: TableSnapshot, change: RowsChange, unitHeader: string): PlanOp[] {
  const ops: PlanOp[] = [];
  const removed = new Set(change.remove);
  if (change.remove.length > 0) ops.push({ kind: 'deleteTableRows', table: table.name, rows: [...change.remove] });
  const kept = table.values.map((_, i) => i).filter((i) => !removed.has(i));
  // A table emptied of rows keeps one, emptied (its formulas too).
  const bodyAfter = Math.max(kept.length, 1);
  const unitColumn = table.headers.findIndex((h) => headerKey(h) === headerKey(unitHeader));
  const reused = Math.max(0, Math.min(change.rows.length, bodyAfter - change.writeAt));
  for (let k = 0; k < reused; k++) {
    const at = change.writeAt + k;
    const before = kept[at];
    ops.push(...rowWrites(table, at, change.rows[k], before === undefined ? null : (table.formulas[before] ?? null), unitColumn));
  }
  if (change.rows.length > reused) ops.push({ kind: 'addTableRows', table: table.name, rows: change.rows.slice(reused) });
  return ops;
}

/** The "Nguồn" sheet's widths and formats: written with every merge, so a stopped one is finished too. */
function sourceFormatOps(): PlanOp[] {
  const { sheet, name, columns } = SOURCE_TABLE;
  return [
    { kind: 'columnWidths', sheet, widths: columns.map((c, i) => ({ column: i, width: c.width })) },
    ...columns.map((c): PlanOp => ({ kind: 'columnFormat', table: name, header: c.header, numberFormat: c.numberFormat, computed: false })),
  ];
}

/** The "Nguồn" sheet and its table, for a consolidated workbook that has none yet. */
export function sourceSheetOps(rows: CellValue[][], sheetExists: boolean): PlanOp[] {
  const { sheet, name, columns, title } = SOURCE_TABLE;
  return [
    ...(sheetExists ? [] : [{ kind: 'addSheet', sheet } as PlanOp]),
    { kind: 'writeCells', sheet, row: TITLE_ROW, column: 0, cells: [[{ value: title, style: 'title' }]] },
    { kind: 'addTable', sheet, table: name, row: TABLE_HEADER_ROW, column: 0, headers: columns.map((c) => c.header), rows },
    ...sourceFormatOps(),
  ];
}

/** The whole merge as plan steps on `target`, the snapshot `plan` was made from. */
export function mergeOps(target: WorkbookSnapshot, plan: MergePlan): PlanOp[] {
  const ops: PlanOp[] = plan.headerCells.map((cell): PlanOp => ({ kind: 'writeCells', sheet: cell.sheet, row: cell.row, column: cell.column, cells: [[{ value: cell.value }]] }));
  for (const change of plan.changes) {
    const table = findTable(target, change.table);
    if (!table) throw new Error(`mergeOps: no table ${change.table} in the snapshot the plan was made from`);
    const unitHeader = change.table === SOURCE_TABLE.name ? SOURCE_TABLE.columns[0].header : REPORTING_UNIT_HEADER;
    ops.push(...changeOps(table, change, unitHeader));
    if (change.table === SOURCE_TABLE.name) ops.push(...sourceFormatOps());
  }
  if (plan.newSourceRows) ops.push(...sourceSheetOps(plan.newSourceRows, target.sheets.includes(SOURCE_TABLE.sheet)));
  return ops;
}

/**
 * The "Nguồn" table a stopped first merge left unnamed (created, not yet named), adopted:
 * the snapshot as it is once renamed, and the step that renames it — to run before the
 * merge's own steps, which then treat it as the workbook's "Nguồn".
 */
export function adoptStoppedSource(target: WorkbookSnapshot): { snapshot: WorkbookSnapshot; ops: PlanOp[] } {
  const { sheet, name, columns } = SOURCE_TABLE;
  const stopped = findStoppedTable(target, { name, sheet, headerRow: TABLE_HEADER_ROW, column: 0, headers: columns.map((c) => c.header) });
  if (!stopped) return { snapshot: target, ops: [] };
  return {
    snapshot: { ...target, tables: target.tables.map((t) => (t === stopped ? { ...t, name } : t)) },
    ops: [{ kind: 'renameTable', table: stopped.name, name }],
  };
}
