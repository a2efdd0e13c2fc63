/** A totals-row rate: the contract's safeRatio over SUM of whole columns. */
import { sumOfCells } from './coercion';
import { operandsValue, safeRatioValue } from './safeRatio';
import type { ColumnCells } from './types';
import type { ComputedValue } from './values';

export function ratioOfColumnSums(columns: ColumnCells, numerator: readonly string[], denominator: readonly string[]): ComputedValue {
  const sums = (headers: readonly string[]) => operandsValue(headers.map((h) => sumOfCells(columns(h))));
  return safeRatioValue(sums(numerator), sums(denominator));
}
