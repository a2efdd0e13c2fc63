/** What every summary section reads, and how it turns an expression into a Figure. */
import type { ComputeCatalogues } from '../../compute/catalogues';
import type { TableSpec } from '../../contract/types';
import { evaluate, type ColumnSource } from '../evaluate';
import { formula, type Expression, type FormulaTexts } from '../expression';
import type { Figure } from '../summaryTypes';

export interface SummaryContext {
  source: ColumnSource;
  catalogues: ComputeCatalogues;
  /** cells for typed texts a formula cannot carry as constants */
  texts?: FormulaTexts;
}

export function makeFigure(ctx: SummaryContext, key: string, label: string, expression: Expression, numberFormat: string): Figure {
  return { key, label, formula: formula(expression, ctx.texts), value: evaluate(expression, ctx.source), numberFormat };
}

/** Rows where the user typed something in an input column. */
export function rowsWithInput(ctx: SummaryContext, spec: TableSpec): number[] {
  const inputs = spec.columns.filter((c) => c.kind === 'input').map((c) => ctx.source.column(spec.name, c.header));
  const rowCount = Math.max(0, ...inputs.map((c) => c.length));
  const rows: number[] = [];
  for (let i = 0; i < rowCount; i++) {
    if (inputs.some((c) => c[i] !== null && c[i] !== undefined && !(typeof c[i] === 'string' && (c[i] as string).trim() === ''))) rows.push(i);
  }
  return rows;
}

/** A cell as plain text for labels ("" for blanks and errors). */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
