import { DATA_TABLES, CATALOGUES, NAMED_CELLS, SHEET_ORDER, CHECK_TABLE, FORMAT_VERSION, SOURCE_TABLE } from '../../src/domain/contract';

describe('workbook contract names (format version 2)', () => {
  it('has the exact sheets in order', () => {
    expect(FORMAT_VERSION).toBe(2);
    expect(SHEET_ORDER).toEqual([
      'Thông tin', 'Khen thưởng', 'Xếp loại', 'TTHC', 'Cắt giảm TTHC', 'GCN', 'Chỉ tiêu', 'Tổng hợp', 'Kiểm tra', 'Danh mục',
    ]);
  });

  it('has the exact table names and headers', () => {
    const byName = Object.fromEntries(DATA_TABLES.map((t) => [t.name, t.columns.map((c) => c.header)]));
    expect(byName).toEqual({
      KhenThuong: ['STT', 'Số quyết định', 'Ngày quyết định', 'Cấp quyết định', 'Danh hiệu / Hình thức', 'Đối tượng', 'Số lượng',
        'Tên tập thể / cá nhân', 'Phong trào thi đua', 'Mức thưởng (đồng)', 'Thành tiền (đồng)', 'Ghi chú',
        'Tiền thưởng theo quyết định (đồng)', 'Danh hiệu theo danh mục', 'Người ký theo danh mục', 'Hệ số', 'Đơn vị báo cáo'],
      XepLoai: ['STT', 'Đơn vị / Nhóm', 'Đối tượng', 'Hoàn thành xuất sắc', 'Hoàn thành tốt', 'Hoàn thành', 'Không hoàn thành',
        'Tổng số', 'Tỷ lệ xuất sắc', 'Ghi chú', 'Đơn vị báo cáo'],
      TTHC: ['STT', 'Lĩnh vực / Đơn vị', 'Tổng số nhận', 'Nhận trực tuyến', 'Nhận trực tiếp, bưu chính', 'Từ kỳ trước',
        'Tổng số đã giải quyết', 'Giải quyết trước hạn', 'Giải quyết đúng hạn', 'Giải quyết quá hạn', 'Tổng số đang giải quyết',
        'Đang giải quyết trong hạn', 'Đang giải quyết quá hạn', 'Trả lại, rút, tạm dừng', 'Chênh lệch', 'Tỷ lệ trực tuyến',
        'Tỷ lệ trước hạn', 'Tỷ lệ đúng hạn', 'Tỷ lệ quá hạn', 'Tỷ lệ trước và đúng hạn', 'Tỷ lệ đã giải quyết', 'Ghi chú', 'Đơn vị báo cáo'],
      CatGiamTTHC: ['STT', 'Tên thủ tục', 'Lĩnh vực', 'Thời hạn quy định (ngày)', 'Thời hạn sau cắt giảm (ngày)',
        'Số ngày cắt giảm', 'Tỷ lệ cắt giảm', 'Đơn vị báo cáo'],
      GCN: ['STT', 'Đơn vị', 'Đối tượng', 'Loại đăng ký', 'Chỉ tiêu giao (GCN)', 'Số GCN đã cấp', 'Số thửa', 'Diện tích (ha)',
        'Tỷ lệ đạt chỉ tiêu', 'Còn phải cấp', 'Ghi chú', 'Đơn vị báo cáo'],
      ChiTieu: ['STT', 'Nhóm', 'Chỉ tiêu / nhiệm vụ', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ hoàn thành', 'Ghi chú', 'Đơn vị báo cáo'],
    });
    expect(Object.fromEntries(DATA_TABLES.map((t) => [t.name, t.sheet]))).toEqual({
      KhenThuong: 'Khen thưởng', XepLoai: 'Xếp loại', TTHC: 'TTHC', CatGiamTTHC: 'Cắt giảm TTHC', GCN: 'GCN', ChiTieu: 'Chỉ tiêu',
    });
  });

  it('makes "Đơn vị báo cáo" the last column of every data table: an optional text input, the only optional column', () => {
    for (const table of DATA_TABLES) {
      const last = table.columns[table.columns.length - 1];
      expect([table.name, last.header, last.kind, last.type, last.optional, last.required ?? false]).toEqual([table.name, 'Đơn vị báo cáo', 'input', 'text', true, false]);
      expect(table.columns.filter((c) => c.optional).map((c) => c.header)).toEqual(['Đơn vị báo cáo']);
    }
  });

  it('has the exact "Nguồn" sheet of a consolidated workbook', () => {
    expect([SOURCE_TABLE.sheet, SOURCE_TABLE.name]).toEqual(['Nguồn', 'NguonGop']);
    expect(SOURCE_TABLE.columns.map((c) => c.header)).toEqual([
      'Đơn vị báo cáo', 'Kỳ báo cáo từ ngày', 'Kỳ báo cáo đến ngày', 'Ngày báo cáo',
      'Số dòng Khen thưởng', 'Số dòng Xếp loại', 'Số dòng TTHC', 'Số dòng Cắt giảm TTHC', 'Số dòng GCN', 'Số dòng Chỉ tiêu',
      'Tệp', 'Thời điểm gộp', 'SHA-256',
    ]);
  });

  it('has the exact catalogues, named cells and check table', () => {
    expect(CATALOGUES.map((c) => [c.name, c.columns.map((x) => x.header)])).toEqual([
      ['DM_DanhHieu', ['Tên', 'Nhóm', 'Áp dụng cho', 'Hệ số cá nhân', 'Hệ số tập thể', 'Hệ số hộ gia đình', 'Căn cứ', 'Hiệu lực từ', 'Hiệu lực đến',
        'Người có thẩm quyền', 'Hệ số tối đa (cá nhân)']],
      ['DM_LuongCoSo', ['Từ ngày', 'Mức lương cơ sở (đồng)', 'Căn cứ']],
      ['DM_CapQuyetDinh', ['Tên', 'Đơn vị báo cáo chi trả', 'Căn cứ']],
      ['DM_ThamSo', ['Tham số', 'Giá trị', 'Căn cứ']],
      ['DM_TenGoi', ['Tên gọi', 'Tên trong danh mục']],
    ]);
    expect(NAMED_CELLS.map((n) => n.name)).toEqual(['DonViBaoCao', 'KyBaoCaoTu', 'KyBaoCaoDen', 'NgayBaoCao', 'BoQuyTac']);
    expect(CHECK_TABLE.name).toBe('KiemTra');
    expect(CHECK_TABLE.columns.map((c) => c.header)).toEqual(['Mức độ', 'Trang tính', 'Ô', 'Cột', 'Nội dung', 'Gợi ý', 'Căn cứ']);
  });

  it('gives every computed column a formula and every default multiplier a legal basis', () => {
    for (const table of DATA_TABLES) {
      for (const c of table.columns) {
        if (c.kind !== 'input') expect(c.formula).toMatch(/^=/);
        else expect(c.formula).toBeUndefined();
      }
    }
    const awards = CATALOGUES[0].rows;
    for (const row of awards) expect(String(row.basis)).toMatch(/(Luật|Nghị định)/);
    // A multiplier left empty says why: never a neighbour's value copied in silence.
    for (const row of awards) {
      if (row.individual === null && row.collective === null && row.cap === null) {
        expect(String(row.basis)).toMatch(/Chưa xác minh/);
      }
    }
    // Every alias points at an entry of DM_DanhHieu or DM_CapQuyetDinh, and no alias is claimed twice.
    const entries = new Set([...CATALOGUES[0].rows, ...CATALOGUES[2].rows].map((r) => String(r.name).toLowerCase()));
    const aliases = CATALOGUES[4].rows;
    for (const row of aliases) expect({ alias: row.alias, known: entries.has(String(row.entry).toLowerCase()) }).toEqual({ alias: row.alias, known: true });
    expect(new Set(aliases.map((r) => String(r.alias).toLowerCase())).size).toBe(aliases.length);
    const lcs = CATALOGUES[1].rows.map((r) => [r.from, r.amount]);
    expect(lcs).toContainEqual(['2024-07-01', 2340000]);
    expect(lcs).toContainEqual(['2023-07-01', 1800000]);
  });
});
