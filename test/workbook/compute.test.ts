import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { computeTables } from '../../src/domain/compute';
import { CHECK_TABLE, DATA_TABLES, SUMMARY_SHEET } from '../../src/domain/contract';
import { isFormula } from '../../src/domain/snapshot';
import { type XlsxDocument } from '../../src/workbook/document';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { recalculate } from '../helpers/libreoffice';
import { editWorkbook, filledWorkbook, handTypedWorkbook, packageText, runCli, tablePart, tempDir } from '../helpers/xlsxFixtures';

const NOW = new Date(2025, 11, 20, 14, 30);

function formulaCells(worksheet: ExcelJS.Worksheet): { row: number; column: number; result: unknown }[] {
  const cells: { row: number; column: number; result: unknown }[] = [];
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) cells.push({ row: Number(cell.row) - 1, column: Number(cell.col) - 1, result: cell.result });
    }),
  );
  return cells;
}

/** LibreOffice's text of a recalculated cell as a number (percent cells end with "%"). */
function recalculatedNumber(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

describe('tongket compute', () => {
  let file: string;
  let document: XlsxDocument;
  let stdout: string;

  beforeAll(async () => {
    file = await filledWorkbook();
    const result = await runCli(['compute', file], NOW);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    stdout = result.stdout;
    document = (await loadWorkbookFile(file)).document;
  });

  it('restores a typed-over computed cell and says so', () => {
    expect(stdout).toContain('Đã ghi lại công thức cho 1 ô tính toán bị gõ đè');
    expect(stdout).toContain('TTHC!C6 [Tổng số nhận]: giá trị gõ tay 999');
    const tthc = readSnapshot(document).tables.find((t) => t.name === 'TTHC')!;
    expect(tthc.formulas[2][2]).toMatch(/^=SUM\(/);
    expect(tthc.values[2][2]).toBe(10);
  });

  it('adds totals rows with the contract totals, in the table part too', async () => {
    const part = await tablePart(file, 'TTHC');
    expect(part!.xml).toContain('totalsRowCount="1"');
    expect(part!.xml).toContain('totalsRowLabel="Tổng cộng"');
    // every row summed (SUM, hidden rows too), so Excel records a custom total
    expect(part!.xml).toMatch(/name="Tổng số nhận" totalsRowFunction="custom"><calculatedColumnFormula>[^<]+<\/calculatedColumnFormula><totalsRowFormula>SUM\(TTHC\[\[Tổng số nhận\]\]\)<\/totalsRowFormula>/);
    expect(part!.xml).toMatch(/name="Tỷ lệ trực tuyến" totalsRowFunction="custom"><calculatedColumnFormula>[^<]+<\/calculatedColumnFormula><totalsRowFormula>IF\(N\(SUM\(/);
    expect(part!.ref).toBe('A3:W7');
    expect((await tablePart(file, 'ChiTieu'))!.xml).not.toContain('totalsRowCount');
    const snapshot = readSnapshot(document);
    for (const spec of DATA_TABLES) expect(snapshot.tables.find((t) => t.name === spec.name)!.showTotals).toBe(spec.totalsRow);
  });

  it('stores the domain result with every formula of the tables', () => {
    const snapshot = readSnapshot(document);
    const computed = computeTables(snapshot);
    for (const spec of DATA_TABLES) {
      const table = snapshot.tables.find((t) => t.name === spec.name)!;
      const result = computed.tables[spec.name];
      result.rows.forEach((row, i) => {
        for (const [header, value] of Object.entries(row)) {
          const index = table.headers.indexOf(header);
          expect(isFormula(table.formulas[i][index])).toBe(true);
          // exceljs reads a cached 0 or "" back as nothing
          const cached = table.values[i][index];
          if (value === 0 || value === '') expect(cached).toBeNull();
          else if (typeof value === 'object') expect(cached).toBe(value.error);
          else expect(cached).toBe(value);
        }
      });
    }
  });

  it('writes the summary sheet as formulas with their values, and the check sheet', () => {
    const summary = document.workbook.getWorksheet(SUMMARY_SHEET)!;
    const cells = formulaCells(summary);
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.filter((c) => c.result !== undefined).length).toBeGreaterThan(30);
    expect(summary.getCell('A4').value).toBe('Ngày báo cáo: 18/12/2025');
    expect(summary.getCell('A5').value).toBe('Thời điểm tính: 20/12/2025 14:30');
    const snapshot = readSnapshot(document);
    const check = snapshot.tables.find((t) => t.name === CHECK_TABLE.name)!;
    const sheet = document.workbook.getWorksheet('Kiểm tra')!;
    expect(sheet.getCell('B2').value).toBe('20/12/2025 14:30');
    const errors = Number(sheet.getCell('B3').value);
    const warnings = Number(sheet.getCell('B4').value);
    expect(stdout).toContain(`Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo`);
    const rows = check.values.filter((r) => r.some((v) => v !== null));
    expect(rows).toHaveLength(errors + warnings);
    if (rows.length > 0) expect(['Lỗi', 'Cảnh báo']).toContain(rows[0][0]);
  });

  it('writes error highlights as conditional formats', async () => {
    const sheets = await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(Object.values(sheets).join()).toMatch(/<conditionalFormatting sqref="[A-Z]+4:[A-Z]+\d+"><cfRule type="expression"/);
  });

  it('a second compute restores nothing and keeps the same tables', async () => {
    const before = readSnapshot(document).tables.filter((t) => t.name !== CHECK_TABLE.name);
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('gõ đè');
    const after = readSnapshot((await loadWorkbookFile(file)).document).tables.filter((t) => t.name !== CHECK_TABLE.name);
    expect(after).toEqual(before);
  });

  it('agrees with LibreOffice recalculating every formula', async () => {
    const sheets = [...DATA_TABLES.map((t) => t.sheet), SUMMARY_SHEET];
    const recalculated = recalculate(await fs.readFile(file), sheets);
    let compared = 0;
    for (const sheet of sheets) {
      for (const cell of formulaCells(document.workbook.getWorksheet(sheet)!)) {
        const text = recalculated[sheet][cell.row]?.[cell.column] ?? '';
        const where = `${sheet}!R${cell.row + 1}C${cell.column + 1}`;
        if (cell.result === undefined) expect({ where, text: ['', '0', '0%'].includes(text) }).toEqual({ where, text: true });
        else if (typeof cell.result === 'number') {
          expect({ where, value: recalculatedNumber(text) }).toEqual({ where, value: expect.closeTo(cell.result, 9) });
        } else if (typeof cell.result === 'string') expect({ where, text }).toEqual({ where, text: cell.result });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });
});

describe('tongket compute, other cases', () => {
  it('-o writes elsewhere and leaves the input as it was', async () => {
    const file = await filledWorkbook();
    const bytes = await fs.readFile(file);
    const out = path.join(path.dirname(file), 'ketqua.xlsx');
    const result = await runCli(['compute', file, '-o', out], NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ghi ra "${out}"`);
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(readSnapshot((await loadWorkbookFile(out)).document).tables.find((t) => t.name === 'TTHC')!.showTotals).toBe(true);
  });

  it('does not put a totals row over data typed under a table', async () => {
    const file = await filledWorkbook();
    await editWorkbook(file, (document) => {
      document.workbook.getWorksheet('GCN')!.getCell('B8').value = 'Cộng thủ công';
    });
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Không thêm được dòng tổng cho bảng ở trang "GCN"');
    const { document } = await loadWorkbookFile(file);
    expect(document.workbook.getWorksheet('GCN')!.getCell('B8').value).toBe('Cộng thủ công');
    expect(readSnapshot(document).tables.find((t) => t.name === 'GCN')!.showTotals).toBe(false);
  });

  it('computes a hand-typed workbook after turning it into tables', async () => {
    const file = path.join(await tempDir(), 'gotay.xlsx');
    await handTypedWorkbook(file);
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bảng ở trang "Khen thưởng" (từ vùng tiêu đề gõ tay)');
    const snapshot = readSnapshot((await loadWorkbookFile(file)).document);
    const awards = snapshot.tables.find((t) => t.name === 'KhenThuong')!;
    expect(awards).toMatchObject({ headerRow: 4, showTotals: true });
    expect(awards.values[0][1]).toBe('12/QĐ-UBND');
    // 25 × 0,3 × 2.340.000 rounded up to 10.000 per person
    expect(awards.values[0][9]).toBe(710000);
  });
});
