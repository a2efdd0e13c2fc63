/**
 * Table (ListObject) mutations with Excel's rules: no overlap, unique text headers, rows and
 * columns grow into empty cells only (see README: where real Excel would shift neighbouring
 * cells, the simulator refuses with InvalidOperation so the adapter never relies on it),
 * calculated columns fill new rows, formats/validation of the last row extend downwards.
 */
import { Rect, intersect } from '../addressing';
import { simError } from '../errors';
import { Cell, interpretInput } from './cells';
import { SheetModel, cellKey, keyCol, keyRow } from './sheet';
import { TableColumnModel, TableModel } from './table';
import type { WorkbookModel } from './workbookModel';

let columnIds = 0;

function newColumn(name: string): TableColumnModel {
  columnIds++;
  return { id: columnIds, name };
}

export function hasContent(sheet: SheetModel, r: Rect): boolean {
  for (const _ of sheet.contentCells(r)) return true;
  return false;
}

/** Moves every cell of `src` by (dr, dc); the vacated cells become empty. */
export function moveCells(wb: WorkbookModel, sheet: SheetModel, src: Rect, dr: number, dc: number): void {
  const moving: [number, number, Cell][] = [];
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row >= src.row && row < src.row + src.rows && col >= src.col && col < src.col + src.cols) moving.push([row, col, cell]);
  }
  for (const [row, col] of moving) sheet.cells.delete(cellKey(row, col));
  for (const [row, col, cell] of moving) sheet.cells.set(cellKey(row + dr, col + dc), cell);
  wb.touchStructure();
}

function uniqueHeaders(raw: readonly string[]): string[] {
  const out: string[] = [];
  raw.forEach((text, i) => {
    const base = text === '' ? `Column${i + 1}` : text;
    let name = base;
    let n = 2;
    while (out.some((o) => o.toLowerCase() === name.toLowerCase())) name = `${base}${n++}`;
    out.push(name);
  });
  return out;
}

export function createTable(wb: WorkbookModel, sheet: SheetModel, area: Rect, hasHeaders: boolean, name?: string): TableModel {
  for (const other of wb.tableList) {
    if (other.sheet === sheet && intersect(other.rect, area)) {
      throw simError('InvalidArgument', `The range overlaps table ${other.name}.`);
    }
  }
  if (area.rows > 100000 || area.cols > 1000) throw simError('InvalidArgument', 'Tables on whole rows or columns are not supported.');
  let tableName = name;
  if (tableName === undefined) {
    let n = wb.tableList.length + 1;
    while (wb.table(`Table${n}`) || wb.name(`Table${n}`)) n++;
    tableName = `Table${n}`;
  }
  wb.checkNewName(tableName, 'table');
  let headers: string[];
  let bodyRows: number;
  if (hasHeaders) {
    headers = uniqueHeaders(
      Array.from({ length: area.cols }, (_, j) => {
        const value = wb.computed(sheet, area.row, area.col + j);
        return value === null ? '' : String(value);
      }),
    );
    bodyRows = Math.max(1, area.rows - 1);
  } else {
    // Excel inserts a header row above the data, pushing the data down one row
    const below: Rect = { row: area.row + area.rows, col: area.col, rows: 1, cols: area.cols };
    if (hasContent(sheet, below)) {
      throw simError('InvalidOperation', 'The row below the range must be empty to insert the generated header row.');
    }
    moveCells(wb, sheet, area, 1, 0);
    headers = uniqueHeaders(Array.from({ length: area.cols }, () => ''));
    bodyRows = area.rows;
  }
  const table = new TableModel(wb.newId(), tableName, sheet, area.row, area.col, bodyRows, headers.map(newColumn));
  headers.forEach((h, j) => wb.writeRaw(sheet, area.row, area.col + j, { value: h }));
  wb.tableList.push(table);
  wb.touchStructure();
  return table;
}

