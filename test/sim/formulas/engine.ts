/**
 * Evaluates the workbook's formulas with HyperFormula. The HyperFormula workbook is a
 * derived copy: it is rebuilt when the structure changes (tables, names, sheets — anything
 * that changes what a structured reference points at) and patched cell by cell otherwise,
 * in one batch, when a value is next read (writes only mark cells dirty).
 *
 * Row formulas (rowFormulas.ts: formulas of a table body reading only their own row and
 * formula-free catalogues) are evaluated once per distinct input, on a small HyperFormula
 * workbook holding only the cells they read; the main workbook holds their values.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import type { Cell, Computed } from '../model/cells';
import { CellErrorValue } from '../model/cells';
import { SheetModel, cellKey, keyCol, keyRow } from '../model/sheet';
import { registerExcelFunctionLimits } from './criteriaLimitPlugin';
import { rememberAggregates } from './frozenAggregates';
import { registerLookupPlugin } from './lookupPlugin';
import { RawContent, RowFormulaHost, RowFormulas, SCRATCH_SHEET, contentOf, contentOfValue } from './rowFormulas';
import { FormulaScope, toEvaluable } from './translate';
import { registerExcelWildcards } from './wildcards';

export interface EngineHost extends FormulaScope, RowFormulaHost {
  sheets(): readonly SheetModel[];
  structureVersion(): number;
  /** Calculation held (manual mode, API calculation suspended): values stay as last calculated. */
  calculationHeld?(): boolean;
}

// smartRounding off: Excel keeps full doubles (15 digits), HyperFormula would round to 10
// Excel's sheet size, not HyperFormula's default of 40,000 rows.
const CONFIG = { licenseKey: 'gpl-v3', smartRounding: false, maxRows: 1_048_576, maxColumns: 16_384 } as const;

export class FormulaEngine {
  private hf: HyperFormula | null = null;
  /** the cells row formulas read, and a scratch row for their inputs */
  private rowHf: HyperFormula | null = null;
  private scratchId = -1;
  private rows: RowFormulas;
  private builtVersion = -1;
  private readonly ids = new Map<SheetModel, number>();
  private readonly dirty = new Map<SheetModel, Set<number>>();
  /** what the row formulas' results were computed from (the externals' contents) */
  private externalsSignature = '';

  constructor(private readonly host: EngineHost) {
    registerLookupPlugin();
    registerExcelWildcards();
    registerExcelFunctionLimits();
    this.rows = new RowFormulas(host);
  }

  markDirty(sheet: SheetModel, key: number): void {
    let keys = this.dirty.get(sheet);
    if (!keys) {
      keys = new Set();
      this.dirty.set(sheet, keys);
    }
    keys.add(key);
  }

  /**
   * Brings the computed values up to date with the cells: the one entry point of
   * recalculation (reads call it; a manual calculation mode would call it on calculate()).
   */
  recalculate(): void {
    this.refresh();
  }

  /** The computed value of a formula cell (0 for a formula that yields an empty reference). */
  value(sheet: SheetModel, row: number, col: number): Computed {
    this.refresh();
    const id = this.ids.get(sheet);
    if (id === undefined || !this.hf) return null;
    const remembered = this.rows.value(sheet, row, col);
    if (remembered !== undefined) return remembered;
    return fromHyperFormula(this.hf.getCellValue({ sheet: id, row, col }));
  }

  /**
   * Evaluates a formula (already translated, references shifted to the cell it stands for)
   * without writing it anywhere; HyperFormula evaluates such a formula as if it stood in A1 of
   * `sheet`. A range result gives its top-left value.
   */
  evaluate(evaluable: string, sheet: SheetModel): Computed {
    this.refresh();
    const id = this.ids.get(sheet);
    if (id === undefined || !this.hf) return null;
    const result = this.hf.calculateFormula(evaluable, id);
    return fromHyperFormula(Array.isArray(result) ? result[0]?.[0] : result);
  }

  /** Whether HyperFormula can parse the (already translated) formula. */
  isValidSyntax(evaluable: string): boolean {
    this.refresh();
    return this.hf ? this.hf.validateFormula(evaluable) : true;
  }

  /** Calculates now, even while calculation is held (Application.calculate). */
  calculate(): void {
    this.refresh(true);
  }

