import { SUMMARY_SHEET } from '../contract/layout';
import { isExcelError, type ComputedValue } from '../compute/values';
import type { PlannedFigure } from '../report/planTypes';
import { figureTitle } from '../report/figureTitle';
import type { CellValue } from '../snapshot';
import type { Finding } from '../validation/finding';
import { finding } from '../validation/makeFinding';
import { msg } from '../messages';

const TOLERANCE = 1e-9;

function same(expected: ComputedValue, actual: CellValue): boolean {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    return Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected));
  }
  if (isExcelError(expected)) return typeof actual === 'string' && actual === expected.error;
  if (expected === '' || expected === null) return actual === '' || actual === null;
  return String(expected) === String(actual);
}

function shown(value: ComputedValue | CellValue): string | number | boolean | null {
  if (value === '' || value === null) return null;
  if (isExcelError(value as ComputedValue)) return (value as { error: string }).error;
  return value as string | number | boolean;
}

/**
 * Compares what Excel computed for the summary's live formulas with the domain's own figures.
 * A difference means a formula, a locale or an overwritten cell gives a wrong number.
 */
export function crossCheckFigures(figures: readonly PlannedFigure[], actual: (address: string) => CellValue): Finding[] {
  const findings: Finding[] = [];
  for (const figure of figures) {
    const value = actual(figure.address);
    if (same(figure.expected, value)) continue;
    const title = figureTitle(figure);
    findings.push(
      finding({ sheet: SUMMARY_SHEET, cell: figure.address, table: '', column: title }, 'error', 'crossCheck.mismatch',
        msg('crossCheck.mismatch', { actual: shown(value), expected: shown(figure.expected), key: figure.key, title }),
        msg('crossCheck.mismatch.fix'), msg('basis.crossCheck')),
    );
  }
  return findings;
}
