import { createSimulatedExcel } from '../sim';

/** Criteria wildcards as Excel reads them: "?" exactly one character, "*" any run, "~" escapes. */
describe('criteria wildcards', () => {
  test('"?*" is any non-empty text: a formula\'s empty text does not match', async () => {
    const sim = createSimulatedExcel({ sheets: ['S'] });
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:A7').formulas = [['=""'], ['a'], [''], ['=A2'], ['abc'], ["'a?c"], ['a.c']];
      sheet.getRange('C1:C6').formulas = [
        ['=COUNTIFS(A1:A7,"?*")'],
        ['=COUNTIF(A1:A7,"*")'],
        ['=COUNTIF(A1:A7,"a?c")'],
        ['=COUNTIF(A1:A7,"a~?c")'],
        ['=COUNTIF(A1:A7,"?")'],
        ['=SUMIFS(B1:B7,A1:A7,"?*")+COUNTIFS(A1:A7,"a*")'],
      ];
      await context.sync();
    });
    const value = (address: string) => sim.workbook.getCell('S', address).value;
    expect(value('C1')).toBe(5); // a, a, abc, a?c, a.c
    expect(value('C2')).toBe(6); // every text, the empty one too
    expect(value('C3')).toBe(3); // abc, a?c, a.c
    expect(value('C4')).toBe(1); // a?c
    expect(value('C5')).toBe(2); // a, a
    expect(value('C6')).toBe(5);
  });
});
