/**
 * Row formulas: the formulas of a table's data body that read only their own row
 * ("[@Header]", "T[[#This Row],[H]]") and cells that hold no table data (catalogue tables
 * without formulas, named cells holding constants). Such a formula's result is a function of
 * its own row's cells alone, so rows that give it the same inputs give the same result: each
 * distinct (formula, inputs) pair is evaluated once by HyperFormula (through a scratch row)
 * and remembered. HyperFormula's main workbook then holds these cells as their values, so
 * 100,000 rows of a 4,755-character formula cost a few thousand evaluations, not 100,000
 * formula vertices (the cost the benchmark must not measure: real Excel keeps results).
 *
 * Anything else (ROW(), OFFSET, A1 references, references to other rows or to tables with
 * formulas, cycles) stays an ordinary HyperFormula formula.
 */
import { Rect, absoluteAddress, columnLetter, contains, intersect } from '../addressing';
import type { Cell, Computed } from '../model/cells';
import { CellErrorValue } from '../model/cells';
import type { NamedItemModel } from '../model/names';
import { SheetModel, cellKey } from '../model/sheet';
import type { TableModel } from '../model/table';
import { tokenize } from './scanner';
import { parseStructured, resolveStructured } from './structuredRefs';

/** What the engine gives this module: the workbook's tables and names. */
export interface RowFormulaHost {
  readonly tableList: readonly TableModel[];
  table(name: string): TableModel | undefined;
  tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined;
  name(name: string): NamedItemModel | undefined;
}

/** Content as HyperFormula takes it (text kept as text with a leading apostrophe). */
export type RawContent = string | number | boolean | null;

/** Longer than any worksheet name Excel allows (31), so it never meets a real sheet. */
export const SCRATCH_SHEET = '__simulator_scratch_row_not_a_worksheet__';

/** Functions whose result depends on where the formula stands or on more than values. */
const POSITIONAL = new Set([
  'ROW', 'ROWS', 'COLUMN', 'COLUMNS', 'OFFSET', 'INDIRECT', 'CELL', 'ISREF', 'ISFORMULA', 'FORMULATEXT', 'AREAS',
  'SUBTOTAL', 'AGGREGATE', 'TODAY', 'NOW', 'RAND', 'RANDBETWEEN', 'RANDARRAY', 'INFO', 'SHEET', 'SHEETS',
]);

interface Template {
  /** HyperFormula formula; the row's cells read from the scratch row (slot i = column i). */
  evaluable: string;
  /** absolute sheet columns of the own-row cells, in slot order */
  slots: number[];
}

/** Results of row formulas: by evaluable formula, then by the slots' contents. */
export type RowResults = Map<string, Map<string, Computed>>;

export interface Area {
  sheet: SheetModel;
  rect: Rect;
}

/** Evaluates one template with the slots' contents (the engine's scratch-row evaluator). */
export type Evaluate = (evaluable: string, contents: readonly RawContent[]) => Computed;

export function contentOf(cell: Cell | undefined): RawContent {
  if (!cell || cell.formula !== undefined) return null;
  if (typeof cell.value === 'string') return `'${cell.value}`; // keep text as text
  return cell.value ?? null;
}

export function contentOfValue(value: Computed): RawContent {
  if (value instanceof CellErrorValue) return value.code;
  if (typeof value === 'string') return `'${value}`;
  return value;
}

export class RowFormulas {
  /** by table id, column and formula text; null: not a row formula */
  private readonly templates = new Map<string, Map<string, Template | null>>();
  /** per sheet, per cell key: the cell's template (null: an ordinary formula) */
  private readonly kinds = new Map<SheetModel, Map<number, Template | null>>();
  private readonly values = new Map<SheetModel, Map<number, Computed>>();
  /** cells the row formulas read besides their own row */
  readonly externals: Area[] = [];
  /** kept by the engine across rebuilds while the externals hold the same contents */
  results: RowResults = new Map();

