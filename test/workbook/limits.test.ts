/**
 * Issue 7, failure 4, on files: "Tổng hợp" keeps within Excel's limits (which LibreOffice
 * does not enforce, so the limits are checked on the written cells), and LibreOffice's
 * recalculation of the formulas that replace over-long criteria agrees with the domain.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { SUMMARY_SHEET } from '../../src/domain/contract';
import { loadWorkbookFile } from '../../src/workbook/file';
import { recalculate } from '../helpers/libreoffice';
import { LIMIT_AWARD_ROWS, LIMIT_SIGNED_AWARD_ROWS, LIMIT_SIGNER_CATALOGUE, LIMIT_TARGET_ROWS, LONG_TITLE } from '../helpers/limitsFixtures';
import { REPORT_ROWS } from '../helpers/computeFixtures';
import { editWorkbook, runCli, tempDir, typeRows } from '../helpers/xlsxFixtures';

const NOW = new Date(2025, 11, 20, 9, 30);
const textConstants = (formula: string) => [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

describe("tongket compute within Excel's limits", () => {
  let file: string;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    file = path.join(await tempDir(), 'gioihan.xlsx');
    await runCli(['init', file]);
    await editWorkbook(file, (document) => {
      const info = document.workbook.getWorksheet('Thông tin')!;
      info.getCell('B3').value = 'Sở Nông nghiệp và Môi trường';
      info.getCell('B4').value = 45641;
      info.getCell('B5').value = 46005;
      typeRows(document, 'DM_CapQuyetDinh', LIMIT_SIGNER_CATALOGUE.map((r) => ({ 'Tên': r.name, 'Đơn vị báo cáo chi trả': r.paidByUnit ?? '' })));
      typeRows(document, 'KhenThuong', [...LIMIT_AWARD_ROWS, ...LIMIT_SIGNED_AWARD_ROWS]);
      typeRows(document, 'ChiTieu', LIMIT_TARGET_ROWS);
      typeRows(document, 'TTHC', REPORT_ROWS.TTHC);
    });
    const result = await runCli(['compute', file], NOW);
    expect(result.stderr).toBe('');
    sheet = (await loadWorkbookFile(file)).document.workbook.getWorksheet(SUMMARY_SHEET)!;
  }, 180_000);

  const cells = () => {
    const out: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void out.push(cell)));
    return out;
  };

  it('writes no text over 32.767 characters, no formula over 8.192, no text constant over 255', () => {
    const all = cells();
    const texts = all.flatMap((c) => (typeof c.value === 'string' ? [c.value] : []));
    const formulas = all.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.length).toBeGreaterThan(50);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32767);
    expect(Math.max(...formulas.map((f) => f.length + 1))).toBeLessThanOrEqual(8192);
    expect(formulas.flatMap(textConstants).filter((t) => t.length > 255)).toEqual([]);
  });

  it('continues the 400-target paragraph in the cells below its title', () => {
    const column = sheet.getColumn(1).values as unknown[];
    const at = column.indexOf('Thực hiện chỉ tiêu, nhiệm vụ');
    const pieces: string[] = [];
    for (let i = at + 1; typeof column[i] === 'string' && /^(Trong|Cụ thể|Chỉ tiêu số)/.test(column[i] as string); i++) pieces.push(column[i] as string);
    expect(pieces.length).toBeGreaterThan(1);
    const text = pieces.join(' ');
    expect(text.length).toBeGreaterThan(60000);
    // every target once, and the paragraph's last words
    expect(text.split('Chỉ tiêu số ').length - 1).toBe(400);
    expect({ start: text.slice(0, 9), end: text.slice(-18) }).toEqual({ start: 'Trong 400', end: 'đạt 100% kế hoạch.' });
  });

  it('LibreOffice recalculates the same figures, over-long criteria included', async () => {
    const recalculated = recalculate(await fs.readFile(file), [SUMMARY_SHEET])[SUMMARY_SHEET];
    let compared = 0;
    let longCriteria = 0;
    for (const cell of cells().filter((c) => c.formula)) {
      const where = cell.address;
      const text = recalculated[Number(cell.row) - 1]?.[Number(cell.col) - 1] ?? '';
      if (typeof cell.result === 'number') {
        const value = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
        expect({ where, value }).toEqual({ where, value: expect.closeTo(cell.result, 9) });
        compared++;
        if (/\$R\$\d+/.test(cell.formula)) longCriteria++;
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(longCriteria).toBeGreaterThanOrEqual(3);
    // the long title's line: 3 + 4 (the same title in capitals)
    const label = cells().find((c) => Number(c.col) === 1 && typeof c.value === 'string' && c.value.startsWith(LONG_TITLE.slice(0, 100)))!;
    expect(recalculated[Number(label.row) - 1].slice(1, 3)).toEqual(['Cá nhân', '7']);
    // Σ Thành tiền of the 40 signers' decisions (100.000 × (1 + … + 40)), every signer's criterion read from a cell
    const higher = recalculated.findIndex((r) => r[0] === 'Trong đó: cấp trên chi trả (quyết định của cấp trên)');
    expect(recalculated[higher][3]).toBe('82000000');
  });
});

describe('tongket check: a typed value Excel cannot hold', () => {
  it('reports a cell over 32.767 characters at its cell, in Vietnamese', async () => {
    const file = path.join(await tempDir(), 'odai.xlsx');
    await runCli(['init', file]);
    const huge = 'Tập thể lao động xuất sắc '.repeat(1600); // 41.600 characters
    let cell = '';
    await editWorkbook(file, (document) => {
      typeRows(document, 'KhenThuong', [{ ...LIMIT_AWARD_ROWS[5], award: huge }]);
      const worksheet = document.workbook.getWorksheet(document.tables.find((t) => t.name === 'KhenThuong')!.sheet)!;
      worksheet.eachRow((row) => row.eachCell((c) => void (c.value === huge && (cell = c.address))));
    });
    expect(cell).not.toBe('');
    const check = await runCli(['check', file, '--json']);
    const findings = (JSON.parse(check.stdout) as { findings: { severity: string; sheet: string; cell: string; column: string; message: string }[] }).findings;
    const found = findings.filter((f) => f.message.includes('32.767'));
    expect(found).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Khen thưởng', cell, column: 'Danh hiệu / Hình thức' })]);
    expect(found[0].message).toContain('41.600 ký tự');
  });
});
