import { computeSummary } from '../../src/excel/compute';
import { createTemplate } from '../../src/excel/setup';
import { COMPUTE_TIME, filledWorkbook } from '../helpers/computedSim';
import { installSim } from './simHost';

const now = () => COMPUTE_TIME;

async function protect(sheet: string, on: boolean): Promise<void> {
  await Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    if (on) protection.protect();
    else protection.unprotect();
    await context.sync();
  });
}

describe('a run that fails half-way', () => {
  it('compute stopped by a protected sheet loses no typed cell and completes when run again', async () => {
    const reference = await filledWorkbook();
    await computeSummary(undefined, now);
    const expected = reference.sim.workbook.snapshot();

    const { sim } = await filledWorkbook();
    const typed = sim.workbook.getCell('TTHC', 'D4').value;
    await protect('TTHC', true);
    await expect(computeSummary(undefined, now)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sim.workbook.getCell('TTHC', 'D4').value).toBe(typed);

    await protect('TTHC', false);
    await computeSummary(undefined, now);
    const resumed = sim.workbook.snapshot();
    // Same workbook as an uninterrupted run, protection history aside.
    expect(JSON.stringify({ ...resumed, sheets: resumed.sheets.map((s) => ({ ...s, charts: s.charts.length })) })).toBe(
      JSON.stringify({ ...expected, sheets: expected.sheets.map((s) => ({ ...s, charts: s.charts.length })) }),
    );
  });

  it('setup interrupted by a protected sheet finishes on the next click', async () => {
    const sim = installSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('TTHC');
      await context.sync();
    });
    await protect('TTHC', true);
    await expect(createTemplate()).rejects.toMatchObject({ code: 'AccessDenied' });
    await protect('TTHC', false);
    const outcome = await createTemplate();
    expect(outcome.conflicts).toEqual([]);
    expect(sim.workbook.tableNames()).toEqual(expect.arrayContaining(['TTHC', 'KhenThuong', 'DM_DanhHieu', 'KiemTra']));
    const again = await createTemplate();
    expect(again.created).toEqual([]);
  });
});

describe('on Excel 2019 (ExcelApi 1.7)', () => {
  it('creates, checks and computes without any API above 1.7', async () => {
    const { sim } = await filledWorkbook({ apiVersion: '1.7' });
    const outcome = await computeSummary(undefined, now);
    expect(outcome.mismatches).toEqual([]);
    expect(outcome.plan.summaryPlan.figures.length).toBeGreaterThan(20);
    expect(sim.workbook.dataValidations('TTHC')).toEqual([]);
  });
});
