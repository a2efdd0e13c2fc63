import { createSimulatedExcel } from '../sim';

async function makeTable() {
  const sim = createSimulatedExcel({ sheets: ['Dữ liệu'] });
  await sim.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Dữ liệu');
    sheet.getRange('B2:D2').values = [['a', 'b', 'c']];
    const table = sheet.tables.add('B2:D2', true);
    table.name = 'T';
    table.getDataBodyRange().values = [[1, 2, null]];
    table.columns.getItem('c').getDataBodyRange().formulas = [['=T[[#This Row],[a]]+T[[#This Row],[b]]']];
    await context.sync();
  });
  return sim;
}

describe('tables', () => {
  test('add: a header-only range gets one empty data row; ranges have Excel addresses', async () => {
    const sim = await makeTable();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      const all = table.getRange().load('address');
      const header = table.getHeaderRowRange().load('address, values');
      const body = table.getDataBodyRange().load('address, values');
      const total = table.getTotalRowRange();
      table.load('name, showTotals');
      table.worksheet.load('name');
      table.columns.load('items/name,items/index');
      await context.sync();
      expect(all.address).toBe("'Dữ liệu'!B2:D3");
      expect(header.values).toEqual([['a', 'b', 'c']]);
      expect(body.values).toEqual([[1, 2, 3]]);
      expect(table.worksheet.name).toBe('Dữ liệu');
      expect(table.columns.items.map((c) => [c.name, c.index])).toEqual([
        ['a', 0],
        ['b', 1],
        ['c', 2],
      ]);
      total.load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(sim.workbook.getTableInfo('T')?.calculatedFormulas).toEqual({ c: '=T[[#This Row],[a]]+T[[#This Row],[b]]' });
  });

  test('rows.add fills calculated columns down and totals follow the body', async () => {
    const sim = await makeTable();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.rows.add(undefined, [
        [10, 20, ''],
        [100, 200, ''],
      ]);
      table.showTotals = true;
      table.columns.getItem('a').getTotalRowRange().formulas = [['=SUBTOTAL(109,T[a])']];
      const totals = table.getTotalRowRange().load('address, values');
      const count = table.rows.getCount();
      await context.sync();
      expect(totals.address).toBe("'Dữ liệu'!B6:D6");
      expect(totals.values[0][0]).toBe(111);
      expect(count.value).toBe(3);
    });
    expect(sim.workbook.getCell('Dữ liệu', 'D5')).toMatchObject({ value: 300, formula: '=T[[#This Row],[a]]+T[[#This Row],[b]]' });
    expect(sim.workbook.getTableInfo('T')).toMatchObject({ address: "'Dữ liệu'!B2:D6", showTotals: true, totalsAddress: "'Dữ liệu'!B6:D6" });
  });

  test('growing into non-empty cells fails with InvalidOperation and leaves the table as it was', async () => {
    const sim = await makeTable();
    sim.workbook.setCell('Dữ liệu', 'C4', 'chặn');
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.tables.getItem('T').rows.add(undefined, [[1, 1, '']]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(sim.workbook.getTableInfo('T')?.address).toBe("'Dữ liệu'!B2:D3");
  });

  test('columns.add appends to the right; overlapping tables are refused', async () => {
    const sim = await makeTable();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      const added = table.columns.add(undefined, [['d'], [7]]);
      added.load('name, index');
      await context.sync();
      expect([added.name, added.index]).toEqual(['d', 3]);
    });
    expect(sim.workbook.getTableInfo('T')?.headers).toEqual(['a', 'b', 'c', 'd']);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.tables.add("'Dữ liệu'!A1:C3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('structured references, SUBTOTAL, named cells and headers with special characters evaluate', async () => {
    const sim = createSimulatedExcel({ sheets: ['Thông tin', 'TTHC'] });
    sim.workbook.setCell('Thông tin', 'B3', 2);
    await sim.Excel.run(async (context) => {
      context.workbook.names.add('HeSo', context.workbook.worksheets.getItem('Thông tin').getRange('B3'));
      const sheet = context.workbook.worksheets.getItem('TTHC');
      sheet.getRange('A1:D1').values = [['Nhận trực tiếp, bưu chính', 'Số lượng (đơn vị)', 'Tỷ lệ / năm', 'Kết quả']];
      const table = sheet.tables.add('A1:D1', true);
      table.name = 'TTHC';
      table.getDataBodyRange().values = [[3, 4, null, null]];
      table.columns.getItem('Tỷ lệ / năm').getDataBodyRange().formulas = [
        ['=TTHC[[#This Row],[Nhận trực tiếp, bưu chính]]*[@[Số lượng (đơn vị)]]*HeSo'],
      ];
      table.columns.getItem('Kết quả').getDataBodyRange().formulas = [['=IF(N([@[Tỷ lệ / năm]])=0,"",ROW()-ROW(TTHC[[#Headers],[Kết quả]]))']];
      table.rows.add(undefined, [[5, 6, '', '']]);
      table.showTotals = true;
      table.columns.getItem('Nhận trực tiếp, bưu chính').getTotalRowRange().formulas = [['=SUBTOTAL(109,TTHC[[Nhận trực tiếp, bưu chính]])']];
      await context.sync();
    });
    expect(sim.workbook.getCell('TTHC', 'C2').value).toBe(24);
    expect(sim.workbook.getCell('TTHC', 'C3').value).toBe(60);
    expect(sim.workbook.getCell('TTHC', 'D3').value).toBe(2);
    expect(sim.workbook.getCell('TTHC', 'A4').value).toBe(8);
  });

  test('a simple column reference with special characters is rejected like Excel does', async () => {
    const sim = createSimulatedExcel();
    sim.workbook.setValues('Sheet1', 'A1', [['Nhận trực tiếp, bưu chính'], [1]]);
    await sim.Excel.run(async (context) => {
      context.workbook.tables.add('Sheet1!A1:A2', true).name = 'T';
      await context.sync();
    });
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('C1').formulas = [['=SUM(T[Nhận trực tiếp, bưu chính])']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    sim.workbook.setCell('Sheet1', 'C1', '=SUM(T[[Nhận trực tiếp, bưu chính]])');
    expect(sim.workbook.getCell('Sheet1', 'C1').value).toBe(1);
  });

  test('LOOKUP, CEILING, INDEX/MATCH, SUMIFS and number formats', async () => {
    const sim = createSimulatedExcel();
    const wb = sim.workbook;
    wb.setValues('Sheet1', 'A1', [
      [45000, 1800000],
      [45474, 2340000],
    ]);
    wb.setCell('Sheet1', 'C1', '=LOOKUP(45500,A1:A2,B1:B2)');
    wb.setCell('Sheet1', 'C2', '=CEILING(ROUND(1.5*C1,0),10000)');
    wb.setCell('Sheet1', 'C3', '=INDEX(B1:B2,MATCH(45474,A1:A2,0))');
    wb.setCell('Sheet1', 'C4', '=SUMIFS(B1:B2,A1:A2,">45100")');
    wb.setCell('Sheet1', 'C5', '=IFERROR(1/0,"")');
    wb.setCell('Sheet1', 'C6', '=DATE(2024,12,31)');
    expect(wb.getCell('Sheet1', 'C1').value).toBe(2340000);
    expect(wb.getCell('Sheet1', 'C2').value).toBe(3510000);
    expect(wb.getCell('Sheet1', 'C3').value).toBe(2340000);
    expect(wb.getCell('Sheet1', 'C4').value).toBe(2340000);
    expect(wb.getCell('Sheet1', 'C5').value).toBe('');
    expect(wb.getCell('Sheet1', 'C6').value).toBe(45657);
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('C1:C2').numberFormat = [['#,##0'], ['#,##0.00']];
      sheet.getRange('C6').numberFormat = [['dd/mm/yyyy']];
      sheet.getRange('D1').values = [[0.12345]];
      sheet.getRange('D1').numberFormat = [['0.00%']];
      const text = sheet.getRange('C1:D6').load('text');
      await context.sync();
      expect(text.text[0]).toEqual(['2,340,000', '12.35%']);
      expect(text.text[1][0]).toBe('3,510,000.00');
      expect(text.text[5][0]).toBe('31/12/2024');
    });
  });

  test('renaming a table or a column rewrites formulas that use it', async () => {
    const sim = await makeTable();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.name = 'Moi';
      table.columns.getItem('a').name = 'A mới';
      await context.sync();
    });
    expect(sim.workbook.getCell('Dữ liệu', 'D3')).toMatchObject({ value: 3, formula: '=Moi[[#This Row],[A mới]]+Moi[[#This Row],[b]]' });
  });
});

