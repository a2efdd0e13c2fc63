/** Excel.Range: a rectangle of one worksheet, resolved when the request is applied. */
import { MAX_COLUMNS, MAX_ROWS, Rect, formatAddress, intersect, isEntireColumns, isEntireRows, parseRect, splitSheet } from '../addressing';
import { simError } from '../errors';
import { shiftFormula } from '../formulas/scanner';
import { CellErrorValue, Computed, Content, interpretInput } from '../model/cells';
import { checkContentLimits } from '../limits';
import type { SheetModel } from '../model/sheet';
import { deleteRows, moveCells } from '../model/tableOps';
import { AnyProxy, PropTable, SimClientObject, defineProps } from './clientObject';
import type { SimRequestContext } from './context';
import { SimConditionalFormatCollection } from './conditionalFormats';
import { SimRangeAreas, specialCells, type SpecialCellKind } from './rangeAreas';
import { SimRangeFormat } from './rangeFormat';
import { SimDataValidation } from './validation';
import { SimWorksheet } from './worksheet';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const MAX_READ_CELLS = 5_000_000;

export function checkedRect(r: Rect): Rect {
  if (r.rows < 1 || r.cols < 1 || r.row < 0 || r.col < 0 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLUMNS) {
    throw simError('InvalidArgument', 'The resulting range is outside the worksheet.');
  }
  return r;
}

function grid<V>(t: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  if (t.rect.rows * t.rect.cols > MAX_READ_CELLS) throw simError('ResponsePayloadSizeLimitExceeded', 'More than 5,000,000 cells requested.');
  const out: V[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const row: V[] = [];
    for (let c = 0; c < t.rect.cols; c++) row.push(cell(t.rect.row + r, t.rect.col + c));
    out.push(row);
  }
  return out;
}

export function valueForApi(value: Computed): string | number | boolean {
  if (value === null) return '';
  if (value instanceof CellErrorValue) return value.code;
  return value;
}

