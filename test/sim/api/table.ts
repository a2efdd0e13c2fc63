/** Excel.Table (ListObject), its collections, columns and rows. */
import { Rect, parseRect, splitSheet } from '../addressing';
import { simError } from '../errors';
import { renameTableInFormulas } from '../model/renames';
import type { SheetModel } from '../model/sheet';
import { TableColumnModel, TableModel } from '../model/table';
import { addColumn, addRows, createTable, deleteColumn, deleteRow, deleteTable, resizeTable, setShowTotals } from '../model/tableOps';
import { AnyProxy, PropTable, SimClientObject, defineProps } from './clientObject';
import { SimCollection } from './collection';
import { SimRange, valueForApi } from './range';
import { SimWorksheet } from './worksheet';

interface TablesScope {
  sheet?: SheetModel;
}

export class SimTableCollection extends SimCollection<TablesScope, TableModel, TableModel, SimTable> {
  get _className(): string {
    return 'TableCollection';
  }

  protected _list(scope: TablesScope): TableModel[] {
    return this._model.tableList.filter((t) => !scope.sheet || t.sheet === scope.sheet);
  }

  protected _itemTarget(model: TableModel): TableModel {
    return model;
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => TableModel | null): SimTable {
    return new SimTable(this.context, this, member, args, resolver);
  }

  protected _matches(model: TableModel, key: string): boolean {
    return model.name.toLowerCase() === key.toLowerCase() || model.id === key;
  }

  /** `address` is local to the sheet for worksheet.tables; workbook.tables takes "Sheet!A1:C4". */
  add(address: string | SimRange, hasHeaders: boolean): SimTable {
    const created = this._makeItem('add', [address, hasHeaders], () => null);
    this._call('add', [address, hasHeaders], (scope) => {
      const wb = this._model;
      let sheet: SheetModel;
      let rect: Rect;
      if (address instanceof SimRange) {
        const t = address._target();
        sheet = t.sheet;
        rect = t.rect;
      } else {
        const { sheet: prefix, local } = splitSheet(String(address));
        sheet = prefix ? wb.sheetOrThrow(prefix) : (scope.sheet ?? wb.activeSheet);
        if (scope.sheet && sheet !== scope.sheet) throw simError('InvalidArgument', 'The address is on another worksheet.');
        rect = parseRect(local);
      }
      if (sheet.protected) throw simError('AccessDenied', `Worksheet ${sheet.name} is protected.`);
      created._bind(createTable(wb, sheet, rect, !!hasHeaders));
    });
    return created;
  }
}

export class SimTable extends SimClientObject<TableModel> {
  get _className(): string {
    return 'Table';
  }

  override _props(): PropTable<TableModel> {
    return TABLE_PROPS;
  }

  protected override _alive(t: TableModel): boolean {
    return this._model.tableList.includes(t);
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { worksheet: () => this.worksheet, columns: () => this.columns, rows: () => this.rows, autoFilter: () => this.autoFilter };
  }

  get worksheet(): SimWorksheet {
    return this._child('worksheet', () => new SimWorksheet(this.context, this, 'worksheet', [], () => this._target().sheet));
  }

  get columns(): SimTableColumnCollection {
    return this._child('columns', () => new SimTableColumnCollection(this.context, this, 'columns', [], () => this._target()));
  }

  /** ExcelApi 1.9: the table's filter. */
  get autoFilter(): SimAutoFilter {
    return this._child(
      'autoFilter',
      () =>
        new SimAutoFilter(this.context, this, 'autoFilter', [], () => {
          this._requireVersion('1.9', 'autoFilter');
          return this._target();
        }),
    );
  }

  get rows(): SimTableRowCollection {
    return this._child('rows', () => new SimTableRowCollection(this.context, this, 'rows', [], () => this._target()));
  }

  private _range(member: string, part: (t: TableModel) => Rect | null, missing: string): SimRange {
    return new SimRange(this.context, this, member, [], () => {
      const t = this._target();
      const rect = part(t);
      if (!rect) throw simError('ItemNotFound', missing);
      return { sheet: t.sheet, rect };
    });
  }

  getRange(): SimRange {
    return this._range('getRange', (t) => t.rect, '');
  }

  getHeaderRowRange(): SimRange {
    return this._range('getHeaderRowRange', (t) => t.headerRect, '');
  }

  getDataBodyRange(): SimRange {
    return this._range('getDataBodyRange', (t) => t.bodyRect, '');
  }

  getTotalRowRange(): SimRange {
    return this._range('getTotalRowRange', (t) => t.totalsRect, 'The table has no totals row.');
  }

