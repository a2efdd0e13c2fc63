import {
  computedAtStamp,
  formatCount,
  formatDate,
  formatDecimal,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProseDate,
} from '../../../src/domain/report';

describe('Vietnamese number formatting', () => {
  it('groups thousands with "." and keeps a plain "-" for negatives', () => {
    expect(formatCount(12480)).toBe('12.480');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567890)).toBe('1.234.567.890');
    expect(formatCount(-1234)).toBe('-1.234');
    expect(formatCount(-0.4)).toBe('0');
  });

  it('writes decimals with "," rounding half up on the shown value', () => {
    expect(formatDecimal(1250.75, 2)).toBe('1.250,75');
    expect(formatDecimal(0.285, 2)).toBe('0,29');
    expect(formatDecimal(2.675, 2)).toBe('2,68');
    expect(formatDecimal(-1250.755, 2)).toBe('-1.250,76');
    expect(formatDecimal(9.995, 2)).toBe('10,00');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(-0.001)).toBe('0');
  });

  it('writes percentages with 2 decimals and no binary artefacts', () => {
    expect(formatPercent(0.8469)).toBe('84,69%');
    expect(formatPercent(0.65)).toBe('65%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.655)).toBe('65,50%');
    expect(formatPercent(0.8468619246861925)).toBe('84,69%');
    expect(formatPercent(0.12345)).toBe('12,35%');
    expect(formatPercent(0.145)).toBe('14,50%');
    expect(formatPercent(1.046)).toBe('104,60%');
    expect(formatPercent(0.00005)).toBe('0,01%');
    expect(formatPercent(0.000049)).toBe('0%');
    expect(formatPercent(-0.1234)).toBe('-12,34%');
    expect(formatPercent(12.5)).toBe('1.250%');
  });

  it('writes money in đồng', () => {
    expect(formatMoney(702000)).toBe('702.000 đồng');
    expect(formatMoney(1234560000)).toBe('1.234.560.000 đồng');
  });

  it('refuses to print a non-finite number', () => {
    expect(() => formatCount(NaN)).toThrow(RangeError);
    expect(() => formatPercent(Infinity)).toThrow(RangeError);
  });
});

describe('Vietnamese dates', () => {
  it('writes dd/mm/yyyy in tables', () => {
    expect(formatDate('2025-06-09')).toBe('09/06/2025');
    expect(formatDate('2025-12-14')).toBe('14/12/2025');
  });

  it('writes prose dates as Nghị định 30/2020 does (zero only before days < 10 and months 1–2)', () => {
    expect(formatProseDate('2025-06-09')).toBe('09/6/2025');
    expect(formatProseDate('2025-07-01')).toBe('01/7/2025');
    expect(formatProseDate('2025-01-15')).toBe('15/01/2025');
    expect(formatProseDate('2025-02-01')).toBe('01/02/2025');
    expect(formatProseDate('2025-12-14')).toBe('14/12/2025');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => formatDate('09/06/2025')).toThrow(RangeError);
  });

  it('stamps the time of computation', () => {
    expect(computedAtStamp('2025-12-20T14:30')).toBe('20/12/2025 14:30');
    expect(computedAtStamp('2025-12-20T09:05:59')).toBe('20/12/2025 09:05');
    expect(computedAtStamp(new Date(2025, 0, 2, 7, 8))).toBe('02/01/2025 07:08');
    expect(() => computedAtStamp('hôm nay')).toThrow(RangeError);
  });
});
