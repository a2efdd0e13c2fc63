/**
 * The file adapter's writer (excelJsWrite.ts) streams each worksheet's rows instead of
 * building exceljs's model of every row first; what it writes must still be exceljs's own
 * package, part for part: shared strings numbered in the same order, the same style ids,
 * shared formulas with the same ids and ranges, hyperlinks, notes, merges, row heights.
 */
import ExcelJS from 'exceljs';
import { writeParts } from '../../src/workbook/excelJsWrite';
import { readZip } from '../../src/workbook/zipPackage';

function parts(zip: Buffer): [string, string][] {
  return readZip(zip).map((entry) => [entry.name, entry.data.toString('utf8')]);
}

/** A workbook with every kind of cell exceljs's prepare step numbers or gathers across rows. */
function everyKindOfCell(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2026, 0, 2));
  workbook.modified = new Date(Date.UTC(2026, 0, 3));
  const sheet = workbook.addWorksheet('Khen thưởng');
  sheet.getCell('A1').value = 'Họ và tên';
  sheet.getCell('B1').value = 'Số tiền';
  sheet.getCell('C1').value = { richText: [{ text: 'Ngày ', font: { bold: true } }, { text: 'quyết định' }] };
  for (let row = 2; row <= 40; row++) {
    sheet.getCell(row, 1).value = `Nguyễn Văn ${row % 7}`; // repeated shared strings
    sheet.getCell(row, 2).value = row * 1000;
    sheet.getCell(row, 3).value = new Date(Date.UTC(2026, row % 12, row % 28));
    sheet.getCell(row, 4).value = row % 2 === 0;
  }
  sheet.getCell('E2').value = { formula: 'B2*2', result: 4000 };
  for (let row = 3; row <= 40; row++) sheet.getCell(row, 5).value = { sharedFormula: 'E2', result: row * 2000 } as ExcelJS.CellSharedFormulaValue;
  // a second shared formula whose clones sit in the master's own row and further down
  sheet.getCell('F2').value = { formula: 'B2+1', result: 2001 };
  sheet.getCell('G2').value = { sharedFormula: 'F2', result: 1 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell('F9').value = { sharedFormula: 'F2', result: 9001 } as ExcelJS.CellSharedFormulaValue;
  // a master read from a file as shared (shareType and ref of its own)
  sheet.getCell('H2').value = { formula: 'B2-1', result: 1999, shareType: 'shared', ref: 'H2:H2' } as unknown as ExcelJS.CellFormulaValue;
  sheet.getCell('H3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  sheet.getCell('I2').value = { text: 'Quyết định', hyperlink: 'https://example.org/qd' };
  sheet.getCell('I2').note = 'Văn bản gốc';
  sheet.getCell('I5').value = 'Nguyễn Văn 3';
  sheet.mergeCells('J2:K3');
  sheet.getCell('J2').value = 'Gộp';
  sheet.getCell('B2').numFmt = '#,##0';
  sheet.getCell('A1').font = { bold: true };
  sheet.getRow(41).height = 30; // a row with a height and no cells
  sheet.getRow(10).hidden = true;
  sheet.getRow(12).font = { italic: true };

  const second = workbook.addWorksheet('TTHC');
  second.getCell('A1').value = 'Nguyễn Văn 3'; // a string the first sheet numbered
  second.getCell('B1').value = { formula: 'LEN(A1)', result: 12 };
  second.getCell('B2').value = { sharedFormula: 'B1', result: 0 } as ExcelJS.CellSharedFormulaValue;
  second.getCell('C1').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://example.org/dvc' };
  second.getCell('C3').note = 'Ghi chú thứ hai';
  second.mergeCells('D1:D4');
  return workbook;
}

describe('the file adapter writes exceljs\'s own package', () => {
  it('gives every part exceljs gives for a workbook with every kind of cell, across sheets', async () => {
    const expected = parts(Buffer.from(await everyKindOfCell().xlsx.writeBuffer()));
    const written = parts((await writeParts(everyKindOfCell())).toZip());
    expect(written.map(([name]) => name)).toEqual(expected.map(([name]) => name));
    for (const [name, text] of expected) expect([name, written.find(([n]) => n === name)?.[1]]).toEqual([name, text]);
    // the shared formulas really are shared, numbered per sheet, with their ranges
    const sheet1 = written.find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(sheet1).toContain('<f t="shared" ref="E2:E40" si="');
    expect(sheet1).toContain('<f t="shared" ref="F2:G9" si="');
  });

  it('leaves the cells as they were: writing twice gives the same package', async () => {
    const workbook = everyKindOfCell();
    const first = parts((await writeParts(workbook)).toZip());
    const second = parts((await writeParts(workbook)).toZip());
    expect(second).toEqual(first);
    const cell = workbook.getWorksheet('Khen thưởng')!.getCell('A2') as unknown as { _value: { model: object } };
    expect(Object.keys(cell._value.model).sort()).toEqual(['address', 'type', 'value']);
  });
});
