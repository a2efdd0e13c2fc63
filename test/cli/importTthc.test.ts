import { promises as fs } from 'fs';
import * as path from 'path';
import { TTHC } from '../../src/domain/contract/tables';
import type { CellValue } from '../../src/domain/snapshot';
import { EXIT } from '../../src/cli/errors';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { CIRCULAR_EXPORT, exportXlsx, FIELDS, type ExportLayout } from '../helpers/bieu06Exports';
import { editWorkbook, runCli, tempDir, typeRows } from '../helpers/xlsxFixtures';

const INPUTS = [
  'Lĩnh vực / Đơn vị',
  'Nhận trực tuyến',
  'Nhận trực tiếp, bưu chính',
  'Từ kỳ trước',
  'Giải quyết trước hạn',
  'Giải quyết đúng hạn',
  'Giải quyết quá hạn',
  'Đang giải quyết trong hạn',
  'Đang giải quyết quá hạn',
  'Trả lại, rút, tạm dừng',
  'Ghi chú',
];

/** The TTHC table's input cells, one record per data row, as a clerk reads them. */
async function tthcRows(file: string): Promise<Record<string, CellValue>[]> {
  const { document } = await loadWorkbookFile(file);
  const table = readSnapshot(document).tables.find((t) => t.name === TTHC.name)!;
  return table.values.map((row) => Object.fromEntries(INPUTS.map((h) => [h, row[table.headers.indexOf(h)] ?? null])));
}

async function sheetTexts(file: string, sheet: string): Promise<string> {
  const { document } = await loadWorkbookFile(file);
  const texts: string[] = [];
  document.workbook.getWorksheet(sheet)!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts.join('\n');
}

function expectedRow(f: (typeof FIELDS)[number], source = 'bieu06.xlsx'): Record<string, CellValue> {
  return {
    'Lĩnh vực / Đơn vị': f.name,
    'Nhận trực tuyến': f.online,
    'Nhận trực tiếp, bưu chính': f.inPerson + f.postal,
    'Từ kỳ trước': f.carriedOver,
    'Giải quyết trước hạn': f.early,
    'Giải quyết đúng hạn': f.onTime,
    'Giải quyết quá hạn': f.late,
    'Đang giải quyết trong hạn': f.pendingWithin,
    'Đang giải quyết quá hạn': f.pendingOverdue,
    'Trả lại, rút, tạm dừng': null,
    'Ghi chú': `Nhập từ Biểu 06 (${source})`,
  };
}

