import { DATA_TABLES } from '../../src/domain/contract';
import { CATALOGUE_SHEET } from '../../src/domain/contract/catalogues';
import { INFO_SHEET } from '../../src/domain/contract/header';
import { CHECK_SHEET, SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { computeSummary } from '../../src/excel/compute';
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
