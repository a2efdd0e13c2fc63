import { createSimulatedExcel } from '../sim';

/** Runs one batch on a fresh simulated Excel and returns the rejection code, or 'ok'. */
async function codeOf(sim: ReturnType<typeof createSimulatedExcel>, batch: (context: Excel.RequestContext) => void): Promise<string> {
  try {
    await sim.Excel.run(async (context) => {
      batch(context);
      await context.sync();
    });
    return 'ok';
  } catch (e) {
    return (e as OfficeExtension.Error).code;
  }
}

const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('S');

describe("Excel's limits", () => {
  test('a cell holds at most 32,767 characters; a longer text is refused whole, with nothing written', async () => {
    const sim = createSimulatedExcel({ sheets: ['S'] });
    expect(await codeOf(sim, (c) => (sheet(c).getRange('A1').values = [['x'.repeat(32767)]]))).toBe('ok');
    expect(sim.workbook.getCell('S', 'A1').value).toHaveLength(32767);
    const code = await codeOf(sim, (c) => (sheet(c).getRange('A2:B2').values = [['short', 'x'.repeat(32768)]]));
    expect(code).toBe('InvalidArgument');
    expect(sim.workbook.getCell('S', 'A2').value).toBe('');
  });

  test('a formula is at most 8,192 characters', async () => {
    const sim = createSimulatedExcel({ sheets: ['S'] });
    const sum = (n: number) => `=${Array.from({ length: n }, () => 'A1').join('+')}`;
    const fits = sum(2730); // 1 + 2730 × 3 − 1 = 8,190 characters
    expect(fits.length).toBeLessThanOrEqual(8192);
    expect(await codeOf(sim, (c) => (sheet(c).getRange('B1').formulas = [[fits]]))).toBe('ok');
    const tooLong = sum(2732);
    expect(tooLong.length).toBeGreaterThan(8192);
    expect(await codeOf(sim, (c) => (sheet(c).getRange('B2').formulas = [[tooLong]]))).toBe('InvalidArgument');
    expect(sim.workbook.getCell('S', 'B2').formula).toBe('');
  });

  test('a text constant in a formula is at most 255 characters', async () => {
    const sim = createSimulatedExcel({ sheets: ['S'] });
    expect(await codeOf(sim, (c) => (sheet(c).getRange('A1').formulas = [[`="${'a'.repeat(255)}"`]]))).toBe('ok');
    expect(await codeOf(sim, (c) => (sheet(c).getRange('A2').formulas = [[`="${'a'.repeat(256)}"`]]))).toBe('InvalidArgument');
  });

  test.each(['SUMIFS(B1:B3,A1:A3,C1)', 'SUMIF(A1:A3,C1,B1:B3)', 'COUNTIFS(A1:A3,C1)', 'COUNTIF(A1:A3,C1)'])(
    '%s with a criterion over 255 characters gives #VALUE!; SUMPRODUCT with "=" matches it',
    async (aggregate) => {
      const sim = createSimulatedExcel({ sheets: ['S'] });
      const long = 'Bằng khen '.repeat(30); // 300 characters
      sim.workbook.setCell('S', 'A1', long);
      sim.workbook.setCell('S', 'A2', 'khác');
      sim.workbook.setCell('S', 'A3', long.toUpperCase());
      sim.workbook.setCell('S', 'B1', 2);
      sim.workbook.setCell('S', 'B2', 3);
      sim.workbook.setCell('S', 'B3', 5);
      sim.workbook.setCell('S', 'C1', long);
      sim.workbook.setCell('S', 'C2', 'khác');
      expect(
        await codeOf(sim, (c) => {
          sheet(c).getRange('D1').formulas = [[`=${aggregate}`]];
          sheet(c).getRange('D2').formulas = [[`=${aggregate.replace('C1', 'C2')}`]];
          sheet(c).getRange('D3').formulas = [['=SUMPRODUCT(--(A1:A3=C1),B1:B3)']];
        }),
      ).toBe('ok');
      expect(sim.workbook.getCell('S', 'D1').value).toBe('#VALUE!');
      expect(sim.workbook.getCell('S', 'D2').value).toBe(aggregate.startsWith('COUNT') ? 1 : 3);
      expect(sim.workbook.getCell('S', 'D3').value).toBe(7); // case-insensitive, as Excel compares text
    },
  );

  test('data validation: an explicit list source ≤ 255 characters, titles ≤ 32, messages ≤ 255', async () => {
    const sim = createSimulatedExcel({ sheets: ['S'], apiVersion: '1.8' });
    const range = (c: Excel.RequestContext) => sheet(c).getRange('A1:A5');
    const list = (n: number) => Array.from({ length: n }, (_, i) => `m${String(i).padStart(3, '0')}`).join(','); // 5n − 1 characters
    expect(await codeOf(sim, (c) => (range(c).dataValidation.rule = { list: { inCellDropDown: true, source: list(51) } }))).toBe('ok');
    expect(await codeOf(sim, (c) => (range(c).dataValidation.rule = { list: { inCellDropDown: true, source: list(52) } }))).toBe('InvalidArgument');
    // a reference is not an explicit list (a union would be refused as a reference operator: ruleFormulas)
    expect(await codeOf(sim, (c) => (range(c).dataValidation.rule = { list: { inCellDropDown: true, source: `=INDIRECT("$A$1:$A$"&(${'1+'.repeat(130)}1))` } }))).toBe('ok');
    const alert = (title: string, message: string) => ({ showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title, message });
    expect(await codeOf(sim, (c) => (range(c).dataValidation.errorAlert = alert('t'.repeat(32), 'm'.repeat(255))))).toBe('ok');
    expect(await codeOf(sim, (c) => (range(c).dataValidation.errorAlert = alert('t'.repeat(33), 'm')))).toBe('InvalidArgument');
    expect(await codeOf(sim, (c) => (range(c).dataValidation.errorAlert = alert('t', 'm'.repeat(256))))).toBe('InvalidArgument');
    expect(await codeOf(sim, (c) => (range(c).dataValidation.prompt = { showPrompt: true, title: 't'.repeat(33), message: 'm' }))).toBe('InvalidArgument');
    expect(await codeOf(sim, (c) => (range(c).dataValidation.prompt = { showPrompt: true, title: 't', message: 'm'.repeat(256) }))).toBe('InvalidArgument');
  });

  test('table rows added with an over-long text are refused', async () => {
    const sim = createSimulatedExcel({ sheets: ['S'] });
    expect(
      await codeOf(sim, (c) => {
        const table = sheet(c).tables.add('S!A1:B2', true);
        table.name = 'T';
      }),
    ).toBe('ok');
    expect(await codeOf(sim, (c) => sheet(c).tables.getItem('T').rows.add(undefined, [['a', 'x'.repeat(40000)]]))).toBe('InvalidArgument');
  });
});