function valueType(value: Computed): string {
  if (value === null || value === '') return 'Empty';
  if (value instanceof CellErrorValue) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

export class SimRange extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'Range';
  }

  override _props(): PropTable<RangeTarget> {
    return RANGE_PROPS;
  }

  protected override _alive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      dataValidation: () => this.dataValidation,
    };
  }

  get format(): SimRangeFormat {
    return this._child('format', () => new SimRangeFormat(this.context, this, 'format', [], () => this._target()));
  }

  get worksheet(): SimWorksheet {
    return this._child('worksheet', () => new SimWorksheet(this.context, this, 'worksheet', [], () => this._target().sheet));
  }

  /** ExcelApi 1.8: on older hosts every use of it fails with ApiNotFound at sync. */
  get dataValidation(): SimDataValidation {
    return this._child(
      'dataValidation',
      () =>
        new SimDataValidation(this.context, this, 'dataValidation', [], () => {
          this._requireVersion('1.8', 'dataValidation');
          return this._target();
        }),
    );
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child(
      'conditionalFormats',
      () =>
        new SimConditionalFormatCollection(this.context, this, 'conditionalFormats', [], () => {
          this._requireVersion('1.6', 'conditionalFormats');
          return this._target();
        }),
    );
  }

  /** A range derived from this one; `derive` runs when the request is applied. */
  private _derived(member: string, args: unknown[], derive: (t: RangeTarget) => Rect | null, minVersion?: string): SimRange {
    return new SimRange(this.context, this, member, args, () => {
      this._requireVersion(minVersion, member);
      const t = this._target();
      const r = derive(t);
      return r === null ? null : { sheet: t.sheet, rect: checkedRect(r) };
    });
  }

  /** ExcelApi 1.3: the visible rows and columns of the range (hidden rows left out). */
  getVisibleView(): SimRangeView {
    return new SimRangeView(this.context, this, 'getVisibleView', [], () => {
      this._requireVersion('1.3', 'getVisibleView');
      return this._target();
    });
  }

  getCell(row: number, column: number): SimRange {
    return this._derived('getCell', [row, column], ({ rect }) => ({ row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 }));
  }

  getRow(row: number): SimRange {
    return this._derived('getRow', [row], ({ rect }) => {
      if (row < 0 || row >= rect.rows) throw simError('InvalidArgument', `Row ${row} is outside the range.`);
      return { ...rect, row: rect.row + row, rows: 1 };
    });
  }

  getColumn(column: number): SimRange {
    return this._derived('getColumn', [column], ({ rect }) => {
      if (column < 0 || column >= rect.cols) throw simError('InvalidArgument', `Column ${column} is outside the range.`);
      return { ...rect, col: rect.col + column, cols: 1 };
    });
  }

  getLastRow(): SimRange {
    return this._derived('getLastRow', [], ({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }

  getLastColumn(): SimRange {
    return this._derived('getLastColumn', [], ({ rect }) => ({ ...rect, col: rect.col + rect.cols - 1, cols: 1 }));
  }

  getLastCell(): SimRange {
    return this._derived('getLastCell', [], ({ rect }) => ({ row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this._derived('getAbsoluteResizedRange', [numRows, numColumns], ({ rect }) => ({ ...rect, rows: numRows, cols: numColumns }), '1.7');
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], ({ rect }) => ({
      ...rect,
      row: rect.row + rowOffset,
      col: rect.col + columnOffset,
    }));
  }

  getRowsBelow(count = 1): SimRange {
    return this._derived('getRowsBelow', [count], ({ rect }) => ({ ...rect, row: rect.row + rect.rows, rows: count }));
  }

  getRowsAbove(count = 1): SimRange {
    return this._derived('getRowsAbove', [count], ({ rect }) => ({ ...rect, row: rect.row - count, rows: count }));
  }

  getColumnsAfter(count = 1): SimRange {
    return this._derived('getColumnsAfter', [count], ({ rect }) => ({ ...rect, col: rect.col + rect.cols, cols: count }));
  }

  getColumnsBefore(count = 1): SimRange {
    return this._derived('getColumnsBefore', [count], ({ rect }) => ({ ...rect, col: rect.col - count, cols: count }));
  }

  getEntireColumn(): SimRange {
    return this._derived('getEntireColumn', [], ({ rect }) => ({ row: 0, col: rect.col, rows: MAX_ROWS, cols: rect.cols }));
  }

  getEntireRow(): SimRange {
    return this._derived('getEntireRow', [], ({ rect }) => ({ row: rect.row, col: 0, rows: rect.rows, cols: MAX_COLUMNS }));
  }

  getIntersection(anotherRange: SimRange | string): SimRange {
    return this._derived('getIntersection', [anotherRange], (t) => {
      const hit = this._intersect(t, anotherRange);
      if (!hit) throw simError('ItemNotFound', 'The ranges do not intersect.');
      return hit;
    });
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return this._derived('getIntersectionOrNullObject', [anotherRange], (t) => this._intersect(t, anotherRange), '1.4')._queryNull();
  }

  private _intersect(t: RangeTarget, other: SimRange | string): Rect | null {
    if (typeof other === 'string') {
      const { sheet, local } = splitSheet(other);
      if (sheet && sheet.toLowerCase() !== t.sheet.name.toLowerCase()) throw simError('InvalidArgument', 'The ranges are on different sheets.');
      return intersect(t.rect, parseRect(local));
    }
    const o = other._target();
    if (o.sheet !== t.sheet) throw simError('InvalidArgument', 'The ranges are on different sheets.');
    return intersect(t.rect, o.rect);
  }

  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9): formula, constant or blank cells. */
  getSpecialCellsOrNullObject(cellType: SpecialCellKind, _valueType?: string): SimRangeAreas {
    const areas = new SimRangeAreas(this.context, this, 'getSpecialCellsOrNullObject', [cellType], () => {
      this._requireVersion('1.9', 'getSpecialCellsOrNullObject');
      const t = this._target();
      // Excel widens a single-cell request to the whole used range; the add-in never asks so.
      const rects = specialCells(t.sheet, t.rect, cellType);
      return rects ? { sheet: t.sheet, rects } : null;
    });
    return areas._queryNull();
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._derived('getUsedRange', [valuesOnly], (t) => {
      const used = t.sheet.usedRect(!!valuesOnly);
      const hit = used && intersect(used, t.rect);
      if (!hit) throw simError('ItemNotFound', 'The range has no used cells.');
      return hit;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._derived('getUsedRangeOrNullObject', [valuesOnly], (t) => {
      const used = t.sheet.usedRect(!!valuesOnly);
      return used && intersect(used, t.rect);
    })._queryNull();
  }

  clear(applyTo?: string): void {
    this._call('clear', [applyTo], (t) => clearRange(this.context, t, applyTo ?? 'All'));
  }

  /**
   * Range.delete. Supported: whole data rows of one table with shift Up (the table shrinks),
   * and ranges that touch no table (cells below or to the right move into the gap). A range
   * cutting through a table fails with InvalidOperation, as Excel refuses to shift part of a
   * table.
   */
  delete(shift: string): void {
    this._call('delete', [shift], (t) => {
      const wb = this.context._host.model;
      wb.assertWritable(t.sheet, t.rect, 'content');
      const direction = String(shift).toLowerCase();
      if (direction !== 'up' && direction !== 'left') throw simError('InvalidArgument', `"${shift}" is not a delete direction.`);
      const touched = wb.tableList.filter((table) => table.sheet === t.sheet && intersect(table.rect, t.rect));
      if (touched.length === 0) {
        const { row, col, rows, cols } = t.rect;
        for (const [r, c] of [...t.sheet.contentCells(t.rect)]) wb.writeContent(t.sheet, r, c, {});
        for (const [key] of [...t.sheet.cells]) {
          const r = Math.floor(key / MAX_COLUMNS);
          const c = key % MAX_COLUMNS;
          if (r >= row && r < row + rows && c >= col && c < col + cols) t.sheet.cells.delete(key);
        }
        if (direction === 'up') moveCells(wb, t.sheet, { row: row + rows, col, rows: MAX_ROWS - row - rows, cols }, -rows, 0);
        else moveCells(wb, t.sheet, { row, col: col + cols, rows, cols: MAX_COLUMNS - col - cols }, 0, -cols);
        return;
      }
      const [table] = touched;
      const body = table.bodyRect;
      const wholeRows = touched.length === 1 && direction === 'up' && t.rect.col === body.col && t.rect.cols === body.cols;
      if (!wholeRows || t.rect.row < body.row || t.rect.row + t.rect.rows > body.row + body.rows) {
        throw simError('InvalidOperation', 'This operation is not allowed because it tries to shift cells in a table on your worksheet.');
      }
      deleteRows(wb, table, t.rect.row - body.row, t.rect.rows);
    });
  }

  select(): void {
    this._call('select', [], (t) => this.context._host.model.select(t.sheet, t.rect));
  }

  merge(across?: boolean): void {
    this._call('merge', [across], (t) => {
      const wb = this.context._host.model;
      wb.assertWritable(t.sheet, t.rect, 'format');
      const pieces = across ? Array.from({ length: t.rect.rows }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rows: 1 })) : [t.rect];
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
      t.sheet.merges.push(...pieces.filter((p) => p.rows * p.cols > 1));
    });
  }

  unmerge(): void {
    this._call('unmerge', [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }

  calculate(): void {
    // Excel calculates the range; the simulator calculates everything (the range's values are then current too).
    this._call('calculate', [], () => this._model.calculate());
  }
}

/** Writes `values`/`formulas` input: a 2-D array of the range's exact size, or one value for all cells. */
export function writeGrid(context: SimRequestContext, t: RangeTarget, input: unknown): void {
  const wb = context._host.model;
  const { sheet, rect } = t;
  const contents: (Content | null)[][] = [];
  if (Array.isArray(input)) {
    if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
      throw simError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`,
      );
    }
    for (let r = 0; r < rect.rows; r++) {
      contents.push((input[r] as unknown[]).map((v, c) => interpretInput(v, sheet.cell(rect.row + r, rect.col + c)?.numberFormat)));
    }
  } else {
    if (rect.rows * rect.cols > MAX_READ_CELLS) throw simError('InvalidArgument', 'Too many cells for one write.');
    for (let r = 0; r < rect.rows; r++) {
      const row: (Content | null)[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const content = interpretInput(input, sheet.cell(rect.row + r, rect.col + c)?.numberFormat);
        row.push(content?.formula !== undefined ? { formula: shiftFormula(content.formula, r, c) } : content);
      }
      contents.push(row);
    }
  }
  wb.assertWritable(sheet, rect, 'content');
  // validate every cell first: Excel applies a write entirely or not at all
  contents.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content) checkContentLimits(content);
      if (content?.formula !== undefined) wb.checkFormula(sheet, rect.row + r, rect.col + c, content.formula);
    }),
  );
  contents.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content) wb.writeContent(sheet, rect.row + r, rect.col + c, content);
    }),
  );
  wb.afterWrite(sheet, rect);
}

export function clearRange(context: SimRequestContext, t: RangeTarget, applyTo: string): void {
  const wb = context._host.model;
  const { sheet, rect } = t;
  const mode = applyTo.toLowerCase();
  if (mode === 'all' || mode === 'contents') {
    wb.assertWritable(sheet, rect, 'content');
    for (const [row, col] of [...sheet.contentCells(rect)]) wb.writeContent(sheet, row, col, {});
    wb.afterWrite(sheet, rect);
  }
  if (mode === 'all' || mode === 'formats') {
    wb.assertWritable(sheet, rect, 'format');
    for (const [key, cell] of [...sheet.cells]) {
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      if (row < rect.row || row >= rect.row + rect.rows || col < rect.col || col >= rect.col + rect.cols) continue;
      delete cell.numberFormat;
      delete cell.format;
      sheet.prune(row, col);
    }
  }
}

const RANGE_PROPS: PropTable<RangeTarget> = {
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  cellCount: { get: (t) => t.rect.rows * t.rect.cols },
  rowCount: { get: (t) => t.rect.rows },
  columnCount: { get: (t) => t.rect.cols },
  rowIndex: { get: (t) => t.rect.row },
  columnIndex: { get: (t) => t.rect.col },
  isEntireColumn: { get: (t) => isEntireColumns(t.rect), minVersion: '1.7' },
  isEntireRow: { get: (t) => isEntireRows(t.rect), minVersion: '1.7' },
  values: {
    get: (t, self) => grid(t, (r, c) => valueForApi(self._model.computed(t.sheet, r, c))),
    set: (t, v, self) => writeGrid(self.context, t, v),
  },
  formulas: {
    get: (t) => grid(t, (r, c) => {
      const cell = t.sheet.cell(r, c);
      return cell?.formula ?? valueForApi(cell?.value ?? null);
    }),
    set: (t, v, self) => writeGrid(self.context, t, v),
  },
  formulasLocal: {
    get: (t) => grid(t, (r, c) => {
      const cell = t.sheet.cell(r, c);
      return cell?.formula ?? valueForApi(cell?.value ?? null);
    }),
    set: (t, v, self) => writeGrid(self.context, t, v),
  },
  numberFormat: {
    get: (t) => grid(t, (r, c) => t.sheet.cell(r, c)?.numberFormat ?? 'General'),
    set: (t, v, self) => writeNumberFormat(self.context, t, v),
  },
  numberFormatLocal: {
    get: (t) => grid(t, (r, c) => t.sheet.cell(r, c)?.numberFormat ?? 'General'),
    set: (t, v, self) => writeNumberFormat(self.context, t, v),
  },
  text: { get: (t, self) => grid(t, (r, c) => self._model.text(t.sheet, r, c)) },
  valueTypes: { get: (t, self) => grid(t, (r, c) => valueType(self._model.computed(t.sheet, r, c))) },
  // ExcelApi 1.2: true when every row is hidden, false when none, null when some are.
  rowHidden: {
    get: (t) => {
      let hidden = 0;
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
      return hidden === 0 ? false : hidden === t.rect.rows ? true : null;
    },
    set: (t, v) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    },
  },
};

function writeNumberFormat(context: SimRequestContext, t: RangeTarget, input: unknown): void {
  const { sheet, rect } = t;
  if (Array.isArray(input) && (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols))) {
    throw simError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  if (!Array.isArray(input) && rect.rows * rect.cols > MAX_READ_CELLS) throw simError('InvalidArgument', 'Too many cells for one write.');
  context._host.model.assertWritable(sheet, rect, 'format');
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = Array.isArray(input) ? (input[r] as unknown[])[c] : input;
      if (v === null || v === undefined) continue;
      const cell = sheet.ensure(rect.row + r, rect.col + c);
      if (v === 'General') delete cell.numberFormat;
      else cell.numberFormat = String(v);
      sheet.prune(rect.row + r, rect.col + c);
    }
  }
}

defineProps(SimRange, RANGE_PROPS);

/** Excel.RangeView: the visible cells of a range; only its size is modelled. */
export class SimRangeView extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'RangeView';
  }

  override _props(): PropTable<RangeTarget> {
    return RANGE_VIEW_PROPS;
  }
}

const RANGE_VIEW_PROPS: PropTable<RangeTarget> = {
  rowCount: {
    get: (t) => {
      let visible = 0;
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) if (!t.sheet.hiddenRows.has(r)) visible++;
      return visible;
    },
  },
  columnCount: { get: (t) => t.rect.cols },
};

defineProps(SimRangeView, RANGE_VIEW_PROPS);
