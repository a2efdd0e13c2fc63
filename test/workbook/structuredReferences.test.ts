/** Structured references to a renamed column are rewritten as Excel rewrites them; nothing else is touched. */
import ExcelJS from 'exceljs';
import { renameColumnReferences, renameColumnReferencesIn } from '../../src/workbook/structuredReferences';

const GCN = [{ table: 'GCN', from: 'Số GCN đã cấp ', to: 'Số GCN đã cấp' }];

describe('renameColumnReferences', () => {
  it.each([
    ['SUM(GCN[Số GCN đã cấp ])', 'SUM(GCN[Số GCN đã cấp])'],
    ['GCN[[#This Row],[Số GCN đã cấp ]]*2', 'GCN[[#This Row],[Số GCN đã cấp]]*2'],
    ['SUM(gcn[[số gcn đã cấp ]:[Diện tích]])', 'SUM(gcn[[Số GCN đã cấp]:[Diện tích]])'],
    ['SUM(GCN[[#Data], [Số GCN đã cấp ]])', 'SUM(GCN[[#Data], [Số GCN đã cấp]])'],
    ['GCN[@[Số GCN đã cấp ]]+GCN[@Số GCN đã cấp ]', 'GCN[@[Số GCN đã cấp]]+GCN[@[Số GCN đã cấp]]'],
    ['SUMIFS(GCN[Số GCN đã cấp ],GCN[Đơn vị],"GCN[Số GCN đã cấp ]")', 'SUMIFS(GCN[Số GCN đã cấp],GCN[Đơn vị],"GCN[Số GCN đã cấp ]")'],
  ])('%s → %s', (formula, expected) => {
    expect(renameColumnReferences(formula, GCN)).toBe(expected);
  });

  it('leaves other tables, other columns, text constants and quoted sheet names alone', () => {
    for (const formula of [
      'SUM(TTHC[Số GCN đã cấp ])',
      'SUM(XGCN[Số GCN đã cấp ])',
      'SUM(GCN[Số GCN đã cấp])',
      "'GCN[Số GCN đã cấp ]'!A1+1",
      '"x""GCN[Số GCN đã cấp ]"',
      'SUM(GCN[#Totals])',
      "SUM(Other[Bob''s]) + GCN[Đơn vị]",
    ]) {
      expect(renameColumnReferences(formula, GCN)).toBe(formula);
    }
  });

  it("escapes [ ] # ' in the new name and reads them escaped in the old one", () => {
    const renames = [{ table: 'T', from: "Số [cũ] #1 'a'", to: "Số [mới] #2 'b'" }];
    expect(renameColumnReferences("T[[#This Row],[Số '[cũ'] '#1 ''a'']]", renames)).toBe("T[[#This Row],[Số '[mới'] '#2 ''b'']]");
    expect(renameColumnReferences("SUM(T[Số '[cũ'] '#1 ''a''])", renames)).toBe("SUM(T[Số '[mới'] '#2 ''b''])");
  });

  it('after a quoted sheet name or another escaped reference, still finds the renamed column', () => {
    expect(renameColumnReferences("'Ghi chú'!A1+Other['[x]+SUM(GCN[Số GCN đã cấp ])", GCN)).toBe("'Ghi chú'!A1+Other['[x]+SUM(GCN[Số GCN đã cấp])");
  });
});

