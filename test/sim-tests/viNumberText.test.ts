/** The preview shows numbers as Excel does under vi-VN: the cell's format code, Vietnamese separators. */
import { viNumberText } from '../preview/viNumberText';
import { displayText } from '../sim/numberFormat';

describe('preview number text under vi-VN', () => {
  it.each([
    [12480, '#,##0', '12.480'],
    [46800000, '#,##0', '46.800.000'],
    [0.6783, '0.00%', '67,83%'],
    [0.15384615, '0.00%', '15,38%'],
    [0.5, '0%', '50%'],
    [1250.755, '#,##0.00', '1.250,76'],
    [2.5, '0.0', '2,5'],
    [-1234, '#,##0;(#,##0)', '(1.234)'],
    [45817, 'dd/mm/yyyy', '09/06/2025'],
    [7, '#,##0" ngày"', '7 ngày'],
  ])('%p in "%s" reads %s', (value, format, expected) => {
    expect(viNumberText(value, format)).toBe(expected);
  });

  it('applies the format code, not a swap of the en-US text', () => {
    // en-US range.text of a date is not a number to re-punctuate; the code gives the date.
    expect(displayText(45817, 'dd/mm/yyyy')).toBe('09/06/2025');
    expect(displayText(12480, '#,##0')).toBe('12,480');
    expect(viNumberText(1234.5, 'General')).toBe('1234,5');
  });
});
