import { createSimulatedExcel, type FaultMode } from '../sim';

/** Writes A1, A2, A3 and loads A1:A3 in one request whose sync is made to fail with `mode`. */
async function failedWrite(mode: FaultMode) {
  const sim = createSimulatedExcel();
  sim.faults.arm({ sync: 1, mode });
  let loaded: unknown = 'not delivered';
  const outcome = await sim.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [[1]];
    sheet.getRange('A2').values = [[2]];
    sheet.getRange('A3').values = [[3]];
    const range = sheet.getRange('A1:A3').load('values');
    await context.sync();
    loaded = range.values;
  }).catch((error: { code: string }) => error.code);
  const cells = ['A1', 'A2', 'A3'].map((a) => sim.workbook.getCell('Sheet1', a).value);
  return { outcome, cells, loaded };
}

describe('fault injection', () => {
  test('a lost request applies nothing', async () => {
    expect(await failedWrite({ kind: 'requestLost' })).toEqual({ outcome: 'GeneralException', cells: ['', '', ''], loaded: 'not delivered' });
  });

  test('a lost response applies everything and delivers nothing', async () => {
    expect(await failedWrite({ kind: 'responseLost' })).toEqual({ outcome: 'GeneralException', cells: [1, 2, 3], loaded: 'not delivered' });
  });

  test('a partly applied request keeps the actions before the failing one', async () => {
    expect(await failedWrite({ kind: 'partial', applied: 2 })).toEqual({ outcome: 'GeneralException', cells: [1, 2, ''], loaded: 'not delivered' });
  });

  test('the fault strikes the chosen sync only, counted from when it was armed', async () => {
    const sim = createSimulatedExcel();
    const write = (value: number) =>
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[value]];
        await context.sync();
      });
    await write(1);
    sim.faults.arm({ sync: 2, mode: { kind: 'requestLost' } });
    await write(2);
    expect(sim.faults.pending).toBe(true);
    await expect(write(3)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sim.faults.pending).toBe(false);
    await write(4);
    expect(sim.workbook.getCell('Sheet1', 'A1').value).toBe(4);
  });

  test('requests record which actions change the workbook', async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').load('values');
      sheet.getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(sim.counters.requests[0].changes).toEqual([1]);
  });
});

describe('fork', () => {
  test('gives an independent copy with the same contents, tables and formulas', async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B3').values = [['Số', 'Gấp đôi'], [2, null], [5, null]];
      const table = sheet.tables.add('A1:B3', true);
      table.name = 'T';
      table.columns.getItem('Gấp đôi').getDataBodyRange().formulas = [['=[@Số]*2'], ['=[@Số]*2']];
      await context.sync();
    });
    const copy = sim.fork();
    expect(copy.workbook.snapshot()).toEqual(sim.workbook.snapshot());
    copy.workbook.setCell('Sheet1', 'A2', 10);
    expect(copy.workbook.getCell('Sheet1', 'B2').value).toBe(20);
    expect(sim.workbook.getCell('Sheet1', 'B2').value).toBe(4);
  });
});
