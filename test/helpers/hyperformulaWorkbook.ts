/**
 * A snapshot rebuilt in HyperFormula (GPL-3.0, tests only) with the contract's formulas,
 * structured references translated to A1 ranges, so the domain's values can be compared
 * with an independent formula engine. One sheet per table, named like the table: headers in
 * row 1, data from row 2, the totals row right under the data.
 *
 * HyperFormula has no LOOKUP: a formula using it is replaced by the domain's value (the
 * cells that read it are still evaluated by HyperFormula).
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { DATA_TABLES, columnSum } from '../../src/domain/contract';
import { isExcelError, type ComputedValue, type ComputedWorkbook } from '../../src/domain/compute';
import { unescapeColumnName } from '../../src/domain/formula/structuredRefs';
import type { WorkbookSnapshot, CellValue, TableSnapshot } from '../../src/domain/snapshot';
import { columnLetter, parseCell } from '../../src/domain/util/a1';
import type { PlannedFigure } from '../../src/domain/report';

type RawCell = string | number | boolean | null;

/** An Excel table always has at least one data row (blank when the table is empty). */
function dataRowCount(table: TableSnapshot): number {
  return Math.max(1, table.values.length);
}

const NAME = '((?:[^\\]\']|\'.)+)';

function columnOf(table: TableSnapshot, header: string): string {
  const at = table.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
  if (at < 0) throw new Error(`No column ${header} in ${table.name}`);
  return columnLetter(at);
}

/** Structured references → A1 references; `row` is the 1-based sheet row of "This Row". */
export function translateStructuredRefs(formula: string, tables: ReadonlyMap<string, TableSnapshot>, row: number): string {
  const table = (name: string) => {
    const t = tables.get(name);
    if (!t) throw new Error(`No table ${name}`);
    return t;
  };
  return formula
    .replace(new RegExp(`([A-Za-z_][A-Za-z0-9_]*)\\[\\[#This Row\\],\\[${NAME}\\]\\]`, 'g'), (_, t: string, h: string) => {
      return `${t}!$${columnOf(table(t), unescapeColumnName(h))}${row}`;
    })
    .replace(new RegExp(`([A-Za-z_][A-Za-z0-9_]*)\\[\\[#Headers\\],\\[${NAME}\\]\\]`, 'g'), (_, t: string, h: string) => {
      return `${t}!$${columnOf(table(t), unescapeColumnName(h))}$1`;
    })
    .replace(new RegExp(`([A-Za-z_][A-Za-z0-9_]*)\\[\\[${NAME}\\]\\]|([A-Za-z_][A-Za-z0-9_]*)\\[${NAME}\\]`, 'g'), (_, t1: string, h1: string, t2: string, h2: string) => {
      const [t, h] = t1 ? [t1, h1] : [t2, h2];
      const last = dataRowCount(table(t)) + 1;
      const c = columnOf(table(t), unescapeColumnName(h));
      return `${t}!$${c}$2:$${c}$${last}`;
    });
}

function rawInput(value: CellValue): RawCell {
  if (value === null || value === '') return null;
  return typeof value === 'string' ? `'${value}` : value;
}

function rawComputed(value: ComputedValue): RawCell {
  if (isExcelError(value)) throw new Error('cannot write an error as a literal');
  return typeof value === 'string' ? (value === '' ? '=""' : `'${value}`) : value;
}

export interface HyperFormulaWorkbook {
  hf: HyperFormula;
  /** the value HyperFormula gives a data cell (0-based data row) or the totals row (row = "totals") */
  value(table: string, header: string, row: number | 'totals'): ComputedValue | null;
  /** the value of a planned summary figure placed at its address on sheet "TongHop" */
  figure(f: PlannedFigure): ComputedValue | null;
}

/** Equal values: numbers to 1e-9 relative, errors by code, "" and text exactly. */
export function sameValue(domain: ComputedValue | undefined, engine: ComputedValue | null): boolean {
  if (domain === undefined) return false;
  if (isExcelError(domain)) return isExcelError(engine) && engine.error === domain.error;
  if (typeof domain === 'number') {
    return typeof engine === 'number' && Math.abs(domain - engine) <= 1e-9 * Math.max(1, Math.abs(domain));
  }
  return domain === engine;
}

function fromHf(v: unknown): ComputedValue | null {
  if (v instanceof DetailedCellError) return { error: v.value as never };
  if (v === null || v === undefined) return null;
  return v as ComputedValue;
}

export function buildHyperFormulaWorkbook(
  snapshot: WorkbookSnapshot,
  computed: ComputedWorkbook,
  figures: readonly PlannedFigure[] = [],
): HyperFormulaWorkbook {
  const tables = new Map(snapshot.tables.map((t) => [t.name, t]));
  const sheets: Record<string, RawCell[][]> = {};
  for (const t of snapshot.tables) {
    const spec = DATA_TABLES.find((s) => s.name === t.name);
    const rows: RawCell[][] = [t.headers.map((h) => h)];
    t.values.forEach((values, i) => {
      rows.push(
        t.headers.map((h, c) => {
          const column = spec?.columns.find((x) => x.header === h);
          if (!column || column.kind === 'input' || !column.formula) return rawInput(values[c]);
          if (/\bLOOKUP\(/.test(column.formula)) return rawComputed(computed.tables[t.name].rows[i][h]);
          return translateStructuredRefs(column.formula, tables, i + 2);
        }),
      );
    });
    if (spec?.totalsRow) {
      const totalsRow = dataRowCount(t) + 2;
      while (rows.length < totalsRow - 1) rows.push([]);
      rows.push(
        t.headers.map((h) => {
          const total = spec.columns.find((x) => x.header === h)?.total;
          if (!total) return null;
          if (total.kind === 'label') return total.text;
          const formula = total.kind === 'sum' ? `=${columnSum(t.name, h)}` : total.formula;
          return translateStructuredRefs(formula, tables, totalsRow);
        }),
      );
    }
    sheets[t.name] = rows;
  }
  const summary: RawCell[][] = [];
  for (const f of figures) {
    const { row, column } = parseCell(f.address);
    while (summary.length <= row) summary.push([]);
    summary[row][column] = translateStructuredRefs(f.formula, tables, row + 1);
  }
  sheets.TongHop = summary;
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const sheetId = (name: string) => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet ${name}`);
    return id;
  };
  return {
    hf,
    value(table, header, row) {
      const t = tables.get(table);
      if (!t) throw new Error(`No table ${table}`);
      const r = row === 'totals' ? dataRowCount(t) + 1 : row + 1;
      return fromHf(hf.getCellValue({ sheet: sheetId(table), row: r, col: t.headers.indexOf(header) }));
    },
    figure(f) {
      const { row, column } = parseCell(f.address);
      return fromHf(hf.getCellValue({ sheet: sheetId('TongHop'), row, col: column }));
    },
  };
}
