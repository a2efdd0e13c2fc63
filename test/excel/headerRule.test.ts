/**
 * The add-in reads headers by the contract's one rule: a stray space does not hide a column,
 * and a column that is really gone stops "Tính tổng hợp" before anything is written.
 */
import { TTHC } from '../../src/domain/contract';
import { SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { checkData } from '../../src/excel/check';
import { computeSummary } from '../../src/excel/compute';
import { COMPUTE_TIME, filledWorkbook } from '../helpers/computedSim';
import { columnOf } from '../helpers/simTables';
import { tableInfo } from './simHost';

const now = () => COMPUTE_TIME;

describe('Kiểm tra dữ liệu with headers typed differently', () => {
  it('warns once per table, at the first header typed differently, naming each typed header and the template spelling; errors at the header row when a column is gone', async () => {
    const { sim } = await filledWorkbook();
    const issued = columnOf(sim, 'GCN', 'Số GCN đã cấp');
    const target = columnOf(sim, 'GCN', 'Chỉ tiêu giao (GCN)');
    sim.workbook.setCell('GCN', `${issued}3`, 'Số GCN đã cấp ');
    sim.workbook.setCell('GCN', `${target}3`, 'Chỉ tiêu\u00a0giao (GCN)');
    const returned = TTHC.columns.find((c) => c.key === 'returned')!.header;
    sim.workbook.setCell('TTHC', `${columnOf(sim, 'TTHC', returned)}3`, 'Hồ sơ trả lại');

    const outcome = await checkData(undefined, now);

    const spelling = outcome.findings.filter((f) => f.rule === 'structure.headerSpelling');
    expect(spelling).toEqual([
      expect.objectContaining({
        severity: 'warning', sheet: 'GCN', cell: `${[issued, target].sort()[0]}3`,
        message: expect.stringContaining('Bảng ở trang "GCN" có 2 tiêu đề cột viết khác tên mẫu'),
        suggestion: expect.stringContaining('"Tính tổng hợp"'),
      }),
    ]);
    expect(spelling[0].message).toContain('"Số GCN đã cấp " (mẫu: "Số GCN đã cấp"; thừa khoảng trắng)');
    expect(spelling[0].message).toContain('(mẫu: "Chỉ tiêu giao (GCN)"; có khoảng trắng đặc biệt hoặc xuống dòng)');
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'structure.columnMissing', sheet: 'TTHC', cell: 'A3', column: returned }),
    );
  });
});

describe('Tính tổng hợp with headers typed differently', () => {
  it('computes over a header with a trailing space and a no-break space, and writes them back in the contract spelling', async () => {
    const { sim } = await filledWorkbook();
    const issued = columnOf(sim, 'GCN', 'Số GCN đã cấp');
    const target = columnOf(sim, 'GCN', 'Chỉ tiêu giao (GCN)');
    sim.workbook.setCell('GCN', `${issued}3`, 'Số GCN đã cấp ');
    sim.workbook.setCell('GCN', `${target}3`, 'Chỉ tiêu\u00a0giao (GCN)');
    expect(tableInfo(sim, 'GCN').headers).toContain('Số GCN đã cấp ');

    const outcome = await computeSummary(undefined, now);

    expect(outcome.plan.refused).toEqual([]);
    // the check written by compute describes the workbook as compute leaves it: headers in the template spelling
    expect(outcome.plan.validation.findings.filter((f) => f.rule === 'structure.headerSpelling')).toEqual([]);
    expect(tableInfo(sim, 'GCN').headers).toEqual(expect.arrayContaining(['Số GCN đã cấp', 'Chỉ tiêu giao (GCN)']));
    const issuedFigure = outcome.plan.summaryPlan.figures.find((f) => f.key === 'gcn.total.issued')!;
    expect(issuedFigure.expected).toBeGreaterThan(0);
    expect(sim.workbook.getCell(SUMMARY_SHEET, issuedFigure.address).value).toBe(issuedFigure.expected);
    expect(outcome.mismatches).toEqual([]);
  });

  it('refuses, writing nothing, when a column the figures need is gone', async () => {
    const { sim } = await filledWorkbook();
    sim.workbook.setCell('GCN', `${columnOf(sim, 'GCN', 'Số GCN đã cấp')}3`, 'Số GCN cấp');
    const before = JSON.stringify(sim.workbook.snapshot());
    sim.counters.reset();

    const outcome = await computeSummary(undefined, now);

    expect(outcome.plan.refused).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'GCN', cell: 'A3', column: 'Số GCN đã cấp', message: expect.stringContaining('thiếu cột "Số GCN đã cấp"') }),
    ]);
    expect(JSON.stringify(sim.workbook.snapshot())).toBe(before);
    expect(sim.counters.syncs).toBe(outcome.syncs);
  });
});
