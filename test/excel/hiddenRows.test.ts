import { checkData } from '../../src/excel/check';
import { computeSummary } from '../../src/excel/compute';
import { createTemplate } from '../../src/excel/setup';
import { findingText } from '../../src/taskpane/findingText';
import { REALISTIC_ROWS } from '../helpers/realisticRows';
import { columnOf, fillTable, firstDataRow, typeHeader } from '../helpers/simTables';
import { installSim, tableInfo, type Sim } from './simHost';

/**
 * Hidden rows and filters on the simulated Excel: the check says so at the table's header,
 * in the same three syncs; "Tính tổng hợp" surfaces it too. The rows are read with
 * Range.rowHidden and getVisibleView (ExcelApi 1.2/1.3), the filter with table.autoFilter
 * where ExcelApi 1.9 allows.
 */

const now = () => new Date(2025, 11, 20, 14, 30);

async function filledWorkbook(apiVersion: string): Promise<Sim> {
  const sim = installSim({ apiVersion });
  await createTemplate();
  typeHeader(sim);
  for (const [table, rows] of Object.entries(REALISTIC_ROWS)) await fillTable(sim, table, rows);
  return sim;
}

const hiddenFindings = <F extends { rule: string }>(findings: readonly F[]) => findings.filter((f) => f.rule === 'structure.hiddenRows');

describe('hidden rows and filters (Office.js adapter)', () => {
  it('a workbook with nothing hidden has no such finding', async () => {
    await filledWorkbook('1.17');
    const outcome = await checkData(undefined, now);
    expect(hiddenFindings(outcome.findings)).toEqual([]);
  });

  it('rows hidden by hand: a warning at the header cell naming the sheet and the number of rows, in three syncs', async () => {
    const sim = await filledWorkbook('1.7');
    const first = firstDataRow(sim, 'TTHC');
    const clean = await checkData(undefined, now);
    sim.workbook.hideRows('TTHC', [first, first + 2]);
    const outcome = await checkData(undefined, now);
    expect(hiddenFindings(outcome.findings)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'TTHC',
        cell: `A${first - 1}`,
        message: 'Bảng ở trang "TTHC" có 2 dòng đang ẩn: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả 2 dòng này.',
      }),
    ]);
    // the pane in English renders the same finding from its message
    expect(findingText(hiddenFindings(outcome.findings)[0], 'en').message).toBe(
      '2 rows are hidden in the table on sheet "TTHC": the "Tổng cộng" row and sheet "Tổng hợp" still add them.',
    );
    expect(outcome.syncs).toBe(clean.syncs);
    expect(outcome.syncs).toBe(3);
  });

  it('every row of a table hidden counts them all', async () => {
    const sim = await filledWorkbook('1.17');
    const first = firstDataRow(sim, 'GCN');
    const count = REALISTIC_ROWS.GCN.length;
    sim.workbook.hideRows('GCN', Array.from({ length: count }, (_, i) => first + i));
    const outcome = await checkData(undefined, now);
    expect(hiddenFindings(outcome.findings).map((f) => f.message)).toEqual([
      `Bảng ở trang "GCN" có ${count} dòng đang ẩn: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả ${count} dòng này.`,
    ]);
  });

  it('a filter (ExcelApi 1.9) is named as such; compute surfaces the finding and totals every row', async () => {
    const sim = await filledWorkbook('1.17');
    sim.workbook.filterTable('KhenThuong', [0]);
    const outcome = await checkData(undefined, now);
    expect(hiddenFindings(outcome.findings)).toEqual([
      expect.objectContaining({
        sheet: 'Khen thưởng',
        message: 'Bảng ở trang "Khen thưởng" đang lọc, ẩn 1 dòng: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả 1 dòng này.',
      }),
    ]);
    expect(findingText(hiddenFindings(outcome.findings)[0], 'en').message).toBe(
      'The table on sheet "Khen thưởng" is filtered, hiding 1 row: the "Tổng cộng" row and sheet "Tổng hợp" still add it.',
    );
    const computed = await computeSummary(undefined, now);
    expect(hiddenFindings(computed.plan.validation.findings)).toHaveLength(1);
    expect(computed.mismatches).toEqual([]);
    // The totals row sums every row, the hidden one included, with SUM (not SUBTOTAL).
    const totals = tableInfo(sim, 'KhenThuong').totalsAddress!;
    const row = Number(/(\d+)$/.exec(totals)![1]);
    const column = columnOf(sim, 'KhenThuong', 'Số lượng');
    const cell = sim.workbook.getCell('Khen thưởng', `${column}${row}`);
    expect(cell.formula).toBe('=SUM(KhenThuong[[Số lượng]])');
    expect(cell.value).toBe(REALISTIC_ROWS.KhenThuong.reduce((sum, r) => sum + Number(r.quantity ?? 0), 0));
  });

  it('the simulator enforces load before read of what the adapter reads', async () => {
    await filledWorkbook('1.17');
    await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem('TTHC').getDataBodyRange();
      const view = body.getVisibleView();
      const filter = context.workbook.tables.getItem('TTHC').autoFilter;
      await context.sync();
      expect(() => body.rowHidden).toThrow(/is not available/);
      expect(() => view.rowCount).toThrow(/is not available/);
      expect(() => filter.isDataFiltered).toThrow(/is not available/);
    });
  });

  it('table.autoFilter is refused below ExcelApi 1.9, as an old host does', async () => {
    await filledWorkbook('1.7');
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.getItem('TTHC').autoFilter.load('isDataFiltered');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
