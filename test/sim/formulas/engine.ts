/**
 * Evaluates the workbook's formulas with HyperFormula. The HyperFormula workbook is a
 * derived copy: it is rebuilt when the structure changes (tables, names, sheets — anything
 * that changes what a structured reference points at) and patched cell by cell otherwise.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { Cell, CellErrorValue, Computed } from '../model/cells';
import { SheetModel, keyCol, keyRow } from '../model/sheet';
import { registerExcelFunctionLimits } from './criteriaLimitPlugin';
import { registerLookupPlugin } from './lookupPlugin';
import { FormulaScope, toEvaluable } from './translate';

export interface EngineHost extends FormulaScope {
  sheets(): readonly SheetModel[];
  structureVersion(): number;
}

// smartRounding off: Excel keeps full doubles (15 digits), HyperFormula would round to 10
// Excel's sheet size, not HyperFormula's default of 40,000 rows.
const CONFIG = { licenseKey: 'gpl-v3', smartRounding: false, maxRows: 1_048_576, maxColumns: 16_384 } as const;

export class FormulaEngine {
  private hf: HyperFormula | null = null;
  private builtVersion = -1;
  private readonly ids = new Map<SheetModel, number>();
  private readonly dirty = new Map<SheetModel, Set<number>>();

  constructor(private readonly host: EngineHost) {
    registerLookupPlugin();
    registerExcelFunctionLimits();
  }

  markDirty(sheet: SheetModel, key: number): void {
    let keys = this.dirty.get(sheet);
    if (!keys) {
      keys = new Set();
      this.dirty.set(sheet, keys);
    }
    keys.add(key);
  }

  /** The computed value of a formula cell (0 for a formula that yields an empty reference). */
  value(sheet: SheetModel, row: number, col: number): Computed {
    this.refresh();
    const id = this.ids.get(sheet);
    if (id === undefined || !this.hf) return null;
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

  private refresh(): void {
    const version = this.host.structureVersion();
    if (!this.hf || this.builtVersion !== version || this.sheetsChanged()) {
      this.rebuild();
      this.builtVersion = version;
      return;
    }
    if (this.dirty.size === 0) return;
    const hf = this.hf;
    hf.batch(() => {
      for (const [sheet, keys] of this.dirty) {
        const id = this.ids.get(sheet);
        if (id === undefined) continue;
        for (const key of keys) {
          const row = keyRow(key);
          const col = keyCol(key);
          hf.setCellContents({ sheet: id, row, col }, [[this.content(sheet, row, col, sheet.cells.get(key))]]);
        }
      }
    });
    this.dirty.clear();
  }

  private sheetsChanged(): boolean {
    const sheets = this.host.sheets();
    return sheets.length !== this.ids.size || sheets.some((s) => !this.ids.has(s));
  }

  private rebuild(): void {
    this.hf?.destroy();
    const data: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.host.sheets()) {
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
    for (const sheet of this.host.sheets()) {
      const id = this.hf.getSheetId(sheet.name);
      if (id !== undefined) this.ids.set(sheet, id);
    }
    this.dirty.clear();
  }

  private content(sheet: SheetModel, row: number, col: number, cell: Cell | undefined): RawCellContent {
    if (!cell) return null;
    if (cell.formula !== undefined) return toEvaluable(cell.formula, this.host, { sheet, row, col }, false);
    if (typeof cell.value === 'string') return `'${cell.value}`; // keep text as text
    return cell.value ?? null;
  }
}

function fromHyperFormula(value: unknown): Computed {
  if (value instanceof DetailedCellError) return new CellErrorValue(value.value);
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
