import { vi } from '../../../src/domain/messages';
import { checkExport, importedRows, mappingLines, readBieu06, type ExportReading } from '../../../src/domain/import/bieu06';
import {
  buildExport,
  CIRCULAR_COLUMNS,
  CIRCULAR_EXPORT,
  FIELDS,
  VENDOR_COLUMNS,
  type ExportLayout,
  type FieldFigures,
} from '../../helpers/bieu06Exports';

function read(layout: ExportLayout): ExportReading {
  const result = readBieu06([buildExport(layout).grid], 'bieu06.xlsx');
  if (!result.ok) throw new Error(result.problems.map(vi).join('\n'));
  return result.reading;
}

/** What the TTHC table must hold for a lĩnh vực, whatever the export's layout. */
function expected(f: FieldFigures, withReturned: boolean) {
  return {
    online: f.online,
    inPerson: f.inPerson + f.postal,
    carriedOver: f.carriedOver,
    early: f.early,
    onTime: f.onTime,
    late: f.late,
    pendingWithin: f.pendingWithin,
    pendingOverdue: f.pendingOverdue,
    returned: withReturned ? f.returned : null,
  };
}

describe('reading a Biểu 06 export', () => {
  it('reads the circular layout: title rows, merged two-level headers, numbering row, text numbers, totals row and signature block', () => {
    const reading = read(CIRCULAR_EXPORT);
    expect(reading.rows.map((r) => r.name)).toEqual(FIELDS.map((f) => f.name));
    expect(importedRows(reading).map((r) => r.counts)).toEqual(FIELDS.map((f) => expected(f, false)));
    expect(reading.totals?.name).toBe('Tổng cộng');
    expect(reading.findings).toEqual([]);
    expect(checkExport(reading)).toEqual([]);
    const mapping = mappingLines(reading).map((m) => ({ column: vi(m.column), target: vi(m.target) }));
    expect(mapping.map((m) => m.column)).toEqual([
      'cột (1) STT',
      'cột (2) Lĩnh vực, công việc giải quyết theo cấp',
      'cột (3) Số hồ sơ nhận giải quyết – Tổng số',
      'cột (4) Số hồ sơ nhận giải quyết – Số kỳ trước chuyển qua',
      'cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến',
      'cột (6) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tiếp, dịch vụ bưu chính',
      'cột (7) Số hồ sơ đã giải quyết – Tổng số',
      'cột (8) Số hồ sơ đã giải quyết – Trả trước hạn',
      'cột (9) Số hồ sơ đã giải quyết – Trả đúng thời hạn',
      'cột (10) Số hồ sơ đã giải quyết – Trả quá hạn',
      'cột (11) Số hồ sơ đang giải quyết – Tổng số',
      'cột (12) Số hồ sơ đang giải quyết – Trong hạn',
      'cột (13) Số hồ sơ đang giải quyết – Quá hạn',
    ]);
    expect(mapping[3].target).toBe('Từ kỳ trước');
    expect(mapping[4].target).toBe('Nhận trực tuyến');
    expect(mapping[6].target).toMatch(/^không nhập, dùng để đối chiếu/);
    expect(mapping[11].target).toBe('Đang giải quyết trong hạn');
  });

  it('reads a vendor layout: three header levels, another order, abbreviations, NFD, postal apart, extra columns, groups', () => {
    const layout: ExportLayout = {
      columns: VENDOR_COLUMNS,
      rows: [],
      groups: [
        { label: 'Cấp tỉnh', rows: FIELDS.slice(0, 3), subtotal: true },
        { label: 'Cấp xã', rows: [{ ...FIELDS[0], online: 512, early: 300 }, FIELDS[4]] },
      ],
      totals: 'first',
      nfd: true,
      signature: true,
    };
    const reading = read(layout);
    expect(reading.rows.map((r) => r.name.normalize('NFC'))).toEqual([
      'Đất đai (Cấp tỉnh)',
      'Môi trường',
      'Tài nguyên nước',
      'Đất đai (Cấp xã)',
      'Thủy lợi',
    ]);
    expect(importedRows(reading)[3].counts).toEqual(expected({ ...FIELDS[0], online: 512, early: 300 }, true));
    const mapping = mappingLines(reading).map((m) => [vi(m.column).normalize('NFC'), vi(m.target)]);
    expect(mapping).toContainEqual(['cột F Số HS nhận giải quyết – Số mới tiếp nhận qua BCCI', 'Nhận trực tiếp, bưu chính (cộng trực tiếp và bưu chính)']);
    expect(mapping).toContainEqual(['cột J Kết quả giải quyết – Số HS đã giải quyết – Đúng hạn (bao gồm cả hồ sơ chờ bổ sung và trả lại/xin rút)', 'Giải quyết đúng hạn']);
    expect(mapping).toContainEqual(['cột P Trả lại/Rút HS', 'Trả lại, rút, tạm dừng (cộng các cột trả lại, rút, tạm dừng)']);
    expect(mapping).toContainEqual(['cột O Chờ bổ sung (lũy kế cả kỳ trước)', 'bỏ qua: hồ sơ chờ bổ sung: bảng TTHC không có cột tương ứng']);
    expect(mapping).toContainEqual(['cột Q Tỷ lệ đúng hạn (%)', 'bỏ qua: cột tỷ lệ: bảng TTHC tự tính các tỷ lệ từ số hồ sơ']);
    // the group's subtotal row and the totals row add up
    expect(reading.groups).toHaveLength(1);
    expect(checkExport(reading)).toEqual([]);
  });

  it('finds the same rows and figures in every variant of layout', () => {
    for (const columns of [CIRCULAR_COLUMNS, VENDOR_COLUMNS]) {
      for (const nfd of [false, true]) {
        for (const numbering of [false, true]) {
          for (const totals of ['first', 'last', 'none'] as const) {
            for (const textNumbers of [false, true]) {
              const reading = read({ columns, rows: FIELDS, nfd, numbering, totals, textNumbers, signature: true });
              const withReturned = columns === VENDOR_COLUMNS;
              expect(importedRows(reading).map((r) => ({ ...r, name: r.name.normalize('NFC') }))).toEqual(
                FIELDS.map((f) => ({ name: f.name, counts: expected(f, withReturned) })),
              );
              expect(checkExport(reading)).toEqual([]);
            }
          }
        }
      }
    }
  });

  it('reads lĩnh vực whose names look like labels: "Công thương", "Chứng thực, xác nhận", "Tổ chức cán bộ"', () => {
    const names = ['Công thương', 'Chứng thực, xác nhận', 'Tổ chức cán bộ'];
    const rows = FIELDS.slice(0, 3).map((f, i) => ({ ...f, name: names[i] }));
    const reading = read({ ...CIRCULAR_EXPORT, rows });
    expect(reading.rows.map((r) => r.name)).toEqual(names);
    expect(reading.totals?.name).toBe('Tổng cộng');
    expect(checkExport(reading)).toEqual([]);
  });

  it('reports a totals row that does not add up, naming the column by number and header, with the amount', () => {
    // the vendor bug: a count computed as "online + 1"
    const reading = read({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 } });
    const findings = checkExport(reading);
    expect(findings).toHaveLength(2);
    const total = findings.find((f) => f.rule === 'import.bieu06.total')!;
    expect(total.column).toBe('cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến');
    expect(total.message).toBe(
      'Dòng "Tổng cộng" (dòng 15 của biểu): cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến ghi 9.812, cộng 5 dòng số liệu được 9.811 (chênh +1).',
    );
    expect(total.sheet).toBe('[bieu06.xlsx]Bieu06');
    expect(total.cell).toBe('E15');
    // the totals row's own identity (3) = (4) + (5) + (6) no longer holds either
    const identity = findings.find((f) => f.rule === 'import.bieu06.identity')!;
    expect(identity.message).toContain('cột (3) Số hồ sơ nhận giải quyết – Tổng số ghi 15.231, nhưng (4) + (5) + (6) = 15.232 (chênh -1)');
  });

  it('reports a row whose "Tổng số" is not the sum of its parts', () => {
    const reading = read({ ...CIRCULAR_EXPORT, rowBug: { row: 1, column: 6, delta: -2 } });
    const messages = checkExport(reading).map((f) => f.message);
    expect(messages).toContain(
      'Dòng "Môi trường" (dòng 11 của biểu): cột (7) Số hồ sơ đã giải quyết – Tổng số ghi 346, nhưng (8) + (9) + (10) = 348 (chênh -2).',
    );
    expect(messages).toContain(
      'Dòng "Tổng cộng" (dòng 15 của biểu): cột (7) Số hồ sơ đã giải quyết – Tổng số ghi 13.505, cộng 5 dòng số liệu được 13.503 (chênh +2).',
    );
  });

  it('refuses an export without a column the table needs, naming it, and never guesses', () => {
    const columns = CIRCULAR_COLUMNS.filter((col) => col.path.join() !== 'Số hồ sơ đang giải quyết,Trong hạn');
    const result = readBieu06([buildExport({ ...CIRCULAR_EXPORT, columns }).grid], 'bieu06.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(vi)).toEqual([
      'Trang "Bieu06": Không tìm thấy cột "Số hồ sơ đang giải quyết – Trong hạn" trong biểu (cần cho cột "Đang giải quyết trong hạn" của bảng TTHC).',
    ]);
  });

  it('refuses a sheet that is not a Biểu 06 at all', () => {
    const result = readBieu06([{ sheet: 'Sheet1', cells: [['Họ tên', 'Ngày sinh'], ['An', 1]], merges: [] }], 'danh-sach.xlsx');
    expect(result.ok ? [] : result.problems.map(vi)).toEqual([expect.stringContaining('Không tìm thấy bảng Biểu 06 trong tệp "danh-sach.xlsx"')]);
  });

  it('reads blank cells as 0 with a warning, and reports unreadable numbers instead of reading them as 0', () => {
    const { grid } = buildExport(CIRCULAR_EXPORT);
    const first = grid.cells.findIndex((r) => r[1] === 'Đất đai');
    grid.cells[first][12] = null;
    grid.cells[first + 2][12] = '';
    grid.cells[first + 1][7] = '250 hs';
    const result = readBieu06([grid], 'bieu06.xlsx');
    if (!result.ok) throw new Error(result.problems.map(vi).join());
    const counts = importedRows(result.reading);
    expect(counts[0].counts.pendingOverdue).toBe(0);
    expect(counts[1].counts.early).toBeNull();
    const messages = result.reading.findings.map((f) => `${f.severity}: ${f.message}`);
    expect(messages).toContain(
      'warning: cột (13) Số hồ sơ đang giải quyết – Quá hạn: 2 ô trống (dòng 10, 12) được nhập là 0.',
    );
    expect(messages).toContain(
      'error: Dòng "Môi trường", cột (8) Số hồ sơ đã giải quyết – Trả trước hạn: không đọc được số "250 hs"; ô này để trống trong bảng TTHC.',
    );
  });
});