  resize(newRange: string | SimRange): void {
    this._call(
      'resize',
      [newRange],
      (t) => {
        const rect = newRange instanceof SimRange ? newRange._target().rect : parseRect(splitSheet(newRange).local);
        resizeTable(this._model, t, rect);
      },
      '1.13',
    );
  }

  delete(): void {
    this._call('delete', [], (t) => {
      for (let j = 0; j < t.columnCount; j++) {
        for (let r = t.row; r < t.row + t.rect.rows; r++) this._model.writeRaw(t.sheet, r, t.col + j, {});
      }
      deleteTable(this._model, t);
    });
  }

  convertToRange(): SimRange {
    const range = new SimRange(this.context, this, 'convertToRange', [], () => null);
    this._call('convertToRange', [], (t) => {
      range._bind({ sheet: t.sheet, rect: t.rect });
      deleteTable(this._model, t);
    });
    return range;
  }

  clearFilters(): void {
    this._call('clearFilters', [], () => undefined);
  }
}

const TABLE_PROPS: PropTable<TableModel> = {
  id: { get: (t) => t.id },
  name: {
    get: (t) => t.name,
    set: (t, v, self) => {
      const name = String(v);
      if (name === t.name) return;
      self._model.checkNewName(name, 'table', t);
      const old = t.name;
      t.name = name;
      renameTableInFormulas(self._model, old, name);
      self._model.touchStructure();
    },
  },
  showTotals: { get: (t) => t.showTotals, set: (t, v, self) => setShowTotals(self._model, t, !!v) },
  showHeaders: {
    get: (t) => t.showHeaders,
    set: (_t, v) => {
      if (!v) throw simError('InvalidOperation', 'The simulator keeps table headers shown.');
    },
  },
  style: { get: (t) => t.style, set: (t, v) => (t.style = String(v)) },
  showBandedRows: { get: (t) => t.showBandedRows, set: (t, v) => (t.showBandedRows = !!v) },
  showBandedColumns: { get: (t) => t.showBandedColumns, set: (t, v) => (t.showBandedColumns = !!v) },
  showFilterButton: { get: (t) => t.showFilterButton, set: (t, v) => (t.showFilterButton = !!v) },
  highlightFirstColumn: { get: (t) => t.highlightFirstColumn, set: (t, v) => (t.highlightFirstColumn = !!v) },
  highlightLastColumn: { get: (t) => t.highlightLastColumn, set: (t, v) => (t.highlightLastColumn = !!v) },
};

interface ColumnTarget {
  table: TableModel;
  column: TableColumnModel;
}

export class SimTableColumnCollection extends SimCollection<TableModel, TableColumnModel, ColumnTarget, SimTableColumn> {
  get _className(): string {
    return 'TableColumnCollection';
  }

  protected override _collectionProps(): PropTable<TableModel> {
    return { count: { get: (t) => t.columnCount } };
  }

  get count(): number {
    return this._read('count') as number;
  }

  protected _list(table: TableModel): TableColumnModel[] {
    return table.columns;
  }

  protected _itemTarget(column: TableColumnModel, table: TableModel): ColumnTarget {
    return { table, column };
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => ColumnTarget | null): SimTableColumn {
    return new SimTableColumn(this.context, this, member, args, resolver);
  }

  protected _matches(model: TableColumnModel, key: string): boolean {
    return model.name.toLowerCase() === key.toLowerCase() || String(model.id) === key;
  }

  add(index?: number | null, values?: unknown[][] | null, name?: string): SimTableColumn {
    const created = this._makeItem('add', [index, values, name], () => null);
    this._call('add', [index, values, name], (table) => {
      if (table.sheet.protected) throw simError('AccessDenied', `Worksheet ${table.sheet.name} is protected.`);
      const column = addColumn(this._model, table, index, values ?? undefined, name);
      created._bind({ table, column });
    });
    return created;
  }
}

export class SimTableColumn extends SimClientObject<ColumnTarget> {
  get _className(): string {
    return 'TableColumn';
  }

  override _props(): PropTable<ColumnTarget> {
    return COLUMN_PROPS;
  }

  protected override _alive(t: ColumnTarget): boolean {
    return this._model.tableList.includes(t.table) && t.table.columns.includes(t.column);
  }

  private _part(member: string, rows: (t: TableModel) => { from: number; rows: number } | null): SimRange {
    return new SimRange(this.context, this, member, [], () => {
      const { table, column } = this._target();
      const span = rows(table);
      if (!span) throw simError('ItemNotFound', 'The table has no totals row.');
      return { sheet: table.sheet, rect: table.columnRect(table.columns.indexOf(column), span.from, span.rows) };
    });
  }

