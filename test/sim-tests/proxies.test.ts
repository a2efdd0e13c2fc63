import { createSimulatedExcel } from '../sim';

describe('proxy semantics', () => {
  test('reading before load/sync throws PropertyNotLoaded; load+sync works', async () => {
    const sim = createSimulatedExcel({ sheets: ['TTHC'] });
    sim.workbook.setCell('TTHC', 'B3', 42);
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('TTHC').getRange('B3');
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      try {
        void range.address;
        throw new Error('should have thrown');
      } catch (e) {
        expect((e as OfficeExtension.Error).code).toBe('PropertyNotLoaded');
      }
      range.load('values,address');
      expect(() => range.values).toThrow(/not available/); // loaded but not synced
      await context.sync();
      expect(range.values).toEqual([[42]]);
      expect(range.address).toBe('TTHC!B3');
      expect(() => range.formulas).toThrow(/'formulas' is not available/);
    });
  });

  test('values set in a batch are visible after sync, and loads snapshot at their queue position', async () => {
    const sim = createSimulatedExcel({ sheets: ['Khen thưởng'] });
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Khen thưởng').getRange('A3:B4');
      range.values = [
        [1, 2],
        ['x', '=A3+B3'],
      ];
      const before = context.workbook.worksheets.getItem('Khen thưởng').getRange('A3');
      before.load('values');
      range.getCell(0, 0).values = [[10]];
      range.load('values, formulas, address, text, valueTypes, rowCount, columnCount');
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(range.values).toEqual([
        [10, 2],
        ['x', 12],
      ]);
      expect(range.formulas).toEqual([
        [10, 2],
        ['x', '=A3+B3'],
      ]);
      expect(range.address).toBe("'Khen thưởng'!A3:B4");
      expect(range.valueTypes).toEqual([
        ['Double', 'Double'],
        ['String', 'Double'],
      ]);
    });
  });

  test('a 2-D array of the wrong size is rejected with InvalidArgument; a scalar fills the range', async () => {
    const sim = createSimulatedExcel();
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A3').values = [[1], [2], [3]];
      sheet.getRange('B1:B3').formulas = '=A1*2' as unknown as string[][];
      await context.sync();
    });
    expect(sim.workbook.getCell('Sheet1', 'B3')).toMatchObject({ formula: '=A3*2', value: 6 });
  });

  test('getItem of a missing sheet rejects with ItemNotFound and debugInfo; earlier operations stay applied', async () => {
    const sim = createSimulatedExcel({ sheets: ['A'] });
    let caught: OfficeExtension.Error | undefined;
    try {
      await sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1').values = [['before']];
        const missing = context.workbook.worksheets.getItem('Không có');
        missing.load('name');
        context.workbook.worksheets.getItem('A').getRange('A2').values = [['after']];
        await context.sync();
      });
    } catch (e) {
      caught = e as OfficeExtension.Error;
    }
    expect(caught).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(caught?.code).toBe('ItemNotFound');
    expect(caught?.debugInfo.code).toBe('ItemNotFound');
    expect(caught?.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
    expect(sim.workbook.getCell('A', 'A1').value).toBe('before');
    expect(sim.workbook.getCell('A', 'A2').value).toBe('');
  });

  test('getItemOrNullObject gives isNullObject after sync, without load', async () => {
    const sim = createSimulatedExcel({ sheets: ['A'] });
    await sim.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('B');
      const present = context.workbook.worksheets.getItemOrNullObject('a');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('collections: items after load, getCount as ClientResult', async () => {
    const sim = createSimulatedExcel({ sheets: ['A', 'B'] });
    await sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add('C');
      const count = sheets.getCount();
      sheets.load('items/name,items/position');
      expect(() => sheets.items).toThrow(/'items'/);
      expect(() => count.value).toThrow(/'value'/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B', 'C']);
      expect(sheets.items[2].position).toBe(2);
      expect(count.value).toBe(3);
    });
  });

  test('adding an existing sheet name fails with ItemAlreadyExists', async () => {
    const sim = createSimulatedExcel({ sheets: ['A'] });
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('a');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  test('selection, active sheet and freeze panes are recorded', async () => {
    const sim = createSimulatedExcel({ sheets: ['A', 'B'] });
    await sim.Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem('B');
      b.freezePanes.freezeRows(2);
      b.getRange('C3:D4').select();
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      expect(selected.address).toBe('B!C3:D4');
      expect(active.name).toBe('B');
    });
    expect(sim.workbook.selection).toEqual({ sheet: 'B', address: 'B!C3:D4' });
    expect(sim.workbook.getFrozenRows('B')).toBe(2);
  });

  test('protect/unprotect are counted and locked cells refuse writes on a protected sheet', async () => {
    const sim = createSimulatedExcel({ sheets: ['A'] });
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('B1:B3').format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange('B2').values = [[5]];
      await context.sync();
    });
    expect(sim.counters.protectionToggles).toBe(1);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sim.workbook.getCell('A', 'B2').value).toBe(5);
  });

  test('install/uninstall put Excel, Office and OfficeExtension on the global object', async () => {
    const sim = createSimulatedExcel({ apiVersion: '1.8', displayLanguage: 'vi-VN' });
    const g = globalThis as Record<string, unknown>;
    const uninstall = sim.install();
    expect(g.Excel).toBe(sim.Excel);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(Office.context.displayLanguage).toBe('vi-VN');
    await expect(Office.onReady()).resolves.toMatchObject({ host: Office.HostType.Excel });
    const name = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe('Sheet1');
    uninstall();
    expect(g.Excel).toBeUndefined();
  });
});
