/** Excel.Worksheet, WorksheetCollection, freeze panes and sheet protection. */
import { MAX_COLUMNS, MAX_ROWS, formatRect, parseRect, splitSheet } from '../addressing';
import { simError } from '../errors';
import type { PageLayoutModel, SheetModel } from '../model/sheet';
import { AnyProxy, PropTable, SimClientObject, defineProps } from './clientObject';
import { SimChartCollection } from './charts';
import { SimCollection } from './collection';
import { SimRange, checkedRect } from './range';
import { SimTableCollection } from './table';

export class SimWorksheet extends SimClientObject<SheetModel> {
  get _className(): string {
    return 'Worksheet';
  }

  override _props(): PropTable<SheetModel> {
    return WORKSHEET_PROPS;
  }

  protected override _alive(t: SheetModel): boolean {
    return !t.deleted;
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { protection: () => this.protection, tables: () => this.tables, charts: () => this.charts, pageLayout: () => this.pageLayout };
  }

  get pageLayout(): SimPageLayout {
    return this._child('pageLayout', () => new SimPageLayout(this.context, this, 'pageLayout', [], () => this._target()));
  }

  get tables(): SimTableCollection {
    return this._child('tables', () => new SimTableCollection(this.context, this, 'tables', [], () => ({ sheet: this._target() })));
  }

  get charts(): SimChartCollection {
    return this._child('charts', () => new SimChartCollection(this.context, this, 'charts', [], () => this._target()));
  }

  get freezePanes(): SimFreezePanes {
    return this._child('freezePanes', () => new SimFreezePanes(this.context, this, 'freezePanes', [], () => {
      this._requireVersion('1.7', 'freezePanes');
      return this._target();
    }));
  }

