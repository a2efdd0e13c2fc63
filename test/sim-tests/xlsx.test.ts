import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createSimulatedExcel } from '../sim';
import { toXlsx } from '../sim/xlsx';

async function buildWorkbook() {
  const sim = createSimulatedExcel({ sheets: ['Thông tin', 'Khen thưởng'] });
  await sim.Excel.run(async (context) => {
    const wb = context.workbook;
    const info = wb.worksheets.getItem('Thông tin');
    info.getRange('A3:B3').values = [['Hệ số', 2]];
    wb.names.add('HeSo', info.getRange('B3'));
    const sheet = wb.worksheets.getItem('Khen thưởng');
    sheet.getRange('A1:D1').values = [['STT', 'Số lượng', 'Đơn giá (đồng)', 'Thành tiền, đồng']];
    const table = sheet.tables.add('A1:D1', true);
    table.name = 'KhenThuong';
    table.getDataBodyRange().values = [[null, 3, 1000, null]];
    table.columns.getItem('STT').getDataBodyRange().formulas = [['=ROW()-ROW(KhenThuong[[#Headers],[STT]])']];
    table.columns.getItem('Thành tiền, đồng').getDataBodyRange().formulas = [['=[@[Số lượng]]*[@[Đơn giá (đồng)]]*HeSo']];
    table.rows.add(undefined, [['', 4, 2500, '']]);
    table.showTotals = true;
    table.columns.getItem('Thành tiền, đồng').getTotalRowRange().formulas = [['=SUBTOTAL(109,KhenThuong[[Thành tiền, đồng]])']];
    table.columns.getItem('STT').getTotalRowRange().values = [['Tổng cộng']];
    table.columns.getItem('Số lượng').getTotalRowRange().values = [['']];
    sheet.getRange('C2:D4').numberFormat = [['#,##0', '#,##0'], ['#,##0', '#,##0'], ['#,##0', '#,##0']];
    sheet.getRange('A1:D1').format.fill.color = '#DDEBF7';
    sheet.getRange('A1:D1').format.font.bold = true;
    sheet.getRange('D:D').format.columnWidth = 96;
    sheet.freezePanes.freezeRows(1);
    sheet.getRange('B2:B3').dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } };
    await context.sync();
  });
  return sim;
}

describe('toXlsx', () => {
  test('the simulated workbook computes what the file will contain', async () => {
    const sim = await buildWorkbook();
    expect(sim.workbook.getTableInfo('KhenThuong')).toMatchObject({
      address: "'Khen thưởng'!A1:D4",
      headers: ['STT', 'Số lượng', 'Đơn giá (đồng)', 'Thành tiền, đồng'],
    });
    expect(sim.workbook.getCell('Khen thưởng', 'D3')).toMatchObject({ value: 20000, text: '20,000' });
    expect(sim.workbook.getCell('Khen thưởng', 'D4').value).toBe(26000);
    expect(sim.workbook.getCell('Khen thưởng', 'A3').value).toBe(2);
  });

  test('round trip: exceljs reads back sheets, tables, formulas in file form, values and names', async () => {
    const sim = await buildWorkbook();
    const bytes = await toXlsx(sim.workbook);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Thông tin', 'Khen thưởng']);
    const ws = book.getWorksheet('Khen thưởng')!;
    const d3 = ws.getCell('D3');
    expect(d3.formula).toBe('KhenThuong[[#This Row],[Số lượng]]*KhenThuong[[#This Row],[Đơn giá (đồng)]]*HeSo');
    expect(d3.result).toBe(20000);
    expect(ws.getCell('D4').formula).toBe('SUBTOTAL(109,KhenThuong[[Thành tiền, đồng]])');
    expect(ws.getCell('D4').result).toBe(26000);
    expect(ws.getCell('A4').value).toBe('Tổng cộng');
    expect(ws.getCell('C2').numFmt).toBe('#,##0');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [1] });
    const table = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables.KhenThuong;
    expect(table.table.name).toBe('KhenThuong');
    expect(table.table.tableRef).toBe('A1:D4');
    expect(book.definedNames.getRanges('HeSo').ranges).toEqual(["'Thông tin'!$B$3"]);

    const zip = await JSZip.loadAsync(bytes);
    const tableFiles = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    expect(tableFiles).toHaveLength(1);
    const xml = await zip.file(tableFiles[0])!.async('string');
    expect(xml).toMatch(/<table [^>]*name="KhenThuong"/);
    expect(xml).toMatch(/ref="A1:D4"/);
    expect(xml).toMatch(/totalsRowCount="1"/);
    for (const header of ['STT', 'Số lượng', 'Đơn giá (đồng)', 'Thành tiền, đồng']) expect(xml).toContain(`name="${header}"`);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<definedName name="HeSo">(&apos;|')Thông tin(&apos;|')!\$B\$3<\/definedName>/);
  });
});
