import { crossCheckFigures } from '../../../src/domain/compute-plan/crossCheck';
import type { PlannedFigure } from '../../../src/domain/report/planTypes';

const figure = (key: string, address: string, expected: PlannedFigure['expected']): PlannedFigure => ({
  key,
  label: key === 'tthc.received' ? 'Tổng số nhận' : key,
  address,
  expected,
  formula: '=1',
  numberFormat: 'General',
});

describe('cross-check of the summary figures after Excel recalculates', () => {
  const figures = [
    figure('tthc.received', 'B28', 12480),
    figure('tthc.onlineRate', 'B40', 0.678272),
    figure('gcn.total.achievement', 'B60', ''),
    figure('awards.total.money', 'D18', { error: '#VALUE!' }),
  ];

  it('accepts Excel’s results when they agree to 1e-9', () => {
    const excel: Record<string, string | number> = { B28: 12480, B40: 0.678272 + 1e-12, B60: '', D18: '#VALUE!' };
    expect(crossCheckFigures(figures, (a) => excel[a] ?? null)).toEqual([]);
  });

  it('turns every disagreement into an error finding at the figure’s cell', () => {
    // A typed-over cell, a comma-decimal text from a locale fault, a figure Excel left empty.
    const excel: Record<string, string | number> = { B28: 12479, B40: '0,678272', B60: 0, D18: 275900000 };
    const findings = crossCheckFigures(figures, (a) => excel[a] ?? null);
    expect(findings.map((f) => [f.severity, f.sheet, f.cell, f.rule])).toEqual([
      ['error', 'Tổng hợp', 'B28', 'crossCheck.mismatch'],
      ['error', 'Tổng hợp', 'B40', 'crossCheck.mismatch'],
      ['error', 'Tổng hợp', 'B60', 'crossCheck.mismatch'],
      ['error', 'Tổng hợp', 'D18', 'crossCheck.mismatch'],
    ]);
    expect(findings[0].message).toBe('Excel tính ra 12479 nhưng Tổng kết tự tính được 12480 cho số liệu "Thủ tục hành chính — Tổng số nhận".');
    expect(findings[2].message).toContain('(trống)');
  });
});
