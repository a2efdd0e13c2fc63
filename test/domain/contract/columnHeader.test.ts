import { columnPresence, headerIndex, sameHeader } from '../../../src/domain/contract/columnHeader';
import { GCN } from '../../../src/domain/contract/tables';

describe('the header rule', () => {
  it.each([
    ['Số GCN đã cấp ', 'a trailing space'],
    ['  Số GCN đã cấp', 'leading spaces'],
    ['Số GCN  đã cấp', 'a doubled space'],
    ['Số\u00a0GCN đã cấp', 'a no-break space pasted from Word'],
    ['Số GCN\u202fđã cấp', 'a narrow no-break space'],
    ['Số GCN\nđã cấp', 'a line break (Alt+Enter)'],
    ['Số GCN\tđã cấp', 'a tab'],
    ['SỐ GCN ĐÃ CẤP', 'capitals, as Excel matches column names'],
    ['Số GCN đã cấp'.normalize('NFD'), 'decomposed Unicode (NFD)'],
  ])('reads %j as "Số GCN đã cấp" (%s)', (typed) => {
    expect(sameHeader(typed, 'Số GCN đã cấp')).toBe(true);
  });

  it.each([['Số GCN cấp'], ['Số GCNđã cấp'], ['So GCN da cap'], ['Số GCN đã cấp (cái)']])('does not read %j as "Số GCN đã cấp"', (typed) => {
    expect(sameHeader(typed, 'Số GCN đã cấp')).toBe(false);
  });

  it('prefers the exact spelling when two headers mean the same column', () => {
    expect(headerIndex(['Ghi chú ', 'Ghi chú'], 'Ghi chú')).toBe(1);
    expect(headerIndex(['ghi chú ', 'X'], 'Ghi chú')).toBe(0);
    expect(headerIndex(['X'], 'Ghi chú')).toBe(-1);
  });

  it('tells missing and misspelt columns apart; a missing optional column is no matter', () => {
    const headers = GCN.columns.map((c) => c.header).filter((h) => h !== 'Số thửa' && h !== 'Đơn vị báo cáo').map((h) => (h === 'Đơn vị' ? 'Đơn vị ' : h));
    const presence = columnPresence(GCN.columns, headers);
    expect(presence.missing.map((c) => c.header)).toEqual(['Số thửa']);
    expect(presence.misspelt.map((m) => [m.typed, m.column.header])).toEqual([['Đơn vị ', 'Đơn vị']]);
  });
});
