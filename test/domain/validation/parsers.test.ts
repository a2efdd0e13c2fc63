import { matchDateText, parseVietnameseDate, parseVietnameseNumber } from '../../../src/domain/validation';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['2.105,40', 2105.4],
    ['2,5', 2.5],
    ['1,234', 1.234],
    ['84,69', 84.69],
    ['1 234', 1234],
    ['1\u00A0234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['0.5', 0.5],
    ['0.500', 0.5],
    ['1234.567', 1234.567],
    ['-12', -12],
    ['\u2212 3,5', -3.5],
    ['+7', 7],
    ['  42  ', 42],
    ['1e3', 1000],
    ['-0', 0],
  ])('reads %p as %p', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each(['', '  ', 'abc', '12abc', '1.2.3', '1.23.456', '1,2,3', '12%', '1..2', ',5', '5,', '1 2', '--1', '1.234,5.6', 'NaN', 'Infinity'])(
    'rejects %p',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );

  it('rejects non-strings without throwing', () => {
    expect(parseVietnameseNumber(12 as unknown as string)).toBeNull();
  });
});

describe('parseVietnameseDate', () => {
  it.each([
    ['09/06/2025', '2025-06-09', true],
    ['9/6/2025', '2025-06-09', true],
    ['25/06/2025', '2025-06-25', false],
    ['25-6-2025', '2025-06-25', false],
    ['25.06.2025', '2025-06-25', false],
    ['06/06/2025', '2025-06-06', false],
    ['29/02/2024', '2024-02-29', false],
    [' 01 / 07 / 2025 ', '2025-07-01', true],
    ['2025-06-09', '2025-06-09', false],
  ])('reads %p as %p (ambiguous: %p)', (text, iso, ambiguous) => {
    expect(parseVietnameseDate(text)).toEqual({ iso, ambiguous });
  });

  it.each(['31/02/2025', '29/02/2025', '00/01/2025', '12/13/2025', '01/01/1899', '1/1/25', '09/06-2025', 'ngày 9/6/2025', '', 'abc'])(
    'rejects %p',
    (text) => {
      expect(parseVietnameseDate(text)).toBeNull();
    },
  );

  it('still recognises the shape of an impossible date', () => {
    expect(matchDateText('31/02/2025')).toEqual({ day: 31, month: 2, year: 2025, yearFirst: false });
    expect(matchDateText('tháng 6')).toBeNull();
  });
});
