/**
 * A header typed a little differently still names its column; a column that is really gone
 * stops compute before anything is written (it would count zeros).
 */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
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

const OWN_SHEET = 'Số liệu riêng';

interface CliFinding {
  severity: string;
  sheet: string;
  cell: string;
  column: string;
  message: string;
  suggestion: string;
}

describe('headers typed with stray spaces, no-break spaces or other capitals', () => {
  let file: string;
  let stdout: string;
  let document: XlsxDocument;
  let checkBefore: CliFinding[];
  let before: Buffer;

  beforeAll(async () => {
    file = await filledWorkbook();
    await editWorkbook(file, (d) => {
      retypeHeader(d, 'GCN', 'Số GCN đã cấp', 'Số GCN đã cấp ');
      retypeHeader(d, 'GCN', 'Chỉ tiêu giao (GCN)', 'Chỉ tiêu\u00a0giao  (GCN)');
      retypeHeader(d, 'TTHC', 'Nhận trực tuyến', 'NHẬN TRỰC TUYẾN');
      // the clerk's own formulas, written (as Excel keeps them) with the header as typed
      const own = d.workbook.addWorksheet(OWN_SHEET);
      own.getCell('A1').value = { formula: 'SUM(GCN[Số GCN đã cấp ])' } as ExcelJS.CellFormulaValue;
      own.getCell('A2').value = { formula: 'INDEX(gcn[[#Data],[số gcn đã cấp ]],1)+TongGCN' } as ExcelJS.CellFormulaValue;
      own.getCell('A3').value = { formula: 'SUMPRODUCT(GCN[[Số GCN đã cấp ]:[Số thửa]])' } as ExcelJS.CellFormulaValue;
      own.getCell('A4').value = { formula: '"GCN[Số GCN đã cấp ]"' } as ExcelJS.CellFormulaValue;
      d.definedNamesXml.push('<definedName name="TongGCN">SUM(GCN[Số GCN đã cấp ])&gt;0</definedName>');
    });
    before = await fs.readFile(file);
    checkBefore = (JSON.parse((await runCli(['check', file, '--json'])).stdout) as { findings: CliFinding[] }).findings;
    const result = await runCli(['compute', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    stdout = result.stdout;
    document = (await loadWorkbookFile(file)).document;
  });

  it('check warns once per table at the first header typed differently, and finds no column missing', async () => {
    expect(checkBefore.filter((f) => f.message.includes('thiếu cột'))).toEqual([]);
    const spelling = checkBefore.filter((f) => f.message.includes('viết khác tên mẫu'));
    expect(spelling).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'TTHC', cell: 'D3', column: 'Nhận trực tuyến', message: expect.stringContaining('"NHẬN TRỰC TUYẾN"') }),
      expect.objectContaining({ severity: 'warning', sheet: 'GCN', cell: 'E3', column: 'Chỉ tiêu giao (GCN)', message: expect.stringContaining('có 2 tiêu đề cột viết khác tên mẫu') }),
    ]);
    expect(spelling.find((f) => f.sheet === 'GCN')!.message).toContain('"Số GCN đã cấp " (mẫu: "Số GCN đã cấp"; thừa khoảng trắng)');
    expect(spelling.find((f) => f.sheet === 'TTHC')!.suggestion).toContain('"Tính tổng hợp" hoặc "Tạo bảng mẫu" tự viết lại tiêu đề');
    // after compute, the headers are the template's: nothing left to say
    const after = (JSON.parse((await runCli(['check', file, '--json'])).stdout) as { findings: CliFinding[] }).findings;
    expect(after.filter((f) => f.message.includes('viết khác tên mẫu'))).toEqual([]);
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

  it("rewrites the clerk's own formulas and defined names naming a renamed column, as Excel would: same values", async () => {
    const own = document.workbook.getWorksheet(OWN_SHEET)!;
    const formula = (cell: string) => (own.getCell(cell).value as { formula: string }).formula;
    expect(formula('A1')).toBe('SUM(GCN[Số GCN đã cấp])');
    expect(formula('A2')).toBe('INDEX(gcn[[#Data],[Số GCN đã cấp]],1)+TongGCN');
    expect(formula('A3')).toBe('SUMPRODUCT(GCN[[Số GCN đã cấp]:[Số thửa]])');
    // a text constant is not a reference
    expect(formula('A4')).toBe('"GCN[Số GCN đã cấp ]"');
    const { definedNamesXml } = (await loadWorkbookFile(file)).document;
    expect(definedNamesXml).toContain('<definedName name="TongGCN">SUM(GCN[Số GCN đã cấp])&gt;0</definedName>');

    const valuesBefore = recalculate(before, [OWN_SHEET])[OWN_SHEET];
    const valuesAfter = recalculate(await fs.readFile(file), [OWN_SHEET])[OWN_SHEET];
    // 230 + 2200 + 2800 + 100 certificates; the first row's 230, plus TRUE (1) from the defined name
    expect(valuesBefore.slice(0, 2).map((r) => r[0])).toEqual(['5330', '231']);
    expect(valuesAfter.slice(0, 4).map((r) => r[0])).toEqual(valuesBefore.slice(0, 4).map((r) => r[0]));
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

describe('a formula inside the table naming a retyped column without the table name', () => {
  /**
   * The clerk's "Ghi chú" of every GCN row says how many certificates it counts, through the
   * short reference other writers store (`[@[Số GCN đã cấp ]]`, no table name). LibreOffice
   * does not read that form; Excel reads it as `GCN[[#This Row],[Số GCN đã cấp ]]`, the form
   * it stores itself — the control copy below holds that form, so LibreOffice gives the
   * values the clerk's formula means before compute.
   */
  const SHORT = '"Cấp "&[@[Số GCN đã cấp ]]';
  const STORED = '"Cấp "&GCN[[#This Row],[Số GCN đã cấp ]]';

  async function withNotes(formula: string): Promise<string> {
    const file = await filledWorkbook();
    await editWorkbook(file, (d) => {
      retypeHeader(d, 'GCN', 'Số GCN đã cấp', 'Số GCN đã cấp ');
      const table = findTable(d, 'GCN')!;
      const g = tableGeometry(table);
      const index = columnIndexOf(table, 'Ghi chú')!;
      for (let row = g.firstDataRow; row <= g.lastDataRow; row++) {
        cellAt(d.workbook.getWorksheet('GCN')!, row, g.firstColumn + index).value = { formula } as ExcelJS.CellFormulaValue;
      }
      table.columns[index].calculatedColumnFormula = formula;
      // the same form on a sheet of the clerk's own, outside any table: not a reference to GCN
      d.workbook.addWorksheet(OWN_SHEET).getCell('A1').value = { formula: SHORT } as ExcelJS.CellFormulaValue;
    });
    return file;
  }

  const notes = (grid: string[][]) => {
    const header = grid.findIndex((row) => row.includes('Ghi chú'));
    const column = grid[header].indexOf('Ghi chú');
    return grid.slice(header + 1, header + 1 + 4).map((row) => row[column]);
  };

  it('compute rewrites it in the cells and the calculated column: LibreOffice gives the same notes as before', async () => {
    const control = notes(recalculate(await fs.readFile(await withNotes(STORED)), ['GCN']).GCN);
    expect(control.every((t) => /^Cấp \d+$/.test(t))).toBe(true);

    const file = await withNotes(SHORT);
    const result = await runCli(['compute', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);

    expect(notes(recalculate(await fs.readFile(file), ['GCN']).GCN)).toEqual(control);
    expect((await tablePart(file, 'GCN'))!.calculated['Ghi chú']).toBe('"Cấp "&GCN[[#This Row],[Số GCN đã cấp]]');
    const { document } = await loadWorkbookFile(file);
    expect((document.workbook.getWorksheet(OWN_SHEET)!.getCell('A1').value as { formula: string }).formula).toBe(SHORT);
  });
});
