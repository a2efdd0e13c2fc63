/**
 * What the file adapter does to keep 100,000 loaded rows small must not change a cell: cells
 * of one style share one style object, so a change to one cell's style stays on that cell;
 * unstyled cells share one empty style, and still get the format their type needs when the
 * file is written (a date a date format, a number none); computed cells share their style.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/workbook/file';
import { setNumberFormat, applyStyle } from '../../src/workbook/styles';
import { tempDir, writeExcelJsWorkbook } from '../helpers/xlsxFixtures';

async function workbookWithStyles(): Promise<string> {
  const file = path.join(await tempDir(), 'kieu.xlsx');
  await writeExcelJsWorkbook(file, (workbook) => {
    const sheet = workbook.addWorksheet('Theo dõi');
    for (const address of ['A1', 'A2', 'A3']) {
      sheet.getCell(address).value = 'Việc';
      sheet.getCell(address).font = { italic: true };
    }
    sheet.getCell('B1').value = new Date(Date.UTC(2025, 5, 9));
    sheet.getCell('B2').value = 1234.5;
    sheet.getCell('B3').value = 'chữ';
  });
  return file;
}

async function reread(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet('Theo dõi')!;
}

describe('loaded cells kept small, each its own', () => {
  it('a style set on one cell stays on it, though cells of one style share the object exceljs loaded', async () => {
    const file = await workbookWithStyles();
    const { document } = await loadWorkbookFile(file);
    const sheet = document.workbook.getWorksheet('Theo dõi')!;
    expect(sheet.getCell('A1').style).toBe(sheet.getCell('A2').style); // shared as loaded
    sheet.getCell('A1').font = { bold: true };
    sheet.getRow(3).getCell(1).numFmt = '0.00';
    await saveWorkbookFile(document, file);

    const saved = await reread(file);
    expect([saved.getCell('A1').font?.bold, saved.getCell('A1').font?.italic]).toEqual([true, undefined]);
    expect(saved.getCell('A2').font).toMatchObject({ italic: true });
    expect(saved.getCell('A2').font?.bold).toBeUndefined();
    expect(saved.getCell('A3').numFmt).toBe('0.00');
    expect(saved.getCell('A2').numFmt).toBeUndefined();
  });

  it('unstyled cells share one style, and a date still gets a date format when written, a number none', async () => {
    const file = await workbookWithStyles();
    const { document } = await loadWorkbookFile(file);
    const sheet = document.workbook.getWorksheet('Theo dõi')!;
    expect(sheet.getCell('B2').style).toBe(sheet.getCell('B3').style);
    expect(Object.keys(sheet.getCell('B2').style)).toEqual([]);
    expect(() => {
      (sheet.getCell('B2').style as { numFmt?: string }).numFmt = '0%';
    }).toThrow(TypeError); // frozen: never changed for all
    sheet.getCell('B3').value = new Date(Date.UTC(2025, 11, 14)); // a date typed into an unstyled cell
    await saveWorkbookFile(document, file);

    const saved = await reread(file);
    expect(saved.getCell('B3').value).toEqual(new Date(Date.UTC(2025, 11, 14)));
    expect(saved.getCell('B3').numFmt).toBe('mm-dd-yy');
    expect(saved.getCell('B2').value).toBe(1234.5);
    expect(saved.getCell('B2').numFmt).toBeUndefined();
  });

  it('cells formatted alike share one style; a later change to one gives it its own', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tính');
    const [first, second] = [sheet.getCell('C2'), sheet.getCell('C3')];
    for (const cell of [first, second]) {
      setNumberFormat(cell, '#,##0');
      applyStyle(cell, 'computed');
    }
    expect(first.style).toBe(second.style);
    expect(first.style).toMatchObject({ numFmt: '#,##0', fill: { type: 'pattern', pattern: 'solid' } });
    applyStyle(first, 'label');
    expect(first.style.font?.bold).toBe(true);
    expect(second.style.font?.bold).toBeUndefined();
    expect(second.style).toMatchObject({ numFmt: '#,##0', fill: { type: 'pattern', pattern: 'solid' } });
  });
});