describe('tongket import-tthc', () => {
  let dir: string;
  let exportFile: string;
  beforeEach(async () => {
    dir = await tempDir();
    exportFile = path.join(dir, 'bieu06.xlsx');
    await fs.writeFile(exportFile, await exportXlsx(CIRCULAR_EXPORT));
  });

  async function writeExport(layout: ExportLayout, name = 'bieu06.xlsx'): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, await exportXlsx(layout));
    return file;
  }

  it('fills a new workbook\'s TTHC table with exactly the export\'s rows; importing again changes nothing', async () => {
    const workbook = path.join(dir, 'bao-cao.xlsx');
    const exportBytes = await fs.readFile(exportFile);
    const first = await runCli(['import-tthc', exportFile, '-o', workbook]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(EXIT.ok);
    expect(first.stdout).toContain('5 dòng số liệu, dòng "Tổng cộng" dùng để đối chiếu');
    expect(first.stdout).toContain('cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến → Nhận trực tuyến');
    expect(first.stdout).toContain('thêm 5 dòng, cập nhật 0 dòng, 0 dòng đã đúng số của biểu');
    const rows = await tthcRows(workbook);
    expect(rows).toEqual(FIELDS.map((f) => expectedRow(f)));

    // the computed columns of the new rows are the table's formulas
    const { document } = await loadWorkbookFile(workbook);
    const table = readSnapshot(document).tables.find((t) => t.name === TTHC.name)!;
    const received = table.headers.indexOf('Tổng số nhận');
    for (const row of table.formulas) expect(String(row[received])).toMatch(/^=SUM\(/);

    const again = await runCli(['import-tthc', exportFile, '-o', workbook]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.stdout).toContain('thêm 0 dòng, cập nhật 0 dòng, 5 dòng đã đúng số của biểu');
    expect(await tthcRows(workbook)).toEqual(rows);
    expect(await fs.readFile(exportFile)).toEqual(exportBytes);
  });

  it('replaces the rows it brought last time in place, keeps rows typed by hand and never overwrites them', async () => {
    const workbook = path.join(dir, 'bao-cao.xlsx');
    await runCli(['init', workbook]);
    await editWorkbook(workbook, (document) =>
      typeRows(document, TTHC.name, [
        { field: 'Lâm nghiệp', online: 10, inPerson: 2, carriedOver: 0, early: 5, onTime: 7, late: 0, pendingWithin: 0, pendingOverdue: 0 },
        { field: 'Thủy lợi', online: 1, inPerson: 1, carriedOver: 0, early: 1, onTime: 1, late: 0, pendingWithin: 0, pendingOverdue: 0, note: 'số của phòng' },
      ]),
    );
    const first = await runCli(['import-tthc', exportFile, '-o', workbook]);
    expect(first.code).toBe(EXIT.ok);
    expect(first.stdout).toContain('thêm 4 dòng');
    // the hand-typed "Thủy lợi" kept the export's row out, and says so
    const conflict = 'Không nhập dòng "Thủy lợi" của biểu: bảng TTHC đã có dòng "Thủy lợi" gõ tay (TTHC!B5)';
    expect(first.stdout).toContain(conflict);
    expect(await sheetTexts(workbook, 'Kiểm tra')).toContain(conflict);
    const changed = FIELDS.map((f, i) => (i === 1 ? { ...f, online: f.online + 20, early: f.early + 20 } : f)).slice(0, 4);
    const next = await writeExport({ ...CIRCULAR_EXPORT, rows: changed }, 'bieu06-thang12.xlsx');
    const result = await runCli(['import-tthc', next, '-o', workbook]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain('thêm 0 dòng, cập nhật 4 dòng, 0 dòng đã đúng số của biểu');
    const rows = await tthcRows(workbook);
    expect(rows.map((r) => r['Lĩnh vực / Đơn vị'])).toEqual(['Lâm nghiệp', 'Thủy lợi', 'Đất đai', 'Môi trường', 'Tài nguyên nước', 'Trồng trọt và bảo vệ thực vật']);
    expect(rows[0]['Nhận trực tuyến']).toBe(10);
    expect(rows[1]).toMatchObject({ 'Nhận trực tuyến': 1, 'Ghi chú': 'số của phòng' });
    expect(rows[3]).toEqual(expectedRow(changed[1], 'bieu06-thang12.xlsx'));
  });

  it('grows a table that shows its totals row: the totals row moves under the new rows', async () => {
    const workbook = path.join(dir, 'bao-cao.xlsx');
    await runCli(['init', workbook]);
    expect((await runCli(['compute', workbook])).code).toBe(EXIT.ok);
    expect((await runCli(['import-tthc', exportFile, '-o', workbook])).code).toBe(EXIT.ok);
    const { document } = await loadWorkbookFile(workbook);
    const table = readSnapshot(document).tables.find((t) => t.name === TTHC.name)!;
    expect(table.showTotals).toBe(true);
    expect(table.values.map((r) => r[1])).toEqual(FIELDS.map((f) => f.name));
    const totalsRow = document.workbook.getWorksheet('TTHC')!.getRow(table.headerRow + 1 + FIELDS.length + 1);
    expect(totalsRow.getCell(table.firstColumn + 1).value).toBe('Tổng cộng');
    expect(JSON.stringify(totalsRow.getCell(table.firstColumn + 3).value)).toContain('SUM(TTHC[[');
    const recomputed = await runCli(['compute', workbook]);
    expect(recomputed.code).toBe(EXIT.ok);
    expect(recomputed.stdout).not.toContain('Xung đột');
  });

  it('imports an export whose totals do not add up, exits 1 and writes the differences to "Kiểm tra"', async () => {
    const buggy = await writeExport({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 } }, 'bieu06-loi.xlsx');
    const workbook = path.join(dir, 'bao-cao.xlsx');
    const result = await runCli(['import-tthc', buggy, '-o', workbook]);
    expect(result.code).toBe(EXIT.findings);
    const message =
      'Dòng "Tổng cộng" (dòng 15 của biểu): cột (5) Số hồ sơ nhận giải quyết – Số mới tiếp nhận trực tuyến ghi 9.812, cộng 5 dòng số liệu được 9.811 (chênh +1).';
    expect(result.stdout).toContain(message);
    expect(await tthcRows(workbook)).toEqual(FIELDS.map((f) => expectedRow(f, 'bieu06-loi.xlsx')));
    const texts = await sheetTexts(workbook, 'Kiểm tra');
    expect(texts).toContain(message);
    expect(texts).toContain('[bieu06-loi.xlsx]Bieu06');
  });

  it('refuses an export it cannot map, naming the column, and writes nothing', async () => {
    const layout: ExportLayout = { ...CIRCULAR_EXPORT, columns: CIRCULAR_EXPORT.columns.filter((c) => c.path[1] !== 'Trả quá hạn') };
    const file = await writeExport(layout, 'thieu-cot.xlsx');
    const workbook = path.join(dir, 'bao-cao.xlsx');
    const result = await runCli(['import-tthc', file, '-o', workbook]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('Không tìm thấy cột "Số hồ sơ đã giải quyết – Quá hạn" trong biểu');
    await expect(fs.stat(workbook)).rejects.toThrow();
  });

  it('asks for an .xls export to be saved as .xlsx', async () => {
    const xls = path.join(dir, 'bieu06.xls');
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    await fs.writeFile(xls, Buffer.concat([header, Buffer.from('Workbook', 'utf16le'), Buffer.alloc(64)]));
    const result = await runCli(['import-tthc', xls, '-o', path.join(dir, 'bao-cao.xlsx')]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('Excel 97-2003 (.xls)');
    expect(result.stderr).toContain('lưu lại dưới dạng .xlsx');
  });

  it('needs the workbook to import into', async () => {
    const result = await runCli(['import-tthc', exportFile]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('tongket import-tthc BIEU06.xlsx -o SO.xlsx');
  });
});
