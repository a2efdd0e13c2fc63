/**
 * A header typed a little differently still names its column; a column that is really gone
 * stops compute before anything is written (it would count zeros).
 */
import { promises as fs } from 'fs';
import { SUMMARY_SHEET } from '../../src/domain/contract';
import { findTable, type XlsxDocument } from '../../src/workbook/document';
import { loadWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { cellAt } from '../../src/workbook/applyPlan';
import { columnIndexOf, tableGeometry } from '../../src/workbook/tableGeometry';
import { EXIT } from '../../src/cli/errors';
import { recalculate } from '../helpers/libreoffice';
import { editWorkbook, filledWorkbook, runCli, tablePart } from '../helpers/xlsxFixtures';

/** Retypes a header cell as a clerk would; Excel renames the table column with it. */
function retypeHeader(document: XlsxDocument, tableName: string, header: string, typed: string): void {
  const table = findTable(document, tableName)!;
  const index = columnIndexOf(table, header)!;
  const g = tableGeometry(table);
  cellAt(document.workbook.getWorksheet(table.sheet)!, g.headerRow, g.firstColumn + index).value = typed;
  table.columns[index].name = typed;
}

function summaryText(document: XlsxDocument): string {
  const texts: string[] = [];
  document.workbook.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
  return texts.join('\n');
}

describe('headers typed with stray spaces, no-break spaces or other capitals', () => {
  let file: string;
  let stdout: string;
  let document: XlsxDocument;

  beforeAll(async () => {
    file = await filledWorkbook();
    await editWorkbook(file, (d) => {
      retypeHeader(d, 'GCN', 'Số GCN đã cấp', 'Số GCN đã cấp ');
      retypeHeader(d, 'GCN', 'Chỉ tiêu giao (GCN)', 'Chỉ tiêu\u00a0giao  (GCN)');
      retypeHeader(d, 'TTHC', 'Nhận trực tuyến', 'NHẬN TRỰC TUYẾN');
    });
    const check = await runCli(['check', file, '--json']);
    expect((JSON.parse(check.stdout) as { findings: { message: string }[] }).findings.filter((f) => f.message.includes('thiếu cột'))).toEqual([]);
    const result = await runCli(['compute', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    stdout = result.stdout;
    document = (await loadWorkbookFile(file)).document;
  });

  it('counts the certificates (no false zero in the draft paragraph)', () => {
    // 230 + 2200 + 2800 + 100 certificates against 300 + 2000 + 2700 targeted
    expect(summaryText(document)).toContain('5.330 giấy chứng nhận');
    expect(summaryText(document)).not.toMatch(/cấp 0 giấy chứng nhận/);
  });

  it('writes the headers back in the contract spelling and says so', async () => {
    expect(stdout).toContain('Tiêu đề cột "Số GCN đã cấp " của bảng ở trang "GCN" viết lại đúng mẫu: "Số GCN đã cấp"');
    const part = await tablePart(file, 'GCN');
    expect(part!.columns).toContain('Số GCN đã cấp');
    expect(part!.columns).toContain('Chỉ tiêu giao (GCN)');
    expect((await tablePart(file, 'TTHC'))!.columns).toContain('Nhận trực tuyến');
    const gcn = readSnapshot(document).tables.find((t) => t.name === 'GCN')!;
    expect(gcn.headers).toContain('Số GCN đã cấp');
  });

  it('writes formulas LibreOffice can evaluate (no #NAME? over a renamed column)', async () => {
    const recalculated = recalculate(await fs.readFile(file), ['GCN', SUMMARY_SHEET]);
    const cells = [...recalculated.GCN.flat(), ...recalculated[SUMMARY_SHEET].flat()];
    expect(cells.filter((t) => /^#(NAME|REF)/.test(t))).toEqual([]);
    // the achievement rate of the first row: 230 ÷ 300
    const rate = recalculated.GCN[3][8];
    expect(rate.endsWith('%') && Number(rate.slice(0, -1)) / 100).toBeCloseTo(230 / 300, 9);
  });
});

describe('a contract column that is not there', () => {
  it('is an error for check and stops compute before anything is written (exit 2)', async () => {
    const file = await filledWorkbook();
    await editWorkbook(file, (d) => retypeHeader(d, 'GCN', 'Số GCN đã cấp', 'Số GCN cấp'));
    const bytes = await fs.readFile(file);

    const check = await runCli(['check', file, '--json']);
    const findings = (JSON.parse(check.stdout) as { findings: { severity: string; sheet: string; cell: string; column: string }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'GCN', cell: 'A3', column: 'Số GCN đã cấp' }));
    expect(check.code).toBe(EXIT.findings);

    const compute = await runCli(['compute', file]);
    expect(compute.code).toBe(EXIT.refused);
    expect(compute.stdout).toContain('Không tính tổng hợp và không ghi tệp nào');
    expect(compute.stdout).toContain('GCN!A3: Bảng ở trang "GCN" thiếu cột "Số GCN đã cấp"');
    expect(await fs.readFile(file)).toEqual(bytes);
  });

  it('is no matter when the column is optional ("Đơn vị báo cáo"): compute goes on', async () => {
    const file = await filledWorkbook();
    await editWorkbook(file, (d) => retypeHeader(d, 'GCN', 'Đơn vị báo cáo', 'Nguồn số liệu'));
    const check = await runCli(['check', file, '--json']);
    expect((JSON.parse(check.stdout) as { findings: { column: string }[] }).findings.filter((f) => f.column === 'Đơn vị báo cáo')).toEqual([]);
    const compute = await runCli(['compute', file]);
    expect(compute.code).toBe(EXIT.ok);
    expect(summaryText((await loadWorkbookFile(file)).document)).toContain('5.330 giấy chứng nhận');
  });
});
