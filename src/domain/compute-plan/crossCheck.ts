import { SUMMARY_SHEET } from '../contract/layout';
import { isExcelError, type ComputedValue } from '../compute/values';
import type { PlannedFigure } from '../report/planTypes';
import { figureTitle } from '../report/figureTitle';
import type { CellValue } from '../snapshot';
import type { Finding } from '../validation/finding';

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

function shown(value: ComputedValue | CellValue): string {
  if (value === '' || value === null) return '(trống)';
  if (isExcelError(value as ComputedValue)) return (value as { error: string }).error;
  return String(value);
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
    findings.push({
      severity: 'error',
      sheet: SUMMARY_SHEET,
      cell: figure.address,
      table: '',
      column: figureTitle(figure),
      message: `Excel tính ra ${shown(value)} nhưng Tổng kết tự tính được ${shown(figure.expected)} cho số liệu "${figureTitle(figure)}".`,
      suggestion: 'Kiểm tra công thức của ô này và các ô nguồn (ô công thức bị gõ đè, chế độ tính thủ công, cài đặt vùng).',
      basis: 'Đối chiếu kết quả sau khi Excel tính lại (Tính tổng hợp)',
      rule: 'crossCheck.mismatch',
    });
  }
  return findings;
}