  constructor(private readonly host: RowFormulaHost) {}

  /** Whether the formula cell is served from here (classifies it on first sight). */
  isRowFormula(sheet: SheetModel, row: number, col: number): boolean {
    return this.kind(sheet, row, col, new Set()) !== null;
  }

  /** The remembered value of a row formula (computed by `evaluateCell`). */
  value(sheet: SheetModel, row: number, col: number): Computed | undefined {
    return this.values.get(sheet)?.get(cellKey(row, col));
  }

  /** Forgets what is known of one cell (its content changed, or its row's). */
  forget(sheet: SheetModel, row: number, col: number): void {
    const key = cellKey(row, col);
    this.kinds.get(sheet)?.delete(key);
    this.values.get(sheet)?.delete(key);
  }

  touchesExternals(sheet: SheetModel, row: number, col: number): boolean {
    return this.externals.some((a) => a.sheet === sheet && contains(a.rect, row, col));
  }

  /** The value of a row formula cell, evaluating what its row needs first. */
  evaluateCell(sheet: SheetModel, row: number, col: number, evaluate: Evaluate): Computed {
    const known = this.values.get(sheet)?.get(cellKey(row, col));
    if (known !== undefined) return known;
    const template = this.kind(sheet, row, col, new Set());
    if (!template) throw new Error('evaluateCell: not a row formula');
    const contents = template.slots.map((c): RawContent => {
      const cell = sheet.cell(row, c);
      if (cell?.formula === undefined) return contentOf(cell);
      // kind() made sure every formula the row formula reads is a row formula too
      return contentOfValue(this.evaluateCell(sheet, row, c, evaluate));
    });
    const key = JSON.stringify(contents);
    let results = this.results.get(template.evaluable);
    if (!results) this.results.set(template.evaluable, (results = new Map()));
    let value = results.get(key);
    if (value === undefined) {
      value = evaluate(template.evaluable, contents);
      results.set(key, value);
    }
    let values = this.values.get(sheet);
    if (!values) this.values.set(sheet, (values = new Map()));
    values.set(cellKey(row, col), value);
    return value;
  }

  private kind(sheet: SheetModel, row: number, col: number, visiting: Set<string>): Template | null {
    const key = cellKey(row, col);
    let kinds = this.kinds.get(sheet);
    if (!kinds) this.kinds.set(sheet, (kinds = new Map()));
    const known = kinds.get(key);
    if (known !== undefined) return known;
    const id = `${sheet.id}:${key}`;
    if (visiting.has(id)) return null; // a cycle: HyperFormula reports it
    visiting.add(id);
    let result: Template | null = null;
    const cell = sheet.cell(row, col);
    const table = cell?.formula !== undefined ? this.host.tableAt(sheet, row, col) : undefined;
    if (cell?.formula !== undefined && table && row >= table.bodyStart && row < table.bodyStart + table.bodyRows) {
      const template = this.template(table, row, col, cell.formula);
      // every formula of the row it reads must be a row formula as well
      if (template && template.slots.every((c) => sheet.cell(row, c)?.formula === undefined || this.kind(sheet, row, c, visiting) !== null)) {
        result = template;
      }
    }
    visiting.delete(id);
    kinds.set(key, result);
    return result;
  }

  private template(table: TableModel, row: number, col: number, formula: string): Template | null {
    const id = `${table.id}:${col - table.col}`;
    let byFormula = this.templates.get(id);
    if (!byFormula) this.templates.set(id, (byFormula = new Map()));
    if (byFormula.has(formula)) return byFormula.get(formula)!;
    const externals: Area[] = [];
    const template = this.build(table, row, formula, externals);
    if (template) {
      for (const area of externals) {
        if (!this.externals.some((a) => a.sheet === area.sheet && a.rect.row === area.rect.row && a.rect.col === area.rect.col && a.rect.rows === area.rect.rows && a.rect.cols === area.rect.cols)) {
          this.externals.push(area);
        }
      }
    }
    byFormula.set(formula, template);
    return template;
  }

