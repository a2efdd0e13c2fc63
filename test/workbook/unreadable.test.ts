/**
 * What the file adapter cannot read is said, never taken for blank: a formula typed in an
 * input cell of a file written by a program that does not calculate (no stored result), and
 * two tables whose names differ only in case (one name to Excel).
 */
import { vi } from '../../src/domain/messages';
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { EXIT } from '../../src/cli/errors';
import { readUnitWorkbook } from '../../src/workbook/workbookBytes';
import { PackageParts, writeZip } from '../../src/workbook/zipPackage';
import { editWorkbook, runCli, tempDir, typeRows } from '../helpers/xlsxFixtures';

interface JsonFinding {
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  suggestion: string;
}

async function newWorkbook(name: string): Promise<string> {
  const file = path.join(await tempDir(), name);
  expect((await runCli(['init', file])).code).toBe(EXIT.ok);
  return file;
}

describe('a formula input cell without a stored result', () => {
  it('is reported as unreadable (công thức chưa có kết quả), not as an empty cell', async () => {
    const file = await newWorkbook('congthuc.xlsx');
    await editWorkbook(file, (document) => {
      typeRows(document, 'TTHC', [{ field: 'Đất đai', online: 120, inPerson: 30, carriedOver: 2, early: 100, onTime: 40, late: 12, pendingWithin: 0, pendingOverdue: 0 }]);
      const worksheet = document.workbook.getWorksheet('TTHC')!;
      // The cell under "Nhận trực tuyến": a formula as another tool writes it, no cached value.
      const header = worksheet.getRow(3);
      let column = 0;
      header.eachCell((cell, at) => {
        if (cell.value === 'Nhận trực tuyến') column = at;
      });
      expect(column).toBeGreaterThan(0);
      worksheet.getCell(4, column).value = { formula: '100+20' } as ExcelJS.CellFormulaValue;
    });

    const check = await runCli(['check', file, '--json']);
    const findings = (JSON.parse(check.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.sheet === 'TTHC');
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toContain('Nhận trực tuyến: công thức chưa có kết quả (=100+20)');
    expect(findings[0].message).not.toContain('Thiếu');
    expect(findings[0].suggestion).toContain('Mở tệp trong Excel và lưu lại');
    expect(check.code).toBe(EXIT.findings);
  });
});

describe('table names that differ only in case', () => {
  it('are refused as a bad file (exit 65) naming both tables and their sheets', async () => {
    const file = await newWorkbook('trungten.xlsx');
    const zip = PackageParts.fromZip(await fs.readFile(file));
    const part = Object.keys(zip.files).find((name) => /^xl\/tables\//.test(name) && /\bname="XepLoai"/.test(zip.bytes(name)!.toString('utf8')))!;
    expect(part).toBeDefined();
    zip.file(part, zip.bytes(part)!.toString('utf8').replace(/"XepLoai"/g, '"khenthuong"'));
    await fs.writeFile(file, writeZip(zip.entries()));
    const before = await fs.readFile(file);

    for (const command of [['check', file], ['compute', file]]) {
      const run = await runCli(command);
      expect(run.code).toBe(EXIT.badFile);
      expect(run.stderr).toContain('hai bảng trùng tên (Excel không phân biệt chữ hoa, chữ thường): "KhenThuong" ở trang "Khen thưởng" và "khenthuong" ở trang "Xếp loại"');
    }
    expect(await fs.readFile(file)).toEqual(before);

    // The same file chosen in the task pane for "Gộp sổ đơn vị" is refused with the same words.
    const read = await readUnitWorkbook('trungten.xlsx', before.buffer.slice(before.byteOffset, before.byteOffset + before.byteLength));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : vi(read.problem)).toContain('Tệp "trungten.xlsx" có hai bảng trùng tên (Excel không phân biệt chữ hoa, chữ thường): "KhenThuong" ở trang "Khen thưởng" và "khenthuong" ở trang "Xếp loại"');
  });
});
