/**
 * The styles the file adapter's writers share between cells (styles.ts) stay safe with
 * exceljs's own style setters, whoever loads the writers: this file imports them alone.
 */
import ExcelJS from 'exceljs';
import { setNumberFormat } from '../../src/workbook/styles';

describe('a style shared by the writers', () => {
  it('a setter on one cell gives that cell its own style; the others keep theirs', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Tính');
    const [a, b] = [sheet.getCell('A1'), sheet.getCell('A2')];
    setNumberFormat(a, '0.0');
    setNumberFormat(b, '0.0');
    expect(a.style).toBe(b.style);
    a.font = { bold: true };
    sheet.getRow(2).getCell(1).alignment = { wrapText: true };
    expect([a.font, a.alignment, a.numFmt]).toEqual([{ bold: true }, undefined, '0.0']);
    expect([b.font, b.alignment, b.numFmt]).toEqual([undefined, { wrapText: true }, '0.0']);
  });
});