  private build(table: TableModel, row: number, formula: string, externals: Area[]): Template | null {
    const slots: number[] = [];
    const parts: string[] = [];
    for (const token of tokenize(formula)) {
      switch (token.kind) {
        case 'cell':
        case 'sheet':
          return null;
        case 'function':
          if (POSITIONAL.has(token.text.toUpperCase())) return null;
          parts.push(token.text);
          break;
        case 'structured': {
          const target = token.table === null ? table : this.host.table(token.table);
          if (!target) return null;
          let rect: Rect | null;
          let thisRow: boolean;
          try {
            const spec = parseStructured(token.inner, formula);
            thisRow = spec.specials.includes('#This Row');
            rect = resolveStructured(target, spec, { row }, formula).rect;
          } catch {
            return null;
          }
          if (!rect) return null;
          if (target === table) {
            if (!thisRow || rect.rows !== 1 || rect.cols !== 1) return null;
            let slot = slots.indexOf(rect.col);
            if (slot < 0) slot = slots.push(rect.col) - 1;
            parts.push(`'${SCRATCH_SHEET}'!$${columnLetter(slot)}$1`);
          } else {
            if (thisRow || this.holdsFormulaOrTable(target.sheet, rect, table)) return null;
            externals.push({ sheet: target.sheet, rect });
            parts.push(absoluteAddress(target.sheet.name, rect));
          }
          break;
        }
        case 'name': {
          const upper = token.text.toUpperCase();
          if (upper === 'TRUE' || upper === 'FALSE') {
            parts.push(`${upper}()`);
            break;
          }
          const named = this.host.name(token.text);
          if (named?.target) {
            if (!this.staticArea(named.target, externals, 0)) return null;
            parts.push(absoluteAddress(named.target.sheet.name, named.target.rect));
          } else if (named?.constantFormula) parts.push(`(${named.constantFormula.replace(/^=/, '')})`);
          else parts.push(token.text);
          break;
        }
        default:
          parts.push(token.text);
      }
    }
    return { evaluable: parts.join(''), slots };
  }

  /** Whether any cell of the area holds a formula or belongs to the formula's own table. */
  private holdsFormulaOrTable(sheet: SheetModel, rect: Rect, own: TableModel): boolean {
    if (own.sheet === sheet && intersect(own.rect, rect)) return true;
    if (rect.rows * rect.cols > 100_000) return true;
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) if (sheet.cell(r, c)?.formula !== undefined) return true;
    }
    return false;
  }

  /**
   * A named area outside every table whose cells are constants, or formulas reading only
   * names of such areas (the report period's "BoQuyTac", say): its value does not depend on
   * any row. Its cells are added to the externals.
   */
  private staticArea(target: Area, externals: Area[], depth: number): boolean {
    if (depth > 4 || target.rect.rows * target.rect.cols > 1000) return false;
    if (this.host.tableList.some((t) => t.sheet === target.sheet && intersect(t.rect, target.rect))) return false;
    for (let r = target.rect.row; r < target.rect.row + target.rect.rows; r++) {
      for (let c = target.rect.col; c < target.rect.col + target.rect.cols; c++) {
        const formula = target.sheet.cell(r, c)?.formula;
        if (formula === undefined) continue;
        for (const token of tokenize(formula)) {
          if (token.kind === 'cell' || token.kind === 'sheet' || token.kind === 'structured') return false;
          if (token.kind === 'function' && POSITIONAL.has(token.text.toUpperCase())) return false;
          if (token.kind === 'name' && !/^(true|false)$/i.test(token.text)) {
            const named = this.host.name(token.text);
            if (named?.target && !this.staticArea(named.target, externals, depth + 1)) return false;
          }
        }
      }
    }
    externals.push(target);
    return true;
  }
}
