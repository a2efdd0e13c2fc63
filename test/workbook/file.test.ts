import { promises as fs } from 'fs';
import * as path from 'path';
import { FORMAT_VERSION } from '../../src/domain/contract';
import { EXIT } from '../../src/cli/errors';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import {
  corruptZip,
  fakeEncryptedWorkbook,
  MINIMAL_CHART_PARTS,
  MINIMAL_PIVOT_PARTS,
  packageText,
  runCli,
  tempDir,
  withParts,
  withoutParts,
  writeExcelJsWorkbook,
} from '../helpers/xlsxFixtures';

describe('files the command line cannot read', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it.each([['check'], ['compute']])('%s: a missing file', async (command) => {
    const file = path.join(dir, 'khongco.xlsx');
    const result = await runCli([command, file]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain(`Không tìm thấy tệp "${file}"`);
  });

  it('init creates a missing file, but not in a missing folder', async () => {
    const result = await runCli(['init', path.join(dir, 'khongco', 'x.xlsx')]);
    expect(result.code).toBe(EXIT.cannotWrite);
    expect(result.stderr).toContain('Không ghi được tệp');
  });

  it('a text file is not an .xlsx', async () => {
    const file = path.join(dir, 'vanban.xlsx');
    await fs.writeFile(file, 'STT,Tên\n1,Đất đai\n');
    for (const command of ['init', 'check']) {
      const result = await runCli([command, file]);
      expect(result.code).toBe(EXIT.badFile);
      expect(result.stderr).toContain('không phải tệp Excel .xlsx');
    }
    expect(await fs.readFile(file, 'utf8')).toBe('STT,Tên\n1,Đất đai\n');
  });

  it('a password-protected workbook', async () => {
    const file = path.join(dir, 'matkhau.xlsx');
    await fs.writeFile(file, fakeEncryptedWorkbook());
    const result = await runCli(['check', file]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('được đặt mật khẩu; hãy bỏ mật khẩu trong Excel rồi chạy lại');
    expect((await runCli(['init', file])).code).toBe(EXIT.badFile);
    expect(await fs.readFile(file)).toEqual(fakeEncryptedWorkbook());
  });

  it('an old binary .xls', async () => {
    const file = path.join(dir, 'cu.xls');
    const header = fakeEncryptedWorkbook().subarray(0, 512);
    await fs.writeFile(file, Buffer.concat([header, Buffer.from('Workbook', 'utf16le')]));
    const result = await runCli(['check', file]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('Excel 97-2003 (.xls)');
  });

  it('a corrupt zip', async () => {
    const file = path.join(dir, 'hong.xlsx');
    await fs.writeFile(file, corruptZip());
    const result = await runCli(['check', file]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('bị hỏng');
    expect((await runCli(['init', file])).code).toBe(EXIT.badFile);
    expect(await fs.readFile(file)).toEqual(corruptZip());
  });

  it('a zip that is not a workbook', async () => {
    const file = path.join(dir, 'khac.xlsx');
    await writeExcelJsWorkbook(file, (wb) => wb.addWorksheet('A'));
    await withoutParts(file, ['xl/workbook.xml']);
    const result = await runCli(['check', file]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('không phải tệp Excel .xlsx');
  });

  it('a new file must be named .xlsx', async () => {
    const result = await runCli(['init', path.join(dir, 'moi.xls')]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('đuôi .xlsx');
  });
});

describe('parts a rewrite would lose', () => {
  it.each([
    ['a chart', MINIMAL_CHART_PARTS, 'biểu đồ (chart)'],
    ['a pivot table', MINIMAL_PIVOT_PARTS, 'bảng PivotTable'],
    ['a VBA project', { 'xl/vbaProject.bin': 'x' }, 'macro VBA'],
    ['an image', { 'xl/media/image1.png': 'x' }, 'hình ảnh (image)'],
  ])('%s: init and compute refuse and leave the file as it was', async (_label, parts, expected) => {
    const file = path.join(await tempDir(), 'bieudo.xlsx');
    await runCli(['init', file]);
    await withParts(file, parts as Record<string, string>);
    const bytes = await fs.readFile(file);
    for (const command of ['init', 'compute']) {
      const result = await runCli([command, file]);
      expect(result.code).toBe(EXIT.refused);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toContain('phần bổ trợ Tổng kết');
      expect(await fs.readFile(file)).toEqual(bytes);
    }
    // -o would not touch the input either, and writes nothing
    const out = path.join(path.dirname(file), 'ra.xlsx');
    expect((await runCli(['init', file, '-o', out])).code).toBe(EXIT.refused);
    await expect(fs.stat(out)).rejects.toThrow();
    // check only reads: it still works
    expect([0, 1]).toContain((await runCli(['check', file])).code);
  });
});

describe('what a rewrite keeps', () => {
  it('keeps cell notes, other defined names and other custom XML parts', async () => {
    const file = path.join(await tempDir(), 'giulai.xlsx');
    await writeExcelJsWorkbook(file, (workbook) => {
      const sheet = workbook.addWorksheet('Ghi chép');
      sheet.getCell('A1').value = 'Số liệu gốc';
      sheet.getCell('A1').note = 'Nguồn: Văn phòng Sở';
      sheet.getCell('B2').value = 5;
    });
    const original = await packageText(file, /^xl\/workbook\.xml$/);
    const workbookXml = original['xl/workbook.xml'].replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="TongGoc">SUM(&apos;Ghi chép&apos;!$B$2:$B$9)</definedName>' +
        '<definedName name="Rieng" localSheetId="0">&apos;Ghi chép&apos;!$B$2</definedName></definedNames>',
    );
    await withParts(file, {
      'xl/workbook.xml': workbookXml,
      'customXml/item1.xml': '<?xml version="1.0"?><khac xmlns="urn:other">giữ nguyên</khac>',
    });

    const result = await runCli(['init', file]);
    expect(result.code).toBe(0);
    const { document } = await loadWorkbookFile(file);
    expect(document.workbook.getWorksheet('Ghi chép')!.getCell('A1').note).toBe('Nguồn: Văn phòng Sở');
    const parts = await packageText(file, /^(xl\/workbook\.xml|customXml\/item\d+\.xml)$/);
    expect(parts['xl/workbook.xml']).toContain('<definedName name="TongGoc">SUM(&apos;Ghi chép&apos;!$B$2:$B$9)</definedName>');
    expect(parts['xl/workbook.xml']).toContain('<definedName name="Rieng" localSheetId="0">');
    expect(parts['xl/workbook.xml']).toContain('<definedName name="DonViBaoCao">');
    const items = Object.entries(parts).filter(([p]) => p.startsWith('customXml/'));
    expect(items.map(([, xml]) => xml).join()).toContain('giữ nguyên');
    expect(items.map(([, xml]) => xml).join()).toContain(`<formatVersion>${FORMAT_VERSION}</formatVersion>`);
    expect(readSnapshot(document).formatVersion).toBe(FORMAT_VERSION);
  });

  it('reads shared formulas, rich text, errors and merged cells as Excel shows them', async () => {
    const file = path.join(await tempDir(), 'o.xlsx');
    await writeExcelJsWorkbook(file, (workbook) => {
      const sheet = workbook.addWorksheet('Chỉ tiêu');
      sheet.getCell('A1').value = { richText: [{ text: 'KẾT ' }, { text: 'QUẢ', font: { bold: true } }] };
      sheet.mergeCells('A2:D2');
      sheet.getCell('A2').value = 'gộp';
      sheet.getRow(3).values = ['STT', 'Chỉ tiêu / nhiệm vụ', 'Kế hoạch', 'Thực hiện'];
      sheet.getCell('A4').value = { error: '#N/A' } as never;
      sheet.getCell('B4').value = { richText: [{ text: 'Cấp ' }, { text: 'GCN' }] };
      sheet.getCell('C4').value = 2;
      sheet.getCell('C5').value = 0;
      sheet.getCell('D4').value = { formula: 'C4*10', result: 20, shareType: 'shared', ref: 'D4:D5' } as never;
      sheet.getCell('D5').value = { sharedFormula: 'D4', result: 0 } as never;
    });
    const snapshot = readSnapshot((await loadWorkbookFile(file)).document);
    const table = snapshot.tables.find((t) => t.name === 'ChiTieu')!;
    expect(table).toMatchObject({ handTyped: true, headerRow: 2, firstColumn: 0 });
    expect(table.formulas).toEqual([
      ['#N/A', 'Cấp GCN', 2, '=C4*10'],
      [null, null, 0, '=C5*10'],
    ]);
    expect(table.values[0][3]).toBe(20);
    expect(table.values[1][3]).toBeNull(); // exceljs drops a cached 0
    expect(snapshot.usedExtents!['Chỉ tiêu']).toEqual({ rows: 5, columns: 4 });
  });
});

describe('writing the result', () => {
  it('a failed write leaves the target as it was and no temporary file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'nguon.xlsx');
    await runCli(['init', file]);
    const blocked = path.join(dir, 'thumuc.xlsx');
    await fs.mkdir(blocked);
    await fs.writeFile(path.join(blocked, 'giu.txt'), 'giữ');
    const result = await runCli(['init', file, '-o', blocked]);
    expect(result.code).toBe(EXIT.cannotWrite);
    expect(result.stderr).toContain(`Không ghi được tệp "${blocked}"`);
    expect(await fs.readFile(path.join(blocked, 'giu.txt'), 'utf8')).toBe('giữ');
    expect((await fs.readdir(dir)).sort()).toEqual(['nguon.xlsx', 'thumuc.xlsx']);
  });
});