function rowsBelow(table: TableModel, count: number): Rect {
  const r = table.rect;
  return { row: r.row + r.rows, col: r.col, rows: count, cols: r.cols };
}

/** Appends (or inserts at `index`) data rows; the rows below the table must be empty. */
export function addRows(wb: WorkbookModel, table: TableModel, index: number | null | undefined, values?: unknown[][]): number {
  const count = values ? values.length : 1;
  if (values && (count === 0 || values.some((row) => !Array.isArray(row) || row.length !== table.columnCount))) {
    throw simError('InvalidArgument', `rows.add expects rows of ${table.columnCount} values.`);
  }
  const at = index === null || index === undefined || index === -1 ? table.bodyRows : index;
  if (!Number.isInteger(at) || at < 0 || at > table.bodyRows) throw simError('InvalidArgument', `Row index ${index} is out of range.`);
  const sheet = table.sheet;
  if (hasContent(sheet, rowsBelow(table, count))) {
    throw simError(
      'InvalidOperation',
      `Table ${table.name} cannot grow: the ${count} row(s) below it are not empty (the simulator does not shift neighbouring cells).`,
    );
  }
  const insertRow = table.bodyStart + at;
  const tableBottom = table.rect.row + table.rect.rows;
  const templateRow = at > 0 ? insertRow - 1 : insertRow;
  moveCells(wb, sheet, { row: insertRow, col: table.col, rows: tableBottom - insertRow, cols: table.columnCount }, count, 0);
  const oldLastBody = table.bodyStart + table.bodyRows - 1;
  table.bodyRows += count;
  const template = at > 0 ? templateRow : insertRow + count;
  for (let k = 0; k < count; k++) {
    const row = insertRow + k;
    table.columns.forEach((column, j) => {
      const col = table.col + j;
      const source = sheet.cell(template, col);
      if (source?.numberFormat !== undefined || source?.format) {
        const cell = sheet.ensure(row, col);
        if (source.numberFormat !== undefined) cell.numberFormat = source.numberFormat;
        if (source.format) cell.format = { ...source.format };
      }
      const given = values?.[k][j];
      const content = given === '' ? null : interpretInput(given, sheet.cell(row, col)?.numberFormat);
      if (content && !isEmptyContent(content)) wb.writeContent(sheet, row, col, content);
      else if (column.calculatedFormula !== undefined) wb.writeRaw(sheet, row, col, { formula: column.calculatedFormula });
    });
  }
  extendRules(sheet, table, oldLastBody, count);
  wb.touchStructure();
  return insertRow;
}

function isEmptyContent(content: { value?: unknown; formula?: string }): boolean {
  return content.value === undefined && content.formula === undefined;
}

/** Validation and conditional formats that reached the last data row follow the table down. */
function extendRules(sheet: SheetModel, table: TableModel, oldLastBody: number, count: number): void {
  const tableCols: Rect = { row: table.bodyStart, col: table.col, rows: table.bodyRows, cols: table.columnCount };
  const grow = (r: Rect): Rect =>
    r.row + r.rows - 1 === oldLastBody && r.row >= table.bodyStart && intersect(r, tableCols) ? { ...r, rows: r.rows + count } : r;
  sheet.validations = sheet.validations.map((v) => ({ ...v, rect: grow(v.rect) }));
  sheet.conditionalFormats = sheet.conditionalFormats.map((cf) => ({ ...cf, rect: grow(cf.rect) }));
}

