import * as path from 'path';
import { KHEN_THUONG, TTHC } from '../../src/domain/contract';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { handTypedWorkbook, runCli, tablePart, tempDir } from '../helpers/xlsxFixtures';

describe('a hand-typed contract workbook', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'goTay.xlsx');
    await handTypedWorkbook(file);
  });

  it('is read with the typed blocks as tables', async () => {
    const snapshot = readSnapshot((await loadWorkbookFile(file)).document);
    const awards = snapshot.tables.find((t) => t.name === 'KhenThuong')!;
    expect(awards).toMatchObject({ handTyped: true, sheet: 'Khen thưởng', headerRow: 4, firstColumn: 0 });
    expect(awards.values).toHaveLength(2);
    expect(awards.values[0][2]).toBe(45719); // 03/03/2025 as a serial
    expect(awards.below[4][1]).toBe('ghi chép dưới bảng');
    const dossiers = snapshot.tables.find((t) => t.name === 'TTHC')!;
    expect(dossiers).toMatchObject({ handTyped: true, headerRow: 2, firstColumn: 1 });
    expect(dossiers.values).toEqual([[null, 'Đất đai', null, 120, null, null, null, null, null, null, null, null, null, null]]);
  });

  it('becomes real tables without moving or changing a typed cell', async () => {
    const before = readSnapshot((await loadWorkbookFile(file)).document);
    const result = await runCli(['init', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bảng ở trang "Khen thưởng" (từ vùng tiêu đề gõ tay)');

    const after = readSnapshot((await loadWorkbookFile(file)).document);
    const awards = after.tables.find((t) => t.name === 'KhenThuong')!;
    expect(awards.handTyped).toBeUndefined();
    expect(awards.headerRow).toBe(4);
    const typed = before.tables.find((t) => t.name === 'KhenThuong')!;
    typed.formulas.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) expect(awards.formulas[r][c]).toEqual(cell);
      }),
    );
    // the empty computed cells received their formulas
    expect(awards.formulas[0][KHEN_THUONG.columns.findIndex((c) => c.key === 'amount')]).toMatch(/^=IF\(/);
    expect(awards.below[4][1]).toBe('ghi chép dưới bảng');
    // the format-1 block gains "Đơn vị báo cáo" at its right edge
    expect(awards.headers).toEqual(KHEN_THUONG.columns.map((c) => c.header));
    const part = await tablePart(file, 'KhenThuong');
    expect(part!.ref).toBe('A5:Q7');

    // missing TTHC columns are appended at the right edge; typed cells stay
    const dossiers = after.tables.find((t) => t.name === 'TTHC')!;
    expect(dossiers.headers).toEqual([...TTHC.columns.slice(0, 14), ...TTHC.columns.slice(14)].map((c) => c.header));
    expect(dossiers.values[0][1]).toBe('Đất đai');
    expect(dossiers.values[0][3]).toBe(120);
    expect((await tablePart(file, 'TTHC'))!.ref).toBe('B3:X4');
  });
});