  get protection(): SimWorksheetProtection {
    return this._child('protection', () => new SimWorksheetProtection(this.context, this, 'protection', [], () => this._target()));
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.context, this, 'getRange', [address], () => {
      const sheet = this._target();
      if (address === undefined || address === null || address === '') {
        return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
      }
      const { sheet: prefix, local } = splitSheet(address);
      if (prefix && prefix.toLowerCase() !== sheet.name.toLowerCase()) {
        throw simError('InvalidArgument', `"${address}" is not on worksheet ${sheet.name}.`);
      }
      if (!prefix && !/[\d:$]/.test(local)) {
        const named = this._model.name(local);
        if (named?.target) return { sheet: named.target.sheet, rect: named.target.rect };
      }
      return { sheet, rect: parseRect(local) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return new SimRange(this.context, this, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      this._requireVersion('1.7', 'getRangeByIndexes');
      return { sheet: this._target(), rect: checkedRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }) };
    });
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(this.context, this, 'getCell', [row, column], () => ({
      sheet: this._target(),
      rect: checkedRect({ row, col: column, rows: 1, cols: 1 }),
    }));
  }

  /** On a blank sheet Excel returns A1. */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return new SimRange(this.context, this, 'getUsedRange', [valuesOnly], () => {
      const sheet = this._target();
      return { sheet, rect: sheet.usedRect(!!valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return new SimRange(this.context, this, 'getUsedRangeOrNullObject', [valuesOnly], () => {
      const sheet = this._target();
      const used = sheet.usedRect(!!valuesOnly);
      return used ? { sheet, rect: used } : null;
    })._queryNull();
  }

  activate(): void {
    this._call('activate', [], (sheet) => this._model.activate(sheet));
  }

  delete(): void {
    this._call('delete', [], (sheet) => this._model.deleteSheet(sheet));
  }

  calculate(_markAllDirty?: boolean): void {
    this._call('calculate', [_markAllDirty], () => undefined);
  }
}

const WORKSHEET_PROPS: PropTable<SheetModel> = {
  id: { get: (s) => s.id },
  name: { get: (s) => s.name, set: (s, v, self) => self._model.renameSheet(s, String(v)) },
  position: {
    get: (s, self) => self._model.worksheetList.indexOf(s),
    set: (s, v, self) => self._model.moveSheet(s, Number(v)),
  },
  visibility: { get: (s) => s.visibility, set: (s, v, self) => self._model.setVisibility(s, String(v)) },
  tabColor: { get: (s) => s.tabColor, set: (s, v) => (s.tabColor = String(v ?? '')), minVersion: '1.7' },
  showGridlines: { get: (s) => s.showGridlines, set: (s, v) => (s.showGridlines = !!v), minVersion: '1.8' },
  standardWidth: { get: () => 8.43 },
};

export class SimWorksheetCollection extends SimCollection<true, SheetModel, SheetModel, SimWorksheet> {
  get _className(): string {
    return 'WorksheetCollection';
  }

  protected _list(): SheetModel[] {
    return this._model.worksheetList;
  }

  protected _itemTarget(model: SheetModel): SheetModel {
    return model;
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => SheetModel | null): SimWorksheet {
    return new SimWorksheet(this.context, this, member, args, resolver);
  }

  protected _matches(model: SheetModel, key: string): boolean {
    return model.name.toLowerCase() === key.toLowerCase() || model.id === key;
  }

  add(name?: string): SimWorksheet {
    const created = this._makeItem('add', [name], () => null);
    this._call('add', [name], () => created._bind(this._model.addSheet(name)));
    return created;
  }

  getActiveWorksheet(): SimWorksheet {
    return this._makeItem('getActiveWorksheet', [], () => this._model.activeSheet);
  }

  getFirst(visibleOnly?: boolean): SimWorksheet {
    return this._makeItem('getFirst', [visibleOnly], () => {
      const list = this._model.worksheetList.filter((s) => !visibleOnly || s.visibility === 'Visible');
      return list[0];
    });
  }

  getLast(visibleOnly?: boolean): SimWorksheet {
    return this._makeItem('getLast', [visibleOnly], () => {
      const list = this._model.worksheetList.filter((s) => !visibleOnly || s.visibility === 'Visible');
      return list[list.length - 1];
    });
  }
}

export class SimFreezePanes extends SimClientObject<SheetModel> {
  get _className(): string {
    return 'WorksheetFreezePanes';
  }

  freezeRows(count?: number): void {
    this._call('freezeRows', [count], (s) => {
      s.frozenRows = count ?? 1;
      s.frozenColumns = 0;
    });
  }

  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count], (s) => {
      s.frozenColumns = count ?? 1;
      s.frozenRows = 0;
    });
  }

  /** Freezes the rows above and the columns left of the bottom-right corner of `frozenRange`. */
  freezeAt(frozenRange: SimRange | string): void {
    this._call('freezeAt', [frozenRange], (s) => {
      const rect = typeof frozenRange === 'string' ? parseRect(splitSheet(frozenRange).local) : frozenRange._target().rect;
      s.frozenRows = rect.row + rect.rows;
      s.frozenColumns = rect.col + rect.cols;
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): SimRange {
    return new SimRange(this.context, this, 'getLocationOrNullObject', [], () => {
      const s = this._target();
      if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
      return { sheet: s, rect: { row: 0, col: 0, rows: Math.max(1, s.frozenRows), cols: Math.max(1, s.frozenColumns) } };
    })._queryNull();
  }
}

export class SimWorksheetProtection extends SimClientObject<SheetModel> {
  get _className(): string {
    return 'WorksheetProtection';
  }

  override _props(): PropTable<SheetModel> {
    return PROTECTION_PROPS;
  }

  protect(options?: Record<string, boolean>, password?: string): void {
    this._call('protect', [options, password ? '***' : undefined], (s) => {
      if (s.protected) throw simError('InvalidOperation', `Worksheet ${s.name} is already protected.`);
      s.protected = true;
      s.protectionOptions = { ...(options ?? {}) };
      this.context._host.counters.protectionToggles++;
    });
  }

  unprotect(password?: string): void {
    this._call('unprotect', [password ? '***' : undefined], (s) => {
      s.protected = false;
      s.protectionOptions = {};
      this.context._host.counters.protectionToggles++;
    });
  }
}

const PROTECTION_PROPS: PropTable<SheetModel> = {
  protected: { get: (s) => s.protected },
  options: { get: (s) => ({ ...s.protectionOptions }) },
};

/** Worksheet.pageLayout and its headers/footers: ExcelApi 1.9 (Office 2021 and later). */
const PAGE_LAYOUT_VERSION = '1.9';

/** A print range as Excel stores it: "$3:$3", "A1:G80"; anything parseRect refuses is refused. */
function printRange(value: SimRange | string): string {
  if (typeof value !== 'string') return formatRect(value._target().rect);
  const local = splitSheet(value.trim()).local;
  return formatRect(parseRect(local));
}

export class SimPageLayout extends SimClientObject<SheetModel> {
  get _className(): string {
    return 'PageLayout';
  }

  override _props(): PropTable<SheetModel> {
    return PAGE_LAYOUT_PROPS;
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { headersFooters: () => this.headersFooters };
  }

  get headersFooters(): SimHeaderFooterGroup {
    return this._child('headersFooters', () => new SimHeaderFooterGroup(this.context, this, 'headersFooters', [], () => this._target()));
  }

  setPrintTitleRows(rows: SimRange | string): void {
    this._call('setPrintTitleRows', [typeof rows === 'string' ? rows : '(range)'], (s) => (s.pageLayout.printTitleRows = printRange(rows)), PAGE_LAYOUT_VERSION);
  }

  setPrintArea(area: SimRange | string): void {
    this._call('setPrintArea', [typeof area === 'string' ? area : '(range)'], (s) => (s.pageLayout.printArea = printRange(area)), PAGE_LAYOUT_VERSION);
  }
}

const MARGINS = ['top', 'bottom', 'left', 'right', 'header', 'footer'] as const;

const PAGE_LAYOUT_PROPS: PropTable<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw simError('InvalidArgument', `PageLayout.orientation: "${String(v)}".`);
      s.pageLayout.orientation = v;
    },
    minVersion: PAGE_LAYOUT_VERSION,
  },
  paperSize: { get: (s) => s.pageLayout.paperSize, set: (s, v) => (s.pageLayout.paperSize = String(v)), minVersion: PAGE_LAYOUT_VERSION },
  zoom: {
    get: (s) => ({ ...s.pageLayout.zoom }),
    set: (s, v) => (s.pageLayout.zoom = { ...(v as PageLayoutModel['zoom']) }),
    minVersion: PAGE_LAYOUT_VERSION,
  },
  centerHorizontally: { get: (s) => s.pageLayout.centerHorizontally, set: (s, v) => (s.pageLayout.centerHorizontally = !!v), minVersion: PAGE_LAYOUT_VERSION },
  ...Object.fromEntries(
    MARGINS.map((side) => [
      `${side}Margin`,
      {
        get: (s: SheetModel) => s.pageLayout.margins[side],
        set: (s: SheetModel, v: unknown) => {
          if (typeof v !== 'number' || v < 0) throw simError('InvalidArgument', `PageLayout.${side}Margin: ${String(v)}.`);
          s.pageLayout.margins[side] = v;
        },
        minVersion: PAGE_LAYOUT_VERSION,
      },
    ]),
  ),
};

