import { DATA_TABLES } from '../../src/domain/contract';
import { CATALOGUE_SHEET } from '../../src/domain/contract/catalogues';
import { INFO_SHEET } from '../../src/domain/contract/header';
import { CHECK_SHEET, SUMMARY_SHEET } from '../../src/domain/contract/layout';
import ExcelJS from 'exceljs';
import { computeSummary } from '../../src/excel/compute';
import { createTemplate } from '../../src/excel/setup';
import { toXlsx } from '../sim/xlsx';
import { installSim } from './simHost';
import { COMPUTE_TIME, filledWorkbook } from '../helpers/computedSim';

const now = () => COMPUTE_TIME;
const CONTRACT_SHEETS = [INFO_SHEET, ...DATA_TABLES.map((t) => t.sheet), SUMMARY_SHEET, CHECK_SHEET, CATALOGUE_SHEET];

describe('Tính tổng hợp lays every sheet out for A4 printing (simulated Excel)', () => {
  it('on ExcelApi 1.9+: A4, one page wide, header rows repeated, footer with the unit and page numbers', async () => {
    const { sim } = await filledWorkbook({ apiVersion: '1.17' });
    const unit = String(sim.workbook.getCell(INFO_SHEET, 'B3').value);
    expect(unit.length).toBeGreaterThan(0);
    await computeSummary(undefined, now);
    for (const sheet of CONTRACT_SHEETS) {
      const layout = sim.workbook.pageLayout(sheet);
      expect({ sheet, paper: layout.paperSize, zoom: layout.zoom }).toEqual({ sheet, paper: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
      expect(layout.footer).toEqual({ left: unit.replace(/&/g, '&&'), center: 'Trang &P/&N', right: sheet });
      // NĐ 30/2020: left margin 30 mm, wider than the right one (15 mm)
      expect(layout.margins.left).toBeCloseTo(85, 0);
      expect(layout.margins.right).toBeCloseTo(43, 0);
    }
    expect(sim.workbook.pageLayout('TTHC')).toMatchObject({ orientation: 'Landscape', printTitleRows: '3:3' });
    expect(sim.workbook.pageLayout(CHECK_SHEET).printTitleRows).toBe('6:6');
    const summary = sim.workbook.pageLayout(SUMMARY_SHEET);
    // The charts beside the figures stay on screen; the printed page holds the figure columns.
    expect(summary.printArea).toMatch(/^A1:G\d+$/);
    const lastRow = Number(/\d+$/.exec(summary.printArea ?? '')?.[0]);
    expect(String(sim.workbook.getCell(SUMMARY_SHEET, `A${lastRow - 1}`).value)).toBe('NGƯỜI LẬP BIỂU');
    expect(String(sim.workbook.getCell(SUMMARY_SHEET, `C${lastRow - 1}`).value)).toBe('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('on Excel 2019 (ExcelApi 1.7) computes all the same and leaves the print settings alone', async () => {
    const { sim } = await filledWorkbook({ apiVersion: '1.7' });
    const outcome = await computeSummary(undefined, now);
    expect(outcome.mismatches).toEqual([]);
    expect(sim.workbook.pageLayout('TTHC')).toMatchObject({ paperSize: 'Letter', printTitleRows: null });
    expect(String(sim.workbook.getCell(SUMMARY_SHEET, 'A1').value)).toContain('TỔNG HỢP');
  });
});

describe('Tạo bảng mẫu alone lays the sheets it creates out for A4 (simulated Excel)', () => {
  it('sets A4, one page wide, the header rows and the footer; the exported .xlsx keeps them', async () => {
    const sim = installSim({ apiVersion: '1.17' });
    await createTemplate();
    for (const sheet of CONTRACT_SHEETS.filter((s) => s !== SUMMARY_SHEET)) {
      const layout = sim.workbook.pageLayout(sheet);
      expect({ sheet, paper: layout.paperSize, zoom: layout.zoom, center: layout.footer.center }).toEqual({
        sheet,
        paper: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        center: 'Trang &P/&N',
      });
    }
    expect(sim.workbook.pageLayout('TTHC')).toMatchObject({ orientation: 'Landscape', printTitleRows: '3:3' });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(sim.workbook)) as unknown as ArrayBuffer);
    const tthc = book.getWorksheet('TTHC')!;
    expect(tthc.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(tthc.headerFooter.oddFooter).toContain('&CTrang &P/&N');
  });

  it('a second run leaves the print settings the clerk changed alone', async () => {
    const sim = installSim({ apiVersion: '1.17' });
    await createTemplate();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('TTHC').pageLayout.orientation = 'Portrait';
      await context.sync();
    });
    await createTemplate();
    expect(sim.workbook.pageLayout('TTHC').orientation).toBe('Portrait');
  });
});
