import { CATALOGUES, DATA_TABLES, NAMED_CELLS, namedCellCaption, tableCaption } from '../../../src/domain/contract';

describe('captions: what the clerk reads instead of table and name identifiers', () => {
  it('calls a data table by its sheet, a catalogue by its title, a named cell by its label', () => {
    expect(tableCaption('KhenThuong')).toBe('bảng ở trang "Khen thưởng"');
    expect(tableCaption('DM_ThamSo')).toBe('danh mục "Tham số quy tắc"');
    expect(tableCaption('KiemTra')).toBe('bảng kết quả ở trang "Kiểm tra"');
    expect(namedCellCaption('DonViBaoCao')).toBe('ô "Đơn vị báo cáo" trang "Thông tin"');
  });

  it('never repeats an identifier for any contract table or named cell', () => {
    for (const { name, sheet } of DATA_TABLES) {
      expect(tableCaption(name)).toContain(`"${sheet}"`);
      // TTHC and GCN are both the table's and the sheet's name; the others differ.
      if (name !== sheet) expect(tableCaption(name)).not.toContain(name);
    }
    for (const { name } of CATALOGUES) expect(tableCaption(name)).not.toContain(name);
    for (const { name } of NAMED_CELLS) expect(namedCellCaption(name)).not.toContain(name);
  });
});
