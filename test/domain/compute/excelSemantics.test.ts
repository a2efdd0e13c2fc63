import { arithmetic, equalsText, excelN, sumOfCells } from '../../../src/domain/compute/coercion';
import { criterionPredicate, exactTextCriterion } from '../../../src/domain/compute/criteria';
import { excelCeiling, excelRound, lookupApproximate, matchExact } from '../../../src/domain/compute/functions';
import { inputValue } from '../../../src/domain/compute/values';

describe('Excel semantics used by the computation', () => {
  it('coerces like N(), arithmetic and SUM', () => {
    expect([excelN('5'), excelN(true), excelN(null), excelN(7)]).toEqual([0, 1, 0, 7]);
    expect([arithmetic('5'), arithmetic(' 2.5 '), arithmetic('50%'), arithmetic(null), arithmetic('')]).toEqual([
      5,
      2.5,
      0.5,
      0,
      { error: '#VALUE!' },
    ]);
    expect(sumOfCells([1, '2', true, null, '', 3])).toBe(4);
    expect(sumOfCells([1, { error: '#N/A' }])).toEqual({ error: '#N/A' });
    expect([equalsText(null, ''), equalsText(' ', ''), equalsText('TẬP THỂ', 'tập thể'), equalsText(0, '')]).toEqual([true, false, true, false]);
    expect([inputValue(''), inputValue('#DIV/0!'), inputValue('x')]).toEqual([null, { error: '#DIV/0!' }, 'x']);
  });

  it('rounds and ceils as Excel', () => {
    expect(excelRound(2.5, 0)).toBe(3);
    expect(excelRound(-2.5, 0)).toBe(-3);
    expect(excelRound(0.285, 2)).toBe(0.29);
    expect(excelCeiling(702000, 10000)).toBe(710000);
    expect(excelCeiling(2340000, 10000)).toBe(2340000);
    expect(excelCeiling(-702000, 10000)).toBe(-700000);
  });

  it('matches and looks up as Excel', () => {
    expect(matchExact('b*', ['a', 'Bc', 'b'])).toBe(2);
    expect(matchExact('~*', ['a', '*'])).toBe(2);
    expect(matchExact('x', ['a'])).toEqual({ error: '#N/A' });
    expect(matchExact(2, ['2', 2])).toBe(2);
    expect(lookupApproximate(5, [1, 3, 7], [10, 30, 70])).toBe(30);
    expect(lookupApproximate(0, [1, 3], [10, 30])).toEqual({ error: '#N/A' });
    expect(lookupApproximate('5', [1], [10])).toEqual({ error: '#N/A' });
  });

  it('reads SUMIFS/COUNTIFS criteria', () => {
    const gt0 = criterionPredicate('>0');
    expect([gt0(1), gt0(0), gt0('5'), gt0(null)]).toEqual([true, false, false, false]);
    const nonBlank = criterionPredicate('<>');
    expect([nonBlank(null), nonBlank(''), nonBlank(0), nonBlank('x')]).toEqual([false, false, true, true]);
    const text = criterionPredicate('cá nhân');
    expect([text('Cá nhân'), text('Cá nhân '), text(null)]).toEqual([true, false, false]);
    expect(exactTextCriterion('Giải *?')).toBe('Giải ~*~?');
    expect(exactTextCriterion('>5 năm')).toBe('=>5 năm');
    expect(criterionPredicate(exactTextCriterion('>5 năm'))('>5 năm')).toBe(true);
  });
});