/** Adds a column (at the right by default); `values` cover header+body(+totals) or the body only. */
export function addColumn(
  wb: WorkbookModel,
  table: TableModel,
  index: number | null | undefined,
  values: unknown[][] | undefined,
  name: string | undefined,
): TableColumnModel {
  const at = index === null || index === undefined || index === -1 ? table.columnCount : index;
  if (!Number.isInteger(at) || at < 0 || at > table.columnCount) throw simError('InvalidArgument', `Column index ${index} is out of range.`);
  const all = table.rect;
  const sheet = table.sheet;
  let header: unknown;
  let body: unknown[] | undefined;
  if (values) {
    if (values.some((row) => !Array.isArray(row) || row.length !== 1)) throw simError('InvalidArgument', 'Column values must be one per row.');
    if (values.length === all.rows) {
      header = values[0][0];
      body = values.slice(1, 1 + table.bodyRows).map((r) => r[0]);
    } else if (values.length === table.bodyRows) body = values.map((r) => r[0]);
    else throw simError('InvalidArgument', `Column values must have ${all.rows} rows (header included).`);
  }
  const right: Rect = { row: all.row, col: all.col + all.cols, rows: all.rows, cols: 1 };
  if (hasContent(sheet, right)) {
    throw simError('InvalidOperation', `Table ${table.name} cannot grow: the column to its right is not empty.`);
  }
  moveCells(wb, sheet, { row: all.row, col: table.col + at, rows: all.rows, cols: all.cols - at }, 0, 1);
  const column = newColumn('');
  table.columns.splice(at, 0, column);
  wb.renameColumn(table, at, name ?? (header === undefined || header === null ? '' : String(header)));
  body?.forEach((v, k) => wb.writeInput(sheet, table.bodyStart + k, table.col + at, v));
  wb.touchStructure();
  return column;
}

