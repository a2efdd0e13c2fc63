/**
 * SimWorkbook: the workbook model plus direct, synchronous helpers for tests and the preview
 * page (no proxies, no batching, no counters).
 */
import { absoluteAddress, columnLetter, contains, formatAddress, formatRect, parseRect, type Rect } from './addressing';
import { nameFormula } from './api/names';
import { valueForApi } from './api/range';
import { shiftFormula } from './formulas/scanner';
import { toEvaluable } from './formulas/translate';
import { CellErrorValue, DEFAULT_FONT } from './model/cells';
import { ruleType } from './model/validation';
import { deepCopy } from './clone';
import { FormulaEngine } from './formulas/engine';
import { SheetModel, keyCol, keyRow, type PageLayoutModel } from './model/sheet';
import { WorkbookModel } from './model/workbookModel';

export interface CellView {
  value: string | number | boolean;
  formula: string;
  text: string;
  valueType: string;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  locked: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headerAddress: string;
  bodyAddress: string;
  totalsAddress: string | null;
  headers: string[];
  showTotals: boolean;
  style: string;
  calculatedFormulas: Record<string, string>;
}

export interface GridCell {
  value: string | number | boolean;
  text: string;
  numberFormat: string;
  formula: string;
  fill: string | null;
  bold: boolean;
}

export class SimWorkbook extends WorkbookModel {
  /** An independent copy of this workbook in its current state. */
  fork(): SimWorkbook {
    const copy = deepCopy(this);
    (copy as unknown as { engine: FormulaEngine }).engine = new FormulaEngine(copy);
    return copy;
  }

  private sheetByName(name: string): SheetModel {
    return this.sheetOrThrow(name);
  }

  /** Hides rows (1-based sheet row numbers), as a user does with "Ẩn" on the row headers. */
  hideRows(sheet: string, rows: readonly number[]): void {
    const s = this.sheetByName(sheet);
    for (const row of rows) s.hiddenRows.add(row - 1);
  }

