import { computeSummary } from '../../src/excel/compute';
import { checkData } from '../../src/excel/check';
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

describe('a request that fails part-way (issue 7, failure 3)', () => {
  /** Runs setup with its write request cut after `share` of its actions, then runs it again. */
  async function setupCutAt(share: number) {
    const probe = installSim();
    await createTemplate();
    const write = probe.counters.requests.length;
    const actions = probe.counters.requests[write - 1].operations;
    probe.uninstall();
    const sim = installSim();
    sim.faults.arm({ sync: write, mode: { kind: 'partial', applied: Math.floor(actions * share) } });
    await expect(createTemplate()).rejects.toMatchObject({ code: 'GeneralException' });
    return { sim, again: await createTemplate() };
  }

  it('setup cut after 75% of its writes finishes the GCN table on the next click', async () => {
    const { sim, again } = await setupCutAt(0.75);
    expect(again.conflicts).toEqual([]);
    expect(sim.workbook.tableNames()).toEqual(expect.arrayContaining(['GCN', 'ChiTieu', 'KiemTra']));
  });

  it('setup cut after 50% of its writes gets its frozen header, widths and number formats on the next click', async () => {
    const { sim, again } = await setupCutAt(0.5);
    expect(again.conflicts).toEqual([]);
    for (const sheet of ['Khen thưởng', 'TTHC', 'GCN', 'Chỉ tiêu']) expect(sim.workbook.getFrozenRows(sheet)).toBe(3);
    expect(sim.workbook.columnWidth('GCN', 'B')).toBeGreaterThan(0);
    expect(sim.workbook.getCell('GCN', 'H4').numberFormat).not.toBe('General');
  });

  it('check cut right after adding a highlight rule leaves no rule behind', async () => {
    const { sim } = await filledWorkbook();
    const start = sim.fork();
    const before = sim.counters.requests.length;
    await checkData(undefined, now);
    const writeSync = sim.counters.requests.length - before;
    const expected = sim.workbook.conditionalFormats('Khen thưởng');
    const write = sim.counters.requests[sim.counters.requests.length - 1];
    const added = write.members.indexOf('ConditionalFormatCollection.add');
    expect(added).toBeGreaterThan(0);

    start.install();
    for (let run = 0; run < 3; run++) {
      start.faults.arm({ sync: writeSync, mode: { kind: 'partial', applied: added + 1 } });
      await expect(checkData(undefined, now)).rejects.toMatchObject({ code: 'GeneralException' });
    }
    await checkData(undefined, now);
    expect(start.workbook.conditionalFormats('Khen thưởng')).toEqual(expected);
  });
});