describe('formula reference checking', () => {
  test('a formula naming a table that does not exist is rejected, unless checking is relaxed', async () => {
    const strict = createSimulatedExcel();
    await expect(
      strict.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(KhongCo[Cot])']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    const relaxed = createSimulatedExcel({ strictFormulaReferences: false });
    relaxed.workbook.setCell('Sheet1', 'A1', '=SUM(KhongCo[Cot])');
    expect(relaxed.workbook.getCell('Sheet1', 'A1').value).toBe('#REF!');
  });
});

describe('table column and row deletion', () => {
  test('deleting a column moves the columns to its right; deleting a row moves rows up', async () => {
    const sim = await makeTable();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.rows.add(undefined, [[5, 6, '']]);
      table.columns.getItem('b').delete();
      const below = table.getRange().getRowsBelow(1).load('address');
      await context.sync();
      expect(below.address).toBe("'Dữ liệu'!B5:C5");
      table.rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(sim.workbook.getTableInfo('T')).toMatchObject({ address: "'Dữ liệu'!B2:C3", headers: ['a', 'c'] });
    expect(sim.workbook.getCell('Dữ liệu', 'B3').value).toBe(5);
    expect(sim.workbook.getCell('Dữ liệu', 'C3').value).toBe('#REF!');
    expect(sim.workbook.getCell('Dữ liệu', 'D3').value).toBe('');
  });

  test('Range.delete over whole body rows shrinks the table; cutting through a table is refused', async () => {
    const sim = await makeTable();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.rows.add(undefined, [[3, 4, ''], [5, 6, ''], [7, 8, '']]);
      table.showTotals = true;
      await context.sync();
      table.getDataBodyRange().getRow(1).getResizedRange(1, 0).delete('Up');
      await context.sync();
      const body = table.getDataBodyRange().load('address, values');
      await context.sync();
      expect(body.address).toBe("'Dữ liệu'!B3:D4");
      expect(body.values).toEqual([[1, 2, 3], [7, 8, 15]]);
      context.workbook.worksheets.getItem('Dữ liệu').getRange('B3:C3').delete('Up');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      table.getDataBodyRange().delete('Up');
      await context.sync();
    });
    expect(sim.workbook.getTableInfo('T')).toMatchObject({ address: "'Dữ liệu'!B2:D4", bodyAddress: "'Dữ liệu'!B3:D3", totalsAddress: "'Dữ liệu'!B4:D4" });
    expect(sim.workbook.getCell('Dữ liệu', 'B3').value).toBe('');
  });

  test('Range.delete outside tables moves the cells below up', async () => {
    const sim = createSimulatedExcel({ sheets: ['A'] });
    sim.workbook.setValues('A', 'A1', [[1], [2], [3], [4]]);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A2:A3').delete('Up');
      await context.sync();
    });
    expect(['A1', 'A2', 'A3'].map((a) => sim.workbook.getCell('A', a).value)).toEqual([1, 4, '']);
  });
});
