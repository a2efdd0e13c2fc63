import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { SUMMARY_SHEET } from '../../src/domain/contract';
import { EXIT } from '../../src/cli/errors';
import { sheetParts } from '../../src/workbook/packagePaths';
import { addChartsToSheet, type DrawingExtra } from '../helpers/chartFixtures';
import { recalculate } from '../helpers/libreoffice';
import { packageProblems } from '../helpers/packageIntegrity';
import { MINIMAL_PIVOT_PARTS, runCli, tempDir, withParts } from '../helpers/xlsxFixtures';

const NOTE = 'Đã bỏ 2 biểu đồ trên trang "Tổng hợp" (tệp .xlsx do dòng lệnh ghi không vẽ được biểu đồ); mở sổ trong Excel và bấm "Tính tổng hợp" để vẽ lại.';

/** A workbook made by `init`, then charts added on `sheet` as Excel would leave them. */
async function workbookWithCharts(sheet: string, extra: DrawingExtra = 'none'): Promise<string> {
  const file = path.join(await tempDir(), 'bieudo.xlsx');
  await runCli(['init', file]);
  await addChartsToSheet(file, sheet, { extra });
  return file;
}

async function drawingParts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return Object.keys(zip.files).filter((name) => /^xl\/(charts|drawings|media)\//.test(name));
}

async function summarySheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const part = (await sheetParts(zip)).find((p) => p.name === SUMMARY_SHEET)!;
  return zip.file(part.path)!.async('string');
}

async function expectRefused(file: string, expected: string[]): Promise<void> {
  const bytes = await fs.readFile(file);
  const out = path.join(path.dirname(file), 'ra.xlsx');
  for (const args of [['compute', file], ['init', file], ['compute', file, '-o', out]]) {
    const result = await runCli(args);
    expect(result.code).toBe(EXIT.refused);
    for (const label of expected) expect(result.stderr).toContain(label);
    expect(result.stdout).toBe('');
    expect(await fs.readFile(file)).toEqual(bytes);
  }
  await expect(fs.stat(out)).rejects.toThrow();
}

describe('the charts "Tính tổng hợp" drew on "Tổng hợp"', () => {
  let file: string;
  let input: Buffer;
  let out: string;
  let stdout: string;

  beforeAll(async () => {
    file = await workbookWithCharts(SUMMARY_SHEET);
    input = await fs.readFile(file);
    out = path.join(path.dirname(file), 'ketqua.xlsx');
    const result = await runCli(['compute', file, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    stdout = result.stdout;
  });

  it('the fixture is a real chart: parts, relationships and content types all present', async () => {
    expect(await drawingParts(file)).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml']));
    expect(await summarySheetXml(file)).toContain('<drawing r:id=');
    expect(await packageProblems(file)).toEqual([]);
  });

  it('compute drops them, says so, and leaves the input as it was', async () => {
    expect(stdout).toContain(`Lưu ý:\n  - ${NOTE}`);
    expect(await fs.readFile(file)).toEqual(input);
  });

  it('the output has no chart or drawing part and nothing pointing at one', async () => {
    expect(await drawingParts(out)).toEqual([]);
    expect(await summarySheetXml(out)).not.toMatch(/<(\w+:)?drawing\b/);
    const types = await JSZip.loadAsync(await fs.readFile(out)).then((zip) => zip.file('[Content_Types].xml')!.async('string'));
    expect(types).not.toMatch(/drawing\+xml|chart\+xml|chartstyle|chartcolorstyle/);
    expect(await packageProblems(out)).toEqual([]);
  });

  it('the output computes again without a note: the charts are gone', async () => {
    const again = await runCli(['compute', out]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.stdout).not.toContain('Đã bỏ');
  });

  it('init accepts the workbook too, in place, with the same note', async () => {
    const other = await workbookWithCharts(SUMMARY_SHEET);
    const result = await runCli(['init', other]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain(NOTE);
    expect(await drawingParts(other)).toEqual([]);
    expect(await packageProblems(other)).toEqual([]);
  });

  it('check reads the workbook and leaves it alone', async () => {
    const result = await runCli(['check', file, '--json']);
    expect([EXIT.ok, EXIT.findings]).toContain(result.code);
    expect(JSON.parse(result.stdout)).toHaveProperty('counts');
    expect(await fs.readFile(file)).toEqual(input);
  });

  it('LibreOffice opens the output', async () => {
    const sheets = recalculate(await fs.readFile(out), [SUMMARY_SHEET, 'TTHC']);
    expect(sheets[SUMMARY_SHEET].length).toBeGreaterThan(0);
    expect(sheets.TTHC[2]).toContain('Lĩnh vực / Đơn vị');
  });
});

describe('drawings that are not ours are still refused', () => {
  const DRAWING = 'hình vẽ, hình ảnh hoặc biểu đồ đặt trên trang tính (drawing)';
  const CHART = 'biểu đồ (chart)';

  it('the same charts on "TTHC"', async () => {
    await expectRefused(await workbookWithCharts('TTHC'), [DRAWING, CHART]);
  });

  it('a picture beside the charts on "Tổng hợp"', async () => {
    await expectRefused(await workbookWithCharts(SUMMARY_SHEET, 'picture'), [DRAWING, 'hình ảnh (image)']);
  });

  it('a shape beside the charts on "Tổng hợp"', async () => {
    await expectRefused(await workbookWithCharts(SUMMARY_SHEET, 'shape'), [DRAWING, CHART]);
  });

  it('charts on "Tổng hợp" do not make a pivot table elsewhere acceptable', async () => {
    const file = await workbookWithCharts(SUMMARY_SHEET);
    await withParts(file, MINIMAL_PIVOT_PARTS);
    await expectRefused(file, ['bảng PivotTable']);
  });
});