  getRange(): SimRange {
    return this._part('getRange', (t) => ({ from: t.row, rows: t.rect.rows }));
  }

  getHeaderRowRange(): SimRange {
    return this._part('getHeaderRowRange', (t) => ({ from: t.row, rows: 1 }));
  }

  getDataBodyRange(): SimRange {
    return this._part('getDataBodyRange', (t) => ({ from: t.bodyStart, rows: t.bodyRows }));
  }

  getTotalRowRange(): SimRange {
    return this._part('getTotalRowRange', (t) => (t.totalsRow === null ? null : { from: t.totalsRow, rows: 1 }));
  }

  delete(): void {
    this._call('delete', [], ({ table, column }) => {
      if (table.sheet.protected) throw simError('AccessDenied', `Worksheet ${table.sheet.name} is protected.`);
      deleteColumn(this._model, table, table.columns.indexOf(column));
    });
  }
}

const COLUMN_PROPS: PropTable<ColumnTarget> = {
  id: { get: (t) => t.column.id },
  index: { get: (t) => t.table.columns.indexOf(t.column) },
  name: {
    get: (t) => t.column.name,
    set: (t, v, self) => self._model.renameColumn(t.table, t.table.columns.indexOf(t.column), String(v)),
  },
  values: {
    get: (t, self) => {
      const j = t.table.columns.indexOf(t.column);
      const r = t.table.rect;
      return Array.from({ length: r.rows }, (_, k) => [valueForApi(self._model.computed(t.table.sheet, r.row + k, t.table.col + j))]);
    },
  },
};

interface RowTarget {
  table: TableModel;
  index: number;
}

export class SimTableRowCollection extends SimCollection<TableModel, number, RowTarget, SimTableRow> {
  get _className(): string {
    return 'TableRowCollection';
  }

  protected override _collectionProps(): PropTable<TableModel> {
    return { count: { get: (t) => t.bodyRows } };
  }

  get count(): number {
    return this._read('count') as number;
  }

  protected _list(table: TableModel): number[] {
    return Array.from({ length: table.bodyRows }, (_, i) => i);
  }

  protected _itemTarget(index: number, table: TableModel): RowTarget {
    return { table, index };
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => RowTarget | null): SimTableRow {
    return new SimTableRow(this.context, this, member, args, resolver);
  }

  protected _matches(index: number, key: string): boolean {
    return String(index) === key;
  }

  add(index?: number | null, values?: unknown[][] | null, _alwaysInsert?: boolean): SimTableRow {
    const created = this._makeItem('add', [index, values], () => null);
    this._call('add', [index, values, _alwaysInsert], (table) => {
      if (table.sheet.protected) throw simError('AccessDenied', `Worksheet ${table.sheet.name} is protected.`);
      const row = addRows(this._model, table, index, values ?? undefined);
      created._bind({ table, index: row - table.bodyStart });
    });
    return created;
  }
}

export class SimTableRow extends SimClientObject<RowTarget> {
  get _className(): string {
    return 'TableRow';
  }

  override _props(): PropTable<RowTarget> {
    return ROW_PROPS;
  }

  getRange(): SimRange {
    return new SimRange(this.context, this, 'getRange', [], () => {
      const { table, index } = this._target();
      return { sheet: table.sheet, rect: { row: table.bodyStart + index, col: table.col, rows: 1, cols: table.columnCount } };
    });
  }

  delete(): void {
    this._call('delete', [], ({ table, index }) => {
      if (table.sheet.protected) throw simError('AccessDenied', `Worksheet ${table.sheet.name} is protected.`);
      deleteRow(this._model, table, index);
    });
  }
}

const ROW_PROPS: PropTable<RowTarget> = {
  index: { get: (t) => t.index },
  values: {
    get: (t, self) => [
      t.table.columns.map((_, j) => valueForApi(self._model.computed(t.table.sheet, t.table.bodyStart + t.index, t.table.col + j))),
    ],
  },
};

defineProps(SimTable, TABLE_PROPS);
defineProps(SimTableColumn, COLUMN_PROPS);
defineProps(SimTableRow, ROW_PROPS);

/** Excel.AutoFilter of a table: whether its buttons show and whether a condition filters rows. */
export class SimAutoFilter extends SimClientObject<TableModel> {
  get _className(): string {
    return 'AutoFilter';
  }

  override _props(): PropTable<TableModel> {
    return AUTO_FILTER_PROPS;
  }
}

const AUTO_FILTER_PROPS: PropTable<TableModel> = {
  enabled: { get: (t) => t.showFilterButton },
  isDataFiltered: { get: (t) => t.filterApplied },
};

defineProps(SimAutoFilter, AUTO_FILTER_PROPS);
