/**
 * SUMIFS/COUNTIFS (and the other *IFS) results remembered by range and criteria, for a
 * HyperFormula workbook whose ranges never change while it lives (the engine's row-formula
 * workbook: catalogues, rebuilt whenever one of its cells is written). HyperFormula's own
 * criterion cache keeps one criterion per range, so a row formula calling COUNTIFS on a
 * catalogue with a different date per row scans the catalogue every time.
 *
 * This reaches into HyperFormula's function registry (not a public API): when the shape is
 * not the one expected, nothing is remembered and HyperFormula computes as usual.
 */
import type { HyperFormula } from 'hyperformula';

interface RangeLike {
  range?: { sheet: number; start: { row: number; col: number }; end: { row: number; col: number } };
}

type Compute = (valuesRange: RangeLike, conditionArgs: unknown[], functionName: string, ...rest: unknown[]) => unknown;

function rangeKey(value: unknown, volatileSheet: number): string | null {
  const range = (value as RangeLike | null)?.range;
  if (!range || range.sheet === volatileSheet) return null;
  return `${range.sheet}!${range.start.row},${range.start.col}:${range.end.row},${range.end.col}`;
}

function criterionKey(value: unknown): string | null {
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  if (value !== null && typeof value === 'object' && 'val' in value && typeof (value as { val: unknown }).val === 'number') {
    return `n${(value as { val: number }).val}`;
  }
  return null; // errors, ranges as criteria: computed every time
}

/** Makes `hf` remember its conditional aggregations; ranges on `volatileSheet` are never remembered. */
export function rememberAggregates(hf: HyperFormula, volatileSheet: number): void {
  const registry = (hf as unknown as { _functionRegistry?: { functions?: Map<string, [string, Record<string, unknown>]> } })._functionRegistry;
  const entry = registry?.functions?.get('SUMIFS') ?? registry?.functions?.get('COUNTIFS');
  const plugin = entry?.[1];
  const original = plugin?.computeConditionalAggregationFunction;
  if (!plugin || typeof original !== 'function') return;
  const compute = original as Compute;
  const results = new Map<string, unknown>();
  plugin.computeConditionalAggregationFunction = function (this: unknown, valuesRange: RangeLike, conditionArgs: unknown[], functionName: string, ...rest: unknown[]) {
    const parts = [functionName, rangeKey(valuesRange, volatileSheet)];
    for (let i = 0; i < conditionArgs.length; i++) parts.push(i % 2 === 0 ? rangeKey(conditionArgs[i], volatileSheet) : criterionKey(conditionArgs[i]));
    if (parts.some((p) => p === null)) return compute.call(this, valuesRange, conditionArgs, functionName, ...rest);
    const key = parts.join('\u0001');
    if (results.has(key)) return results.get(key);
    const result = compute.call(this, valuesRange, conditionArgs, functionName, ...rest);
    results.set(key, result);
    return result;
  };
}
