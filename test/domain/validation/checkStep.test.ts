/**
 * A check step that fails is a warning naming what was being checked in words a clerk knows
 * (the sheet's caption), in Vietnamese and in English — never the table's identifier.
 */
import { renderMessage } from '../../../src/domain/messages';
import { EN } from '../../../src/domain/messages/en';
import { validateWorkbook } from '../../../src/domain/validation';
import { findingText } from '../../../src/taskpane/findingText';
import { unquotedVietnamese } from '../../helpers/vietnamese';
import { buildSnapshot } from '../../helpers/snapshot';

jest.mock('../../../src/domain/validation/checks/awards', () => ({
  checkAwards: () => {
    throw new TypeError('a step of the check broke');
  },
}));

describe('a check step that fails', () => {
  const dossiers = { field: 'Đất đai', online: 5, inPerson: 0, carriedOver: 0, early: 1, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0 };
  const result = validateWorkbook(buildSnapshot({ rows: { KhenThuong: [{}], TTHC: [dossiers] } }), { today: '2025-12-20' });
  const failed = result.findings.filter((f) => f.rule === 'internal.checkFailed');

  it('is one warning naming the sheet, not the table identifier, in Vietnamese', () => {
    expect(failed.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'Không hoàn thành được bước kiểm tra quy tắc riêng của trang, trang "Khen thưởng" (a step of the check broke).'],
    ]);
    expect(failed[0].message).not.toMatch(/KhenThuong/);
  });

  it('reads in English with the sheet quoted and nothing else Vietnamese', () => {
    const english = findingText(failed[0], 'en');
    expect(english.message).toBe('The check of the sheet’s own rules on sheet "Khen thưởng" could not finish (a step of the check broke).');
    for (const text of [english.message, english.suggestion, english.basis]) expect(unquotedVietnamese(text)).toBeNull();
    expect(renderMessage(failed[0].text!.message, EN, 'en')).not.toMatch(/KhenThuong/);
  });

  it('does not stop the other sheets\' checks', () => {
    expect(result.findings.map((f) => f.rule)).toContain('dossier.difference');
  });
});
