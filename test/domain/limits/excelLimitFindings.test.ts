import { DM_DANH_HIEU } from '../../../src/domain/contract/catalogues';
import { findingRows } from '../../../src/domain/check/checkSheet';
import { validateWorkbook } from '../../../src/domain/validation';
import { findingText } from '../../../src/taskpane/findingText';
import { REPORT_ROWS, snapshotWith } from '../../helpers/computeFixtures';
import { longText } from '../../helpers/limitsFixtures';

describe('values Excel cannot hold or use are findings at their cell', () => {
  const huge = longText('Thành tích', 40000);
  const longName = longText('Huân chương', 300);
  const snapshot = snapshotWith(
    { ...REPORT_ROWS, KhenThuong: [...REPORT_ROWS.KhenThuong, { ...REPORT_ROWS.KhenThuong[0], award: huge }] },
    { catalogues: { DM_DanhHieu: [...DM_DANH_HIEU.rows, { ...DM_DANH_HIEU.rows[0], name: longName }] } },
  );
  const findings = validateWorkbook(snapshot, { today: '2025-12-20' }).findings;

  it('a typed cell over 32.767 characters', () => {
    const table = snapshot.tables.find((t) => t.name === 'KhenThuong')!;
    const row = table.values.findIndex((r) => r.includes(huge));
    const column = table.headers.indexOf('Danh hiệu / Hình thức');
    const cell = `${String.fromCharCode(65 + table.firstColumn + column)}${table.headerRow + 2 + row}`;
    const found = findings.filter((f) => f.rule === 'excel.cellTooLong');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', sheet: table.sheet, cell, column: 'Danh hiệu / Hình thức' })]);
    expect(found[0].message).toContain('40.000 ký tự');
    expect(found[0].message).toContain('32.767');
    expect(findingText(found[0], 'en').message).toContain('40,000 characters, more than the 32,767');
  });

  it('a catalogue name over 255 characters, which MATCH and SUMIFS cannot compare', () => {
    const table = snapshot.tables.find((t) => t.name === 'DM_DanhHieu')!;
    const row = table.values.findIndex((r) => r.includes(longName));
    const found = findings.filter((f) => f.rule === 'excel.catalogueNameTooLong');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', sheet: table.sheet, column: 'Tên' })]);
    expect(found[0].cell).toMatch(new RegExp(`^[A-Z]+${table.headerRow + 2 + row}$`));
    expect(found[0].message).toContain('300 ký tự');
  });

  it('nothing for the ordinary report', () => {
    expect(validateWorkbook(snapshotWith(REPORT_ROWS), { today: '2025-12-20' }).findings.filter((f) => f.rule.startsWith('excel.'))).toEqual([]);
  });
});

describe('the "Kiểm tra" rows', () => {
  it('hold no cell over 32.767 characters, whatever a finding quotes', () => {
    const finding = { severity: 'warning' as const, sheet: 'Khen thưởng', cell: 'E4', table: 'KhenThuong', column: 'Danh hiệu / Hình thức', message: 'x'.repeat(40000), suggestion: `Sửa thành "${'y'.repeat(32767)}".`, basis: 'b', rule: 'r' };
    const [row] = findingRows([finding]);
    expect(Math.max(...row.map((t) => t.length))).toBe(32767);
    expect(row[4].endsWith('…')).toBe(true);
    expect(row.slice(0, 4)).toEqual(['Cảnh báo', 'Khen thưởng', 'E4', 'Danh hiệu / Hình thức']);
  });
});
