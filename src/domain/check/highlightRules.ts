import { ERROR_FILL } from '../contract/layout';
import { DATA_TABLES, TTHC_HEADERS } from '../contract/tables';
import type { ColumnSpec, TableSpec } from '../contract/types';
import type { PlanOp } from '../setup/ops';
import { sameHeader } from '../contract/columnHeader';
import type { TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { columnLetter } from '../util/a1';
import { textLiteral } from '../formula/structuredRefs';

/**
 * Error highlights as live conditional formats: each states the error condition of a column,
 * so a highlight appears while the cell is wrong and goes away as soon as it is fixed. They
 * change no value. Conditions the formula language cannot state (catalogue spelling variants,
 * award/recipient pairs) are left to the findings list.
 */

type CellRef = (key: string) => string | undefined;

function numberCondition(column: ColumnSpec, x: string): string | null {
  if (column.type !== 'integer' && column.type !== 'decimal') return null;
  const parts = [`NOT(ISNUMBER(${x}))`];
  if (column.min !== undefined) parts.push(column.minExclusive ? `N(${x})<=${column.min}` : `N(${x})<${column.min}`);
  if (column.type === 'integer') parts.push(`N(${x})<>INT(N(${x}))`);
  return `AND(NOT(ISBLANK(${x})),OR(${parts.join(',')}))`;
}

function conditionsFor(table: TableSpec, column: ColumnSpec, ref: CellRef): string[] {
  const x = ref(column.key);
  if (!x) return [];
  const conditions: string[] = [];
  if (column.kind === 'input') {
    const numeric = numberCondition(column, x);
    if (numeric) conditions.push(numeric);
    if (column.type === 'date') {
      conditions.push(`AND(NOT(ISBLANK(${x})),NOT(ISNUMBER(${x})))`);
      if (table.name === 'KhenThuong') conditions.push(`AND(ISNUMBER(${x}),N(NgayBaoCao)>0,${x}>NgayBaoCao)`);
    }
    if (column.maxColumn) {
      const limit = ref(column.maxColumn);
      if (limit) conditions.push(`AND(ISNUMBER(${x}),ISNUMBER(${limit}),${x}>${limit})`);
    }
    if (column.list?.kind === 'fixed') {
      // Excel refuses array constants ({"a","b"}) in conditional-format formulas: one comparison a value.
      const listed = column.list.values.map((v) => `TRIM(${x})=${textLiteral(v)}`);
      conditions.push(`AND(NOT(ISBLANK(${x})),NOT(OR(${listed.join(',')})))`);
    }
    if (column.required) {
      const inputs = table.columns.filter((c) => c.kind === 'input').map((c) => ref(c.key)).filter((r): r is string => !!r);
      conditions.push(`AND(ISBLANK(${x}),COUNTA(${inputs.join(',')})>0)`);
    }
  } else if (table.name === 'TTHC' && column.header === TTHC_HEADERS.difference) {
    conditions.push(`AND(ISNUMBER(${x}),${x}<>0)`);
  }
  return conditions;
}

function tablePlan(spec: TableSpec, table: TableSnapshot): PlanOp[] {
  const firstDataRow = table.headerRow + 2; // 1-based row of the first data cell
  const ref: CellRef = (key) => {
    const column = spec.columns.find((c) => c.key === key);
    if (!column) return undefined;
    const index = table.headers.findIndex((h) => sameHeader(h, column.header));
    return index < 0 ? undefined : `$${columnLetter(table.firstColumn + index)}${firstDataRow}`;
  };
  const ops: PlanOp[] = [{ kind: 'clearHighlights', table: spec.name, fill: ERROR_FILL }];
  for (const column of spec.columns) {
    const conditions = conditionsFor(spec, column, ref);
    if (conditions.length === 0) continue;
    const header = table.headers.find((h) => sameHeader(h, column.header)) ?? column.header;
    const formula = conditions.length === 1 ? `=${conditions[0]}` : `=OR(${conditions.join(',')})`;
    ops.push({ kind: 'columnHighlight', table: spec.name, header, formula, fill: ERROR_FILL });
  }
  return ops;
}

/** Conditional formats for every contract table present in the workbook. */
export function highlightPlan(snapshot: WorkbookSnapshot): PlanOp[] {
  return DATA_TABLES.flatMap((spec) => {
    const table = snapshot.tables.find((t) => t.name === spec.name);
    return table ? tablePlan(spec, table) : [];
  });
}
