import ExcelJS from 'exceljs';
import { overwrite } from '../../src/workbook/sharedFormula';

describe('overwriting the master of a shared formula', () => {
  it('gives its clones their own formulas, which survive a write and a read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('A');
    sheet.getCell('A1').value = { formula: 'B1*2', result: 2, shareType: 'shared', ref: 'A1:A3' } as never;
    sheet.getCell('A2').value = { sharedFormula: 'A1', result: 4 } as never;
    sheet.getCell('A3').value = { sharedFormula: 'A1', result: 6 } as never;
    overwrite(sheet.getCell('A1'), 'đã gõ');

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const again = reread.getWorksheet('A')!;
    expect(again.getCell('A1').value).toBe('đã gõ');
    expect(again.getCell('A2').formula).toBe('B2*2');
    expect(again.getCell('A3').formula).toBe('B3*2');
    expect(again.getCell('A3').result).toBe(6);
  });
});