export function setShowTotals(wb: WorkbookModel, table: TableModel, show: boolean): void {
  if (show === table.showTotals) return;
  const sheet = table.sheet;
  if (show) {
    if (hasContent(sheet, rowsBelow(table, 1))) {
      throw simError('InvalidOperation', `The row below table ${table.name} must be empty to show its totals row.`);
    }
    table.showTotals = true;
    const totals = table.totalsRow!;
    wb.writeRaw(sheet, totals, table.col, { value: 'Total' });
    if (table.columnCount > 1) {
      const last = table.columnCount - 1;
      let numeric = false;
      for (let r = table.bodyStart; r < table.bodyStart + table.bodyRows; r++) {
        if (typeof wb.computed(sheet, r, table.col + last) === 'number') numeric = true;
      }
      const name = table.columns[last].name.replace(/['#[\]]/g, (c) => `'${c}`);
      wb.writeRaw(sheet, totals, table.col + last, { formula: `=SUBTOTAL(${numeric ? 109 : 103},${table.name}[[${name}]])` });
    }
  } else {
    const totals = table.totalsRow!;
    for (let j = 0; j < table.columnCount; j++) wb.writeRaw(sheet, totals, table.col + j, {});
    table.showTotals = false;
  }
  wb.touchStructure();
}

/** Table.resize: same top-left corner, new size; new header cells get unique names. */
export function resizeTable(wb: WorkbookModel, table: TableModel, area: Rect): void {
  if (area.row !== table.row || area.col !== table.col) throw simError('InvalidArgument', 'A table keeps its top-left corner when resized.');
  const bodyRows = area.rows - 1 - (table.showTotals ? 1 : 0);
  if (bodyRows < 1) throw simError('InvalidArgument', 'A table needs a header row and one data row.');
  for (const other of wb.tableList) {
    if (other !== table && other.sheet === table.sheet && intersect(other.rect, area)) throw simError('InvalidArgument', `The range overlaps table ${other.name}.`);
  }
  table.columns = table.columns.slice(0, area.cols);
  table.bodyRows = bodyRows;
  while (table.columns.length < area.cols) {
    const j = table.columns.length;
    const value = wb.computed(table.sheet, table.row, table.col + j);
    table.columns.push(newColumn(''));
    wb.renameColumn(table, j, value === null ? '' : String(value));
  }
  wb.touchStructure();
}

export function deleteTable(wb: WorkbookModel, table: TableModel): void {
  wb.tableList = wb.tableList.filter((t) => t !== table);
  wb.touchStructure();
}

/** Removes a column: its cells go, the table's cells to its right move left. */
export function deleteColumn(wb: WorkbookModel, table: TableModel, index: number): void {
  if (table.columnCount === 1) throw simError('InvalidOperation', 'A table must keep at least one column.');
  const all = table.rect;
  const sheet = table.sheet;
  for (let r = all.row; r < all.row + all.rows; r++) {
    wb.writeRaw(sheet, r, table.col + index, {});
    const cell = sheet.cell(r, table.col + index);
    if (cell) sheet.cells.delete(cellKey(r, table.col + index));
  }
  moveCells(wb, sheet, { row: all.row, col: table.col + index + 1, rows: all.rows, cols: all.cols - index - 1 }, 0, -1);
  table.columns.splice(index, 1);
  wb.touchStructure();
}

/**
 * Removes `count` data rows from `index` at once (Range.delete over whole table rows): the
 * table's rows below them move up; a table left without rows keeps one empty row, as Excel.
 */
export function deleteRows(wb: WorkbookModel, table: TableModel, index: number, count: number): void {
  if (index < 0 || count < 1 || index + count > table.bodyRows) throw simError('InvalidArgument', `Rows ${index}..${index + count - 1} are out of range.`);
  const sheet = table.sheet;
  const row = table.bodyStart + index;
  shrinkRules(sheet, table, row, count);
  for (let r = row; r < row + count; r++) for (let j = 0; j < table.columnCount; j++) sheet.cells.delete(cellKey(r, table.col + j));
  const bottom = table.rect.row + table.rect.rows;
  moveCells(wb, sheet, { row: row + count, col: table.col, rows: bottom - row - count, cols: table.columnCount }, -count, 0);
  if (count < table.bodyRows) table.bodyRows -= count;
  else {
    table.bodyRows = 1; // keep one empty row; the totals row (if any) moves back under it
    if (table.showTotals) moveCells(wb, sheet, { row: row, col: table.col, rows: 1, cols: table.columnCount }, 1, 0);
  }
  wb.touchStructure();
}

/**
 * Validation and conditional formats on the table's body lose the deleted rows, and those
 * below them move up, as Excel's do when cells are deleted with the cells below shifted up
 * (a rule keeps at least one row: the table keeps one).
 */
function shrinkRules(sheet: SheetModel, table: TableModel, row: number, count: number): void {
  const shrink = (r: Rect): Rect => {
    const inColumns = r.col < table.col + table.columnCount && r.col + r.cols > table.col;
    const inTable = r.row >= table.bodyStart && r.row < table.rect.row + table.rect.rows;
    if (!inColumns || !inTable || r.row + r.rows <= row) return r;
    if (r.row >= row + count) return { ...r, row: r.row - count };
    const overlap = Math.min(r.row + r.rows, row + count) - Math.max(r.row, row);
    return { ...r, row: Math.min(r.row, row), rows: Math.max(1, r.rows - overlap) };
  };
  sheet.validations = sheet.validations.map((v) => ({ ...v, rect: shrink(v.rect) }));
  sheet.conditionalFormats = sheet.conditionalFormats.map((cf) => ({ ...cf, rect: shrink(cf.rect) }));
}

/** Removes a data row: the table's rows below it move up. */
export function deleteRow(wb: WorkbookModel, table: TableModel, index: number): void {
  if (index < 0 || index >= table.bodyRows) throw simError('InvalidArgument', `Row index ${index} is out of range.`);
  const sheet = table.sheet;
  const row = table.bodyStart + index;
  shrinkRules(sheet, table, row, 1);
  for (let j = 0; j < table.columnCount; j++) sheet.cells.delete(cellKey(row, table.col + j));
  const bottom = table.rect.row + table.rect.rows;
  moveCells(wb, sheet, { row: row + 1, col: table.col, rows: bottom - row - 1, cols: table.columnCount }, -1, 0);
  if (table.bodyRows > 1) table.bodyRows -= 1;
  else moveCells(wb, sheet, { row: row + 1, col: table.col, rows: 1, cols: table.columnCount }, 1, 0); // keep one empty row
  wb.touchStructure();
}