  private refresh(force = false): void {
    // Held: HyperFormula keeps the state of the last calculation; the changes wait (dirty).
    if (!force && this.hf && this.host.calculationHeld?.()) return;
    const version = this.host.structureVersion();
    if (!this.hf || this.builtVersion !== version || this.sheetsChanged() || this.externalsChanged()) {
      this.rebuild();
      this.builtVersion = version;
      return;
    }
    if (this.dirty.size === 0) return;
    // A row formula's cells depend on its row: the whole row of the table is looked at again.
    const cells = new Map<SheetModel, Set<number>>();
    const add = (sheet: SheetModel, key: number) => {
      let keys = cells.get(sheet);
      if (!keys) cells.set(sheet, (keys = new Set()));
      keys.add(key);
    };
    for (const [sheet, keys] of this.dirty) {
      for (const key of keys) {
        const row = keyRow(key);
        const col = keyCol(key);
        add(sheet, key);
        const table = this.host.tableAt(sheet, row, col);
        if (!table || row < table.bodyStart || row >= table.bodyStart + table.bodyRows) continue;
        for (let c = table.col; c < table.col + table.columnCount; c++) {
          this.rows.forget(sheet, row, c);
          if (sheet.cell(row, c)?.formula !== undefined) add(sheet, cellKey(row, c));
        }
      }
    }
    this.dirty.clear();
    const externals = this.rows.externals.length;
    const contents: [number, number, number, RawCellContent][] = [];
    for (const [sheet, keys] of cells) {
      const id = this.ids.get(sheet);
      if (id === undefined) continue;
      for (const key of keys) {
        const row = keyRow(key);
        const col = keyCol(key);
        contents.push([id, row, col, this.content(sheet, row, col, sheet.cells.get(key))]);
      }
    }
    // A new row formula reading cells the small workbook lacks: build both again.
    if (this.rows.externals.length !== externals) {
      this.rebuild();
      return;
    }
    const hf = this.hf;
    hf.batch(() => {
      for (const [sheet, row, col, content] of contents) hf.setCellContents({ sheet, row, col }, [[content]]);
    });
  }

  private sheetsChanged(): boolean {
    const sheets = this.host.sheets();
    return sheets.length !== this.ids.size || sheets.some((s) => !this.ids.has(s));
  }

  /** A cell the row formulas read (a catalogue entry, say) was written: their results may change. */
  private externalsChanged(): boolean {
    for (const [sheet, keys] of this.dirty) {
      for (const key of keys) if (this.rows.touchesExternals(sheet, keyRow(key), keyCol(key))) return true;
    }
    return false;
  }

  private rebuild(): void {
    this.hf?.destroy();
    this.rowHf?.destroy();
    this.hf = null;
    this.rowHf = null;
    this.dirty.clear();
    const previousResults = this.rows.results;
    this.rows = new RowFormulas(this.host);
    const sheets = this.host.sheets();
    // Which formulas are row formulas, and what they read besides their row.
    for (const sheet of sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula !== undefined) this.rows.isRowFormula(sheet, keyRow(key), keyCol(key));
      }
    }
    const external: Record<string, RawCellContent[][]> = { [SCRATCH_SHEET]: [] };
    for (const sheet of sheets) {
      const grid: RawCellContent[][] = [];
      for (const { rect } of this.rows.externals.filter((a) => a.sheet === sheet)) {
        for (let row = rect.row; row < rect.row + rect.rows; row++) {
          for (let col = rect.col; col < rect.col + rect.cols; col++) {
            const cell = sheet.cell(row, col);
            const content = cell?.formula !== undefined ? toEvaluable(cell.formula, this.host, { sheet, row, col }, false) : contentOf(cell);
            if (content !== null) (grid[row] ??= [])[col] = content;
          }
        }
      }
      for (let r = 0; r < grid.length; r++) grid[r] ??= [];
      external[sheet.name] = grid;
    }
    // Row formula results stay valid while what they read is unchanged (a table grew elsewhere, say).
    const signature = JSON.stringify(external) + JSON.stringify(this.rows.externals.map((a) => [a.sheet.name, a.rect]));
    if (signature === this.externalsSignature) this.rows.results = previousResults;
    this.externalsSignature = signature;
    this.rowHf = HyperFormula.buildFromSheets(external, CONFIG);
    this.scratchId = this.rowHf.getSheetId(SCRATCH_SHEET)!;
    rememberAggregates(this.rowHf, this.scratchId);

    const data: Record<string, RawCellContent[][]> = {};
    for (const sheet of sheets) {
      const grid: RawCellContent[][] = [];
      for (const [key, cell] of sheet.cells) {
        const row = keyRow(key);
        const col = keyCol(key);
        const content = this.content(sheet, row, col, cell);
        if (content === null) continue;
        (grid[row] ??= [])[col] = content;
      }
      for (let r = 0; r < grid.length; r++) grid[r] ??= [];
      data[sheet.name] = grid;
    }
    this.hf = HyperFormula.buildFromSheets(data, CONFIG);
    this.ids.clear();
    for (const sheet of sheets) {
      const id = this.hf.getSheetId(sheet.name);
      if (id !== undefined) this.ids.set(sheet, id);
    }
  }

  /** Evaluates a row formula's template with its row's contents in the scratch row. */
  private readonly evaluateRow = (evaluable: string, contents: readonly RawContent[]): Computed => {
    const hf = this.rowHf!;
    if (contents.length > 0) hf.setCellContents({ sheet: this.scratchId, row: 0, col: 0 }, [contents as RawCellContent[]]);
    const result = hf.calculateFormula(evaluable, this.scratchId);
    return fromHyperFormula(Array.isArray(result) ? result[0]?.[0] : result);
  };

  private content(sheet: SheetModel, row: number, col: number, cell: Cell | undefined): RawCellContent {
    if (!cell) return null;
    if (cell.formula !== undefined) {
      if (this.rows.isRowFormula(sheet, row, col)) return contentOfValue(this.rows.evaluateCell(sheet, row, col, this.evaluateRow));
      return toEvaluable(cell.formula, this.host, { sheet, row, col }, false);
    }
    return contentOf(cell);
  }
}

function fromHyperFormula(value: unknown): Computed {
  if (value instanceof DetailedCellError) return new CellErrorValue(value.value);
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
