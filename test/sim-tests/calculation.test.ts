/**
 * Calculation as Excel does it: after suspendApiCalculationUntilNextSync, formula values read
 * in the same request are those of the last calculation until application.calculate runs;
 * the next request calculates again. In manual mode (calculationMode, ExcelApi 1.8) values
 * stay stale across requests until calculate, or until the mode is automatic again.
 */
import { createSimulatedExcel } from '../sim';

const uninstalls: (() => void)[] = [];
afterEach(() => uninstalls.splice(0).forEach((u) => u()));

function workbook(apiVersion = '1.17') {
  const sim = createSimulatedExcel({ sheets: ['A'], apiVersion });
  uninstalls.push(sim.install());
  sim.workbook.setCell('A', 'A1', 1);
  sim.workbook.setCell('A', 'B1', '=A1*2');
  return sim;
}

type Context = Excel.RequestContext;
const sheet = (context: Context) => context.workbook.worksheets.getItem('A');

describe('API calculation suspended until the next sync', () => {
  test('values read after a write in the suspended request are stale; calculate brings them up to date', async () => {
    const sim = workbook();
    const read = await sim.Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      sheet(context).getRange('A1').values = [[5]];
      const stale = sheet(context).getRange('B1').load('values');
      context.application.calculate(Excel.CalculationType.recalculate);
      const fresh = sheet(context).getRange('B1').load('values');
      await context.sync();
      return { stale: stale.values[0][0], fresh: fresh.values[0][0] };
    });
    expect(read).toEqual({ stale: 2, fresh: 10 });
  });

  test('loads queued before the suspension read current values; the next request calculates again', async () => {
    const sim = workbook();
    const before = await sim.Excel.run(async (context) => {
      const first = sheet(context).getRange('B1').load('values');
      context.application.suspendApiCalculationUntilNextSync();
      sheet(context).getRange('A1').values = [[7]];
      await context.sync();
      return first.values[0][0];
    });
    expect(before).toBe(2);
    const after = await sim.Excel.run(async (context) => {
      const range = sheet(context).getRange('B1').load('values');
      await context.sync();
      return range.values[0][0];
    });
    expect(after).toBe(14);
  });

  test('a formula written while suspended shows the cell as it was until calculated', async () => {
    const sim = workbook();
    sim.workbook.setCell('A', 'C1', 'cũ');
    const read = await sim.Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      sheet(context).getRange('C1').formulas = [['=B1+1']];
      const stale = sheet(context).getRange('C1').load('values');
      await context.sync();
      return stale.values[0][0];
    });
    expect(read).toBe('cũ');
    expect(sim.workbook.getCell('A', 'C1').value).toBe(3);
  });

  test('a failed request ends the suspension too', async () => {
    const sim = workbook();
    sim.faults.arm({ sync: 1, mode: { kind: 'responseLost' } });
    await expect(
      sim.Excel.run(async (context) => {
        context.application.suspendApiCalculationUntilNextSync();
        sheet(context).getRange('A1').values = [[4]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sim.workbook.getCell('A', 'B1').value).toBe(8);
  });
});

describe('manual calculation mode', () => {
  test('values stay stale across requests until calculate, and follow again in automatic mode', async () => {
    const sim = workbook();
    const readB1 = () =>
      sim.Excel.run(async (context) => {
        const range = sheet(context).getRange('B1').load('values');
        await context.sync();
        return range.values[0][0];
      });
    await sim.Excel.run(async (context) => {
      context.application.calculationMode = Excel.CalculationMode.manual;
      await context.sync();
      sheet(context).getRange('A1').values = [[3]];
      await context.sync();
    });
    expect(await readB1()).toBe(2);
    sim.workbook.setCell('A', 'A1', 4); // typed by the user: not calculated either
    expect(await readB1()).toBe(2);
    await sim.Excel.run(async (context) => {
      context.application.calculate(Excel.CalculationType.recalculate);
      await context.sync();
    });
    expect(await readB1()).toBe(8);
    sim.workbook.setCell('A', 'A1', 6);
    expect(await readB1()).toBe(8);
    await sim.Excel.run(async (context) => {
      context.application.calculationMode = Excel.CalculationMode.automatic;
      await context.sync();
    });
    expect(await readB1()).toBe(12);
  });

  test('the mode cannot be set below ExcelApi 1.8', async () => {
    const sim = workbook('1.7');
    await expect(
      sim.Excel.run(async (context) => {
        context.application.calculationMode = Excel.CalculationMode.manual;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(sim.workbook.getCell('A', 'B1').value).toBe(2);
  });
});
