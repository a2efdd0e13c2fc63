/**
 * The computed workbook printed as a clerk would print it (LibreOffice's PDF export of the
 * file `tongket compute` wrote): A4 pages, one page wide, and a Tổng hợp of a few tidy
 * pages rather than six Letter pages with columns split.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { printToPdf } from '../helpers/libreoffice';
import { filledWorkbook, runCli, tempDir } from '../helpers/xlsxFixtures';

const NOW = new Date(2025, 11, 20, 9, 30);
const A4 = { short: 595.3, long: 841.9 };

function isA4(page: { width: number; height: number }): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - A4.short) < 1 && Math.abs(long - A4.long) < 1;
}

/** The workbook with every sheet but `keep` hidden: LibreOffice prints visible sheets only. */
async function onlySheet(file: string, keep: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of workbook.worksheets) sheet.state = sheet.name === keep ? 'visible' : 'hidden';
  workbook.views = [{ activeTab: workbook.worksheets.findIndex((s) => s.name === keep) } as ExcelJS.WorkbookView];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('printing the computed workbook (LibreOffice PDF)', () => {
  let file: string;

  beforeAll(async () => {
    const dir = await tempDir();
    const source = await filledWorkbook();
    file = path.join(dir, 'in.pdf.xlsx');
    fs.copyFileSync(source, file);
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(0);
  });

  it('prints Tổng hợp on at most three A4 landscape pages, one page wide', async () => {
    const { pages } = printToPdf(await onlySheet(file, SUMMARY_SHEET));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.every(isA4)).toBe(true);
    expect(pages.every((p) => p.width > p.height)).toBe(true); // landscape: the figure columns are wide
  });

  it('prints every sheet on A4, a wide table such as TTHC on a single page width', async () => {
    const all = printToPdf(fs.readFileSync(file));
    expect(all.pages.length).toBeGreaterThan(5);
    expect(all.pages.every(isA4)).toBe(true);
    const tthc = printToPdf(await onlySheet(file, 'TTHC'));
    // a handful of rows: without fitting, 22 columns would run over several pages side by side
    expect(tthc.pages).toHaveLength(1);
    expect(tthc.pages[0].width).toBeGreaterThan(tthc.pages[0].height);
  });
});