  /** Filters a table as a user does with its filter buttons: the given body rows (0-based) hidden. */
  filterTable(name: string, bodyRows: readonly number[]): void {
    const table = this.tableList.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`no table ${name}`);
    table.filterApplied = true;
    for (const row of bodyRows) table.sheet.hiddenRows.add(table.bodyStart + row);
  }

  /** Writes like a user typing: "=…" is a formula, numeric text a number, and so on. */
  setCell(sheet: string, address: string, valueOrFormula: unknown): void {
    const s = this.sheetByName(sheet);
    const { row, col } = parseRect(address);
    this.writeInput(s, row, col, valueOrFormula);
    this.afterWrite(s, { row, col, rows: 1, cols: 1 });
  }

  /** Writes a 2-D block starting at `address`. */
  setValues(sheet: string, address: string, rows: unknown[][]): void {
    const s = this.sheetByName(sheet);
    const { row, col } = parseRect(address);
    rows.forEach((values, r) => values.forEach((v, c) => this.writeInput(s, row + r, col + c, v)));
    this.afterWrite(s, { row, col, rows: rows.length, cols: Math.max(0, ...rows.map((r) => r.length)) });
  }

  getCell(sheet: string, address: string): CellView {
    const s = this.sheetByName(sheet);
    const { row, col } = parseRect(address);
    const cell = s.cell(row, col);
    const value = this.computed(s, row, col);
    return {
      value: valueForApi(value),
      formula: cell?.formula ?? '',
      text: this.text(s, row, col),
      valueType:
        value === null || value === ''
          ? 'Empty'
          : value instanceof CellErrorValue
            ? 'Error'
            : typeof value === 'number'
              ? 'Double'
              : typeof value === 'boolean'
                ? 'Boolean'
                : 'String',
      numberFormat: cell?.numberFormat ?? 'General',
      fill: cell?.format?.fill ?? null,
      bold: cell?.format?.bold ?? false,
      italic: cell?.format?.italic ?? false,
      fontColor: cell?.format?.fontColor ?? DEFAULT_FONT.color,
      fontSize: cell?.format?.fontSize ?? DEFAULT_FONT.size,
      fontName: cell?.format?.fontName ?? DEFAULT_FONT.name,
      wrapText: cell?.format?.wrapText ?? false,
      horizontalAlignment: cell?.format?.horizontalAlignment ?? 'General',
      verticalAlignment: cell?.format?.verticalAlignment ?? 'Bottom',
      locked: cell?.format?.locked ?? true,
    };
  }

  sheetNames(): string[] {
    return this.worksheetList.map((s) => s.name);
  }

  getFrozenRows(sheet: string): number {
    return this.sheetByName(sheet).frozenRows;
  }

  getFrozenColumns(sheet: string): number {
    return this.sheetByName(sheet).frozenColumns;
  }

  /** What printing the sheet would use (Worksheet.pageLayout, ExcelApi 1.9). */
  pageLayout(sheet: string): PageLayoutModel {
    return structuredClone(this.sheetByName(sheet).pageLayout);
  }

  isProtected(sheet: string): boolean {
    return this.sheetByName(sheet).protected;
  }

  columnWidth(sheet: string, column: string): number | undefined {
    return this.sheetByName(sheet).columnWidths.get(parseRect(`${column}1`).col);
  }

  tableNames(): string[] {
    return this.tableList.map((t) => t.name);
  }

  getTableInfo(name: string): TableInfo | undefined {
    const t = this.table(name);
    if (!t) return undefined;
    const calculatedFormulas: Record<string, string> = {};
    for (const c of t.columns) if (c.calculatedFormula !== undefined) calculatedFormulas[c.name] = c.calculatedFormula;
    const totals = t.totalsRect;
    return {
      name: t.name,
      sheet: t.sheet.name,
      address: formatAddress(t.sheet.name, t.rect),
      headerAddress: formatAddress(t.sheet.name, t.headerRect),
      bodyAddress: formatAddress(t.sheet.name, t.bodyRect),
      totalsAddress: totals ? formatAddress(t.sheet.name, totals) : null,
      headers: t.columns.map((c) => c.name),
      showTotals: t.showTotals,
      style: t.style,
      calculatedFormulas,
    };
  }

  names(): { name: string; formula: string; comment: string; visible: boolean }[] {
    return this.namedItemList.map((n) => ({ name: n.name, formula: nameFormula(n), comment: n.comment, visible: n.visible }));
  }

  dataValidations(sheet: string) {
    return this.sheetByName(sheet).validations.map((v) => ({
      address: formatRect(v.rect),
      type: ruleType(v.rule),
      rule: v.rule ?? {},
      ignoreBlanks: v.ignoreBlanks,
      errorAlert: { ...v.errorAlert },
      prompt: { ...v.prompt },
    }));
  }

  /**
   * The in-cell dropdown of a cell with a list rule, as Excel shows it: the list source resolved
   * now (an inline "a,b,c", a defined name or reference, or INDIRECT("Table[Column]") — the
   * table's current body, so rows added to a catalogue appear); blanks are left out. null when
   * the cell has no list rule.
   */
  dropDown(sheet: string, address: string): string[] | null {
    const s = this.sheetByName(sheet);
    const { row, col } = parseRect(address);
    const entry = s.validations.find((v) => contains(v.rect, row, col));
    const list = entry?.rule?.list;
    if (!list) return null;
    return this.listValues(list.source).filter((v) => v !== '');
  }

  /**
   * A user typing `value` into a cell, as Excel's data validation answers: a value the rule
   * accepts is written without a word; otherwise the error alert decides — "Stop" refuses it
   * (the cell keeps what it had), "Warning" and "Information" show their message and keep the
   * value when the user answers Yes/OK (what this models). Only list rules are evaluated
   * (compared without case, as Excel does); a cell under another rule throws, so no test leans
   * on an unmodelled rule. Blank input with ignoreBlanks is accepted.
   */
  typeAsUser(sheet: string, address: string, value: string): { written: boolean; alert: { style: string; title: string; message: string } | null } {
    const s = this.sheetByName(sheet);
    const { row, col } = parseRect(address);
    const entry = s.validations.find((v) => contains(v.rect, row, col));
    if (!entry?.rule) {
      this.setCell(sheet, address, value);
      return { written: true, alert: null };
    }
    const list = entry.rule.list;
    if (!list) throw new Error(`typeAsUser models list rules only; ${sheet}!${address} has a ${ruleType(entry.rule)} rule`);
    const wanted = value.trim().toLowerCase();
    const accepted = (value === '' && entry.ignoreBlanks) || this.listValues(list.source).some((v) => v.trim().toLowerCase() === wanted);
    if (accepted || !entry.errorAlert.showAlert) {
      this.setCell(sheet, address, value);
      return { written: true, alert: null };
    }
    const alert = { style: entry.errorAlert.style, title: entry.errorAlert.title, message: entry.errorAlert.message };
    if (alert.style === 'Stop') return { written: false, alert };
    this.setCell(sheet, address, value);
    return { written: true, alert };
  }

  private listValues(source: string): string[] {
    const text = (row: number, col: number, sheet: SheetModel) => {
      const v = valueForApi(this.computed(sheet, row, col));
      return typeof v === 'string' ? v : String(v);
    };
    const cells = (sheet: SheetModel, r: Rect) => {
      const out: string[] = [];
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(text(r.row + i, r.col + j, sheet));
      return out;
    };
    if (!source.startsWith('=')) return source.split(',');
    const indirect = /^=INDIRECT\("([^"[\]]+)\[([^"\]]+)\]"\)$/i.exec(source);
    if (indirect) {
      const table = this.table(indirect[1]);
      if (!table) throw new Error(`list source ${source}: no table ${indirect[1]}`);
      const c = table.columnIndexOf(indirect[2]);
      if (c < 0) throw new Error(`list source ${source}: no column ${indirect[2]}`);
      return cells(table.sheet, { ...table.bodyRect, col: table.col + c, cols: 1 });
    }
    const named = this.namedItemList.find((n) => n.name.toLowerCase() === source.slice(1).toLowerCase());
    if (named?.target) return cells(named.target.sheet, named.target.rect);
    throw new Error(`list source ${source} is not modelled`);
  }

  conditionalFormats(sheet: string) {
    return this.sheetByName(sheet).conditionalFormats.map((cf) => ({
      address: formatRect(cf.rect),
      type: cf.type,
      formula: cf.formula,
      fill: cf.fill ?? null,
      fontColor: cf.fontColor ?? null,
      priority: cf.priority,
    }));
  }

  /**
   * The conditional formats that apply to a cell now: those whose range holds it and whose
   * rule formula, moved from the range's top-left cell to this cell as Excel does, gives TRUE
   * or a non-zero number (an error or text does not apply the format). Highest priority first.
   */
  conditionalFormatsAt(sheet: string, address: string) {
    const s = this.sheetByName(sheet);
    const { row, col } = parseRect(address);
    return s.conditionalFormats
      .filter((cf) => cf.formula !== '' && row >= cf.rect.row && row < cf.rect.row + cf.rect.rows && col >= cf.rect.col && col < cf.rect.col + cf.rect.cols)
      .filter((cf) => {
        const moved = shiftFormula(cf.formula, row - cf.rect.row, col - cf.rect.col);
        const value = this.engine.evaluate(toEvaluable(moved, this, { sheet: s, row, col }, false), s);
        return value === true || (typeof value === 'number' && value !== 0);
      })
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ address: formatRect(cf.rect), formula: cf.formula, fill: cf.fill ?? null, fontColor: cf.fontColor ?? null, priority: cf.priority }));
  }

  charts(sheet: string) {
    return this.sheetByName(sheet).charts.map((c) => ({ ...c }));
  }

  customXmlParts() {
    return this.xmlPartList.map((p) => ({ ...p }));
  }

  get selection(): { sheet: string; address: string } {
    return { sheet: this.selected.sheet.name, address: formatAddress(this.selected.sheet.name, this.selected.rect) };
  }

  get activeSheetName(): string {
    return this.activeSheet.name;
  }

  /** Forces a full re-evaluation (the engine is otherwise refreshed lazily on reads). */
  recalculate(): void {
    this.touchStructure();
  }

  /** Cells from A1 to the bottom-right of the used range, for a preview grid. */
  grid(sheet: string): { rows: GridCell[][]; usedRange: string | null } {
    const s = this.sheetByName(sheet);
    const used = s.usedRect(false);
    if (!used) return { rows: [], usedRange: null };
    const rows: GridCell[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: GridCell[] = [];
      for (let c = 0; c < used.col + used.cols; c++) {
        const cell = s.cell(r, c);
        row.push({
          value: valueForApi(this.computed(s, r, c)),
          text: this.text(s, r, c),
          numberFormat: cell?.numberFormat ?? 'General',
          formula: cell?.formula ?? '',
          fill: cell?.format?.fill ?? null,
          bold: cell?.format?.bold ?? false,
        });
      }
      rows.push(row);
    }
    return { rows, usedRange: formatAddress(s.name, used) };
  }

  /** The whole workbook as canonical JSON-able data: equal snapshots mean identical workbooks. */
  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.worksheetList.map((s) => this.sheetSnapshot(s)),
      activeSheet: this.activeSheet.name,
      selection: this.selection,
      tables: this.tableList.map((t) => ({
        ...this.getTableInfo(t.name)!,
        showBandedRows: t.showBandedRows,
        showFilterButton: t.showFilterButton,
      })),
      names: this.names(),
      customXmlParts: this.customXmlParts(),
    };
  }

  private sheetSnapshot(s: SheetModel): SheetSnapshot {
    const keys = [...s.cells.keys()].sort((a, b) => a - b);
    const cells: Record<string, Record<string, unknown>> = {};
    for (const key of keys) {
      const cell = s.cells.get(key)!;
      const row = keyRow(key);
      const col = keyCol(key);
      const entry: Record<string, unknown> = {};
      if (cell.value !== undefined) entry.value = cell.value;
      if (cell.formula !== undefined) {
        entry.formula = cell.formula;
        entry.result = valueForApi(this.computed(s, row, col));
      }
      if (cell.numberFormat !== undefined) entry.numberFormat = cell.numberFormat;
      if (cell.format) entry.format = sortKeys(cell.format);
      cells[`${columnLetter(col)}${row + 1}`] = entry;
    }
    const sortedMap = (m: Map<number, number>, label: (i: number) => string) =>
      Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [label(k), v]));
    return {
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      protected: s.protected,
      columnWidths: sortedMap(s.columnWidths, columnLetter),
      rowHeights: sortedMap(s.rowHeights, (r) => String(r + 1)),
      merges: s.merges.map(formatRect),
      cells,
      dataValidations: this.dataValidations(s.name),
      conditionalFormats: this.conditionalFormats(s.name),
      charts: this.charts(s.name).map((c) => ({ ...c })),
    };
  }

  /** "='Khen thưởng'!$B$3" style reference of a cell, handy in tests. */
  absoluteReference(sheet: string, address: string): string {
    return absoluteAddress(sheet, parseRect(address));
  }
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) as T;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  frozenRows: number;
  frozenColumns: number;
  protected: boolean;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  merges: string[];
  cells: Record<string, Record<string, unknown>>;
  dataValidations: unknown[];
  conditionalFormats: unknown[];
  charts: unknown[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string;
  selection: { sheet: string; address: string };
  tables: unknown[];
  names: unknown[];
  customXmlParts: unknown[];
}
