/**
 * The simulated workbook's state and the mutations the API performs on it. Everything here
 * is synchronous and knows nothing of proxies or batching; the api/ layer calls it while a
 * request is applied, and tests may call it directly through SimWorkbook.
 */
import { HyperFormula } from 'hyperformula';
import { Rect, contains, formatAddress, intersect, parseRect, splitSheet } from '../addressing';
import { simError } from '../errors';
import { FormulaEngine } from '../formulas/engine';
import { FormulaScope, toEvaluable } from '../formulas/translate';
import { displayText } from '../numberFormat';
import { checkContentLimits } from '../limits';
import { Cell, Computed, Content, interpretInput } from './cells';
import type { CustomXmlPartModel } from './customXml';
import type { NamedItemModel } from './names';
import { renameColumnInFormulas } from './renames';
import { SheetModel, cellKey } from './sheet';
import type { TableModel } from './table';

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export class WorkbookModel implements FormulaScope {
  readonly worksheetList: SheetModel[] = [];
  tableList: TableModel[] = [];
  namedItemList: NamedItemModel[] = [];
  xmlPartList: CustomXmlPartModel[] = [];
  activeSheet: SheetModel;
  selected: { sheet: SheetModel; rect: Rect };
  calculationMode = 'Automatic';
  /** suspendApiCalculationUntilNextSync ran in the request being applied (reset when the sync ends) */
  apiCalculationSuspended = false;
  /** Reject formulas with unknown tables/columns or malformed structured references, as Excel does. */
  strictReferences = true;
  readonly engine: FormulaEngine;
  private version = 0;
  private ids = 0;
  private syntaxChecker: HyperFormula | null = null;
  private syntaxCheckerSheets = '';
  private readonly checkedFormulas = new Set<string>();

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    this.engine = new FormulaEngine(this);
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = this.worksheetList[0];
    this.selected = { sheet: this.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  // ------------------------------------------------------------------ engine host / scope
  sheets(): readonly SheetModel[] {
    return this.worksheetList;
  }

  structureVersion(): number {
    return this.version;
  }

  /** Formula values stay as last calculated: manual mode, or API calculation suspended for this request. */
  calculationHeld(): boolean {
    return this.apiCalculationSuspended || this.calculationMode === 'Manual';
  }

  /**
   * Calculation stops here: what was written before is calculated first (it was, in Excel,
   * automatic calculation being on); what is written after waits for calculate().
   */
  suspendApiCalculation(): void {
    if (!this.calculationHeld()) this.engine.calculate();
    this.apiCalculationSuspended = true;
  }

  setCalculationMode(mode: string): void {
    if (mode === 'Manual' && !this.calculationHeld()) this.engine.calculate();
    this.calculationMode = mode;
  }

  /** Application.calculate / Range.calculate: every formula is brought up to date now. */
  calculate(): void {
    this.engine.calculate();
  }

  /** Anything that changes where references point (tables, names, sheets, moved cells). */
  touchStructure(): void {
    this.version++;
  }

  table(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.tableList.find((t) => t.name.toLowerCase() === wanted);
  }

  tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
    return this.tableList.find((t) => t.sheet === sheet && contains(t.rect, row, col));
  }

  name(name: string): NamedItemModel | undefined {
    const wanted = name.toLowerCase();
    return this.namedItemList.find((n) => n.name.toLowerCase() === wanted);
  }

  /** Deterministic GUID-shaped ids, so two identical runs give identical snapshots. */
  newId(): string {
    this.ids++;
    return `{00000000-${String(this.ids).padStart(4, '0')}-0000-C000-000000000046}`;
  }

  // ------------------------------------------------------------------ sheets
  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.worksheetList.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetOrThrow(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw simError('ItemNotFound', `There is no worksheet named "${name}".`);
    return sheet;
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === null || finalName === '') {
      let n = this.worksheetList.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.checkSheetName(finalName, undefined);
    const sheet = new SheetModel(this.newId(), finalName);
    this.worksheetList.push(sheet);
    this.touchStructure();
    return sheet;
  }

  private checkSheetName(name: string, self: SheetModel | undefined): void {
    if (
      typeof name !== 'string' ||
      name.length === 0 ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === 'history'
    ) {
      throw simError('InvalidArgument', `"${name}" is not a valid worksheet name.`);
    }
    const other = this.findSheet(name);
    if (other && other !== self) throw simError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    sheet.name = name;
    this.touchStructure();
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.worksheetList.length) {
      throw simError('InvalidArgument', `Position ${position} is out of range.`);
    }
    const from = this.worksheetList.indexOf(sheet);
    this.worksheetList.splice(from, 1);
    this.worksheetList.splice(position, 0, sheet);
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.worksheetList.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw simError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.worksheetList.splice(this.worksheetList.indexOf(sheet), 1);
    this.tableList = this.tableList.filter((t) => t.sheet !== sheet);
    for (const named of this.namedItemList) {
      if (named.target?.sheet === sheet) {
        named.target = undefined;
        named.constantFormula = '=#REF!';
      }
    }
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.worksheetList.find((s) => s.visibility === 'Visible')!;
    if (this.selected.sheet === sheet) this.selected = { sheet: this.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    this.touchStructure();
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) {
      throw simError('InvalidArgument', `"${visibility}" is not a sheet visibility.`);
    }
    if (visibility !== 'Visible') {
      const others = this.worksheetList.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0) throw simError('InvalidOperation', 'The last visible worksheet cannot be hidden.');
    }
    sheet.visibility = visibility as SheetModel['visibility'];
    if (visibility !== 'Visible' && this.activeSheet === sheet) {
      this.activeSheet = this.worksheetList.find((s) => s.visibility === 'Visible')!;
    }
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== 'Visible') throw simError('InvalidOperation', 'A hidden worksheet cannot be activated.');
    this.activeSheet = sheet;
    if (this.selected.sheet !== sheet) this.selected = { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  select(sheet: SheetModel, rect: Rect): void {
    this.activate(sheet);
    this.selected = { sheet, rect };
  }

  /** On a protected sheet, locked cells refuse content (and formats unless allowed). */
  assertWritable(sheet: SheetModel, r: Rect, what: 'content' | 'format'): void {
    if (!sheet.protected) return;
    if (what === 'format' && sheet.protectionOptions.allowFormatCells) return;
    for (let row = r.row; row < r.row + Math.min(r.rows, 100000); row++) {
      for (let col = r.col; col < r.col + Math.min(r.cols, 1000); col++) {
        if (sheet.cell(row, col)?.format?.locked !== false) {
          throw simError('AccessDenied', `Cell ${this.addressOf(sheet, { row, col, rows: 1, cols: 1 })} is locked on a protected sheet.`);
        }
      }
    }
  }

  // ------------------------------------------------------------------ cells
  /** Content as Excel interprets a written value ("=…" formula, numeric text → number…). */
  writeInput(sheet: SheetModel, row: number, col: number, input: unknown): void {
    const content = interpretInput(input, sheet.cell(row, col)?.numberFormat);
    if (content) this.writeContent(sheet, row, col, content);
  }

  writeContent(sheet: SheetModel, row: number, col: number, content: Content): void {
    checkContentLimits(content);
    if (content.formula !== undefined) this.checkFormula(sheet, row, col, content.formula);
    const table = this.tableAt(sheet, row, col);
    if (table && row === table.row) {
      this.renameColumnFromHeaderCell(table, col - table.col, content);
      return;
    }
    const cell = sheet.ensure(row, col);
    setContent(cell, content);
    sheet.prune(row, col);
    this.engine.markDirty(sheet, cellKey(row, col));
  }

  /** Writes bypassing table-header handling (the table code keeps headers itself). */
  writeRaw(sheet: SheetModel, row: number, col: number, content: Content): void {
    checkContentLimits(content);
    setContent(sheet.ensure(row, col), content);
    sheet.prune(row, col);
    this.engine.markDirty(sheet, cellKey(row, col));
  }

  /** Excel rejects formulas with bad structured references or bad syntax. */
  checkFormula(sheet: SheetModel, row: number, col: number, formula: string): void {
    const tableHere = this.tableAt(sheet, row, col);
    const memoKey = `${this.strictReferences}|${this.version}|${sheet.id}|${tableHere?.id ?? ''}|${tableHere && row >= tableHere.bodyStart ? 'body' : 'out'}|${formula}`;
    if (this.checkedFormulas.has(memoKey)) return;
    const evaluable = toEvaluable(formula, this, { sheet, row, col }, this.strictReferences);
    const checker = this.checker();
    if (!checker.validateFormula(evaluable)) {
      throw simError('InvalidArgument', `Excel cannot parse the formula ${formula}.`);
    }
    if (this.checkedFormulas.size > 10000) this.checkedFormulas.clear();
    this.checkedFormulas.add(memoKey);
  }

  private checker(): HyperFormula {
    const names = this.worksheetList.map((s) => s.name);
    const key = JSON.stringify(names);
    if (!this.syntaxChecker || key !== this.syntaxCheckerSheets) {
      this.syntaxChecker?.destroy();
      this.syntaxChecker = HyperFormula.buildFromSheets(Object.fromEntries(names.map((n) => [n, []])), {
        licenseKey: 'gpl-v3',
      });
      this.syntaxCheckerSheets = key;
    }
    return this.syntaxChecker;
  }

  /** Writing into a header cell renames the column (headers are always unique text). */
  private renameColumnFromHeaderCell(table: TableModel, index: number, content: Content): void {
    let text = '';
    if (content.formula !== undefined) {
      throw simError('InvalidOperation', `A table header (${table.name}) cannot hold a formula.`);
    }
    if (content.value !== undefined) text = typeof content.value === 'boolean' ? String(content.value).toUpperCase() : String(content.value);
    this.renameColumn(table, index, text);
  }

  renameColumn(table: TableModel, index: number, requested: string): void {
    const base = requested === '' ? `Column${index + 1}` : requested;
    let name = base;
    let n = 2;
    while (table.columns.some((c, i) => i !== index && c.name.toLowerCase() === name.toLowerCase())) name = `${base}${n++}`;
    const previous = table.columns[index].name;
    table.columns[index].name = name;
    if (previous !== '' && previous !== name) renameColumnInFormulas(this, table, previous, name);
    this.writeRaw(table.sheet, table.row, table.col + index, { value: name });
    this.touchStructure();
  }

  /** Value a reader sees: the constant, a formula's result, or null for an empty cell. */
  computed(sheet: SheetModel, row: number, col: number): Computed {
    const cell = sheet.cell(row, col);
    if (!cell) return null;
    if (cell.formula !== undefined) return this.engine.value(sheet, row, col);
    return cell.value ?? null;
  }

  text(sheet: SheetModel, row: number, col: number): string {
    return displayText(this.computed(sheet, row, col), sheet.cell(row, col)?.numberFormat);
  }

  /**
   * Calculated columns: a table column whose whole data body was just given one formula
   * remembers it; a body written with constants only forgets it.
   */
  afterWrite(sheet: SheetModel, target: Rect): void {
    for (const table of this.tableList) {
      if (table.sheet !== sheet || !intersect(table.bodyRect, target)) continue;
      table.columns.forEach((column, index) => {
        const body = table.columnRect(index, table.bodyStart, table.bodyRows);
        if (!intersect(body, target) || body.row < target.row || body.row + body.rows > target.row + target.rows) return;
        if (body.col < target.col || body.col >= target.col + target.cols) return;
        const formulas = new Set<string | undefined>();
        for (let r = body.row; r < body.row + body.rows; r++) formulas.add(sheet.cell(r, body.col)?.formula);
        if (formulas.size === 1) {
          const [formula] = formulas;
          if (formula === undefined) delete column.calculatedFormula;
          else column.calculatedFormula = formula;
        }
      });
    }
  }

  /** "B3" or "'Sheet'!B3:C4" resolved against a default sheet. */
  locate(sheetName: string, address: string): { sheet: SheetModel; rect: Rect } {
    const { sheet, local } = splitSheet(address);
    return { sheet: this.sheetOrThrow(sheet ?? sheetName), rect: parseRect(local) };
  }

  addressOf(sheet: SheetModel, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }

  /** Table and defined-name names share one namespace and one syntax. */
  checkNewName(name: string, kind: 'table' | 'name', self?: object): void {
    if (
      typeof name !== 'string' ||
      !NAME_PATTERN.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(R|C)(\d*)$/i.test(name) ||
      /^R\d*C\d*$/i.test(name) ||
      /^(true|false)$/i.test(name)
    ) {
      throw simError('InvalidArgument', `"${name}" is not a valid ${kind} name.`);
    }
    const table = this.table(name);
    const named = this.name(name);
    if ((table && table !== self) || (named && named !== self)) {
      throw simError('ItemAlreadyExists', `The name "${name}" is already used by a ${table ? 'table' : 'defined name'}.`);
    }
  }
}

function setContent(cell: Cell, content: Content): void {
  if (content.formula !== undefined) {
    cell.formula = content.formula;
    delete cell.value;
  } else if (content.value !== undefined) {
    cell.value = content.value;
    delete cell.formula;
  } else {
    delete cell.value;
    delete cell.formula;
  }
}