export class SimHeaderFooterGroup extends SimClientObject<SheetModel> {
  get _className(): string {
    return 'HeaderFooterGroup';
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }

  get defaultForAllPages(): SimHeaderFooter {
    return this._child('defaultForAllPages', () => new SimHeaderFooter(this.context, this, 'defaultForAllPages', [], () => this._target()));
  }
}

export class SimHeaderFooter extends SimClientObject<SheetModel> {
  get _className(): string {
    return 'HeaderFooter';
  }

  override _props(): PropTable<SheetModel> {
    return HEADER_FOOTER_PROPS;
  }
}

/** Excel refuses a header or footer section longer than 255 characters. */
function footerText(v: unknown): string {
  const text = String(v ?? '');
  if (text.length > 255) throw simError('InvalidArgument', 'A header or footer section is limited to 255 characters.');
  return text;
}

const HEADER_FOOTER_PROPS: PropTable<SheetModel> = {
  leftFooter: { get: (s) => s.pageLayout.footer.left, set: (s, v) => (s.pageLayout.footer.left = footerText(v)), minVersion: PAGE_LAYOUT_VERSION },
  centerFooter: { get: (s) => s.pageLayout.footer.center, set: (s, v) => (s.pageLayout.footer.center = footerText(v)), minVersion: PAGE_LAYOUT_VERSION },
  rightFooter: { get: (s) => s.pageLayout.footer.right, set: (s, v) => (s.pageLayout.footer.right = footerText(v)), minVersion: PAGE_LAYOUT_VERSION },
};

defineProps(SimWorksheet, WORKSHEET_PROPS);
defineProps(SimPageLayout, PAGE_LAYOUT_PROPS);
defineProps(SimHeaderFooter, HEADER_FOOTER_PROPS);
defineProps(SimWorksheetProtection, PROTECTION_PROPS);
