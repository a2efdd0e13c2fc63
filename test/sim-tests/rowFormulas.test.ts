import { createSimulatedExcel } from '../sim';

/**
 * Formulas of a table body that read only their own row and a catalogue are evaluated once per
 * distinct input and remembered (test/sim/formulas/rowFormulas.ts). What a reader sees must be
 * what Excel shows: values, errors, blanks, formulas that read them, and every change followed.
 */
const ROW_FORMULAS = {
  // own row × catalogue × named cell
  c: '=IFERROR(T[[#This Row],[a]]*SUMIFS(DM[factor],DM[kind],T[[#This Row],[kind]])*Rate,"none")',
  // reads another row formula; a blank own-row cell is blank, not ""
  d: '=IF(ISBLANK(T[[#This Row],[a]]),"blank",T[[#This Row],[c]]+1)',
  // a position-dependent formula reading a row formula: stays an ordinary formula
  e: '=ROW()+T[[#This Row],[d]]',
  f: '=1/T[[#This Row],[a]]',
  // an error read from the own row
  h: '=ISERROR(T[[#This Row],[f]])',
};

async function build() {
  const sim = createSimulatedExcel({ sheets: ['Dữ liệu', 'DM'] });
  await sim.Excel.run(async (context) => {
    const dm = context.workbook.worksheets.getItem('DM');
    dm.getRange('A1:B3').values = [
      ['kind', 'factor'],
      ['x', 2],
      ['y', 3],
    ];
    dm.tables.add('A1:B3', true).name = 'DM';
    dm.getRange('D1').values = [[10]];
    context.workbook.names.add('Rate', dm.getRange('D1'));
    const sheet = context.workbook.worksheets.getItem('Dữ liệu');
    sheet.getRange('A1:G1').values = [['a', 'kind', 'c', 'd', 'e', 'f', 'h']];
    sheet.getRange('A2:B6').values = [
      [1, 'x'],
      [2, 'y'],
      [1, 'x'],
      [null, 'x'],
      [5, 'z'],
    ];
    sheet.tables.add('A1:G6', true).name = 'T';
    for (const [column, formula] of Object.entries(ROW_FORMULAS)) {
      const letter = 'ABCDEFG'['ac'.length + Object.keys(ROW_FORMULAS).indexOf(column)];
      sheet.getRange(`${letter}2:${letter}6`).formulas = [[formula], [formula], [formula], [formula], [formula]];
    }
    sheet.getRange('I1').formulas = [['=SUM(T[c])']];
    await context.sync();
  });
  return sim;
}

function column(sim: Awaited<ReturnType<typeof build>>, letter: string): unknown[] {
  return [2, 3, 4, 5, 6].map((row) => sim.workbook.getCell('Dữ liệu', `${letter}${row}`).value);
}

async function write(sim: Awaited<ReturnType<typeof build>>, sheet: string, address: string, value: unknown) {
  await sim.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('row formulas (evaluated once per distinct input)', () => {
  test('values, blanks and errors as Excel shows them; formulas reading them follow', async () => {
    const sim = await build();
    expect(column(sim, 'C')).toEqual([20, 60, 20, 0, 0]);
    expect(column(sim, 'D')).toEqual([21, 61, 21, 'blank', 1]);
    expect(column(sim, 'E')).toEqual([23, 64, 25, '#VALUE!', 7]);
    expect(column(sim, 'F')).toEqual([1, 0.5, 1, '#DIV/0!', 0.2]);
    expect(column(sim, 'G')).toEqual([false, false, false, true, false]);
    expect(sim.workbook.getCell('Dữ liệu', 'I1').value).toBe(100);
  });

  test('a catalogue entry, a typed cell and a named cell changed: every result follows', async () => {
    const sim = await build();
    expect(sim.workbook.getCell('Dữ liệu', 'I1').value).toBe(100);

    await write(sim, 'DM', 'B2', 4);
    expect(column(sim, 'C')).toEqual([40, 60, 40, 0, 0]);
    expect(column(sim, 'E')).toEqual([43, 64, 45, '#VALUE!', 7]);
    expect(sim.workbook.getCell('Dữ liệu', 'I1').value).toBe(140);

    await write(sim, 'Dữ liệu', 'A3', 3);
    expect(column(sim, 'C')).toEqual([40, 90, 40, 0, 0]);
    expect(column(sim, 'D')).toEqual([41, 91, 41, 'blank', 1]);
    expect(sim.workbook.getCell('Dữ liệu', 'I1').value).toBe(170);

    await write(sim, 'Dữ liệu', 'A5', 2);
    expect(column(sim, 'D')).toEqual([41, 91, 41, 81, 1]);
    expect(column(sim, 'G')).toEqual([false, false, false, false, false]);

    await write(sim, 'DM', 'D1', 1);
    expect(column(sim, 'C')).toEqual([4, 9, 4, 8, 0]);
    expect(sim.workbook.getCell('Dữ liệu', 'I1').value).toBe(25);
  });

  test('a formula written over a typed cell of the row, and rows added, are evaluated', async () => {
    const sim = await build();
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      context.workbook.worksheets.getItem('Dữ liệu').getRange('A6').formulas = [['=T[[#This Row],[f]]*0+3']];
      table.rows.add(undefined, [[2, 'x', '', '', '', '', '']]);
      await context.sync();
    });
    // A6 reads f of its own row, which reads A6: a cycle, as Excel reports it
    expect(String(sim.workbook.getCell('Dữ liệu', 'A6').value)).toMatch(/^#/);
    expect(sim.workbook.getCell('Dữ liệu', 'C7').value).toBe(40);
    expect(sim.workbook.getCell('Dữ liệu', 'D7').value).toBe(41);
  });
});
