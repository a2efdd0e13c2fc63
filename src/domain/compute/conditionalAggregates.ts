/** SUMIFS and COUNTIFS over columns of equal length. */
import { criterionPredicate } from './criteria';
import { isExcelError, type ExcelError, type ExcelValue } from './values';

export interface CriterionColumn {
  values: readonly ExcelValue[];
  criterion: string;
}

function matchingRows(rowCount: number, criteria: readonly CriterionColumn[]): number[] {
  const tests = criteria.map((c) => ({ values: c.values, test: criterionPredicate(c.criterion) }));
  const rows: number[] = [];
  for (let i = 0; i < rowCount; i++) {
    if (tests.every((t) => t.test(t.values[i] ?? null))) rows.push(i);
  }
  return rows;
}

/** SUMIFS: numbers of the sum column on matching rows; an error there propagates. */
export function sumIfs(sumValues: readonly ExcelValue[], criteria: readonly CriterionColumn[]): number | ExcelError {
  let total = 0;
  for (const i of matchingRows(sumValues.length, criteria)) {
    const v = sumValues[i];
    if (isExcelError(v)) return v;
    if (typeof v === 'number') total += v;
  }
  return total;
}

export function countIfs(criteria: readonly CriterionColumn[]): number {
  const rowCount = Math.min(...criteria.map((c) => c.values.length));
  return matchingRows(rowCount, criteria).length;
}