describe('references without a table name, inside the table they stand in', () => {
  // Excel stores a reference in a table's own cells with the table's name and "[#This Row]";
  // other writers store the short forms. A renamed one is written back in Excel's form.
  it.each([
    ['[@[Số GCN đã cấp ]]*2', 'GCN[[#This Row],[Số GCN đã cấp]]*2'],
    ['[@Số GCN đã cấp ]/1000', 'GCN[[#This Row],[Số GCN đã cấp]]/1000'],
    ['[[#This Row],[số gcn đã cấp ]]+[@[Diện tích]]', 'GCN[[#This Row],[Số GCN đã cấp]]+[@[Diện tích]]'],
    ['SUM([Số GCN đã cấp ])', 'SUM(GCN[Số GCN đã cấp])'],
    ['SUM([[#Data],[Số GCN đã cấp ]:[Diện tích]])', 'SUM(GCN[[#Data],[Số GCN đã cấp]:[Diện tích]])'],
    ['SUM([@[Số GCN đã cấp ]:[Diện tích]])', 'SUM(GCN[[#This Row],[Số GCN đã cấp]:[Diện tích]])'],
    ['IF([@[Số GCN đã cấp ]]>0,"[@[Số GCN đã cấp ]]",\'Ghi chú\'!A1)', 'IF(GCN[[#This Row],[Số GCN đã cấp]]>0,"[@[Số GCN đã cấp ]]",\'Ghi chú\'!A1)'],
  ])('in GCN: %s → %s', (formula, expected) => {
    expect(renameColumnReferences(formula, GCN, 'GCN')).toBe(expected);
  });

  it("leaves them alone outside that table, another table's, external links and other columns", () => {
    for (const [formula, ownTable] of [
      ['[@[Số GCN đã cấp ]]*2', undefined],
      ['SUM([Số GCN đã cấp ])', 'TTHC'],
      ['TTHC[@[Số GCN đã cấp ]]+TTHC[Số GCN đã cấp ]', 'GCN'],
      ['[1]GCN!A1+[1]!TongGCN', 'GCN'],
      ['[@[Diện tích]]+SUM([#Totals])', 'GCN'],
    ] as const) {
      expect(renameColumnReferences(formula, GCN, ownTable)).toBe(formula);
    }
  });

  it('in a workbook: cells inside the table (shared formulas through their master), its calculated column and totals formulas', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('GCN');
    const other = workbook.addWorksheet('Khác');
    // GCN over B3:D6 (header row 3, totals row 6)
    sheet.getCell('D4').value = { formula: '[@[Số GCN đã cấp ]]*2', shareType: 'shared', ref: 'D4:D5' } as never;
    sheet.getCell('D5').value = { sharedFormula: 'D4' } as never;
    sheet.getCell('C6').value = { formula: 'SUBTOTAL(109,[Số GCN đã cấp ])' } as never;
    // just outside the table, on its sheet and on another
    sheet.getCell('E4').value = { formula: '[@[Số GCN đã cấp ]]*2' } as never;
    sheet.getCell('D7').value = { formula: 'SUM([Số GCN đã cấp ])' } as never;
    other.getCell('D4').value = { formula: '[@[Số GCN đã cấp ]]*2' } as never;
    const table = {
      name: 'GCN',
      sheet: 'GCN',
      ref: 'B3:D6',
      columns: [
        { name: 'Số GCN đã cấp ' },
        { name: 'Diện tích', totalsRowFormula: 'SUBTOTAL(109,[Số GCN đã cấp ])' },
        { name: 'Gấp đôi', calculatedColumnFormula: '[@[Số GCN đã cấp ]]*2' },
      ],
    };
    const definedNamesXml = ['<definedName name="X">SUM([Số GCN đã cấp ])</definedName>'];
    const changed = renameColumnReferencesIn({ worksheets: workbook.worksheets, tables: [table], definedNamesXml }, GCN);

    const formula = (cell: ExcelJS.Cell) => (cell.value as { formula?: string }).formula;
    expect(formula(sheet.getCell('D4'))).toBe('GCN[[#This Row],[Số GCN đã cấp]]*2');
    expect(sheet.getCell('D5').formula).toBe('GCN[[#This Row],[Số GCN đã cấp]]*2');
    expect(formula(sheet.getCell('C6'))).toBe('SUBTOTAL(109,GCN[Số GCN đã cấp])');
    expect(table.columns[1].totalsRowFormula).toBe('SUBTOTAL(109,GCN[Số GCN đã cấp])');
    expect(table.columns[2].calculatedColumnFormula).toBe('GCN[[#This Row],[Số GCN đã cấp]]*2');
    expect(formula(sheet.getCell('E4'))).toBe('[@[Số GCN đã cấp ]]*2');
    expect(formula(sheet.getCell('D7'))).toBe('SUM([Số GCN đã cấp ])');
    expect(formula(other.getCell('D4'))).toBe('[@[Số GCN đã cấp ]]*2');
    expect(definedNamesXml).toEqual(['<definedName name="X">SUM([Số GCN đã cấp ])</definedName>']);
    expect(changed).toBe(4);
  });
});
