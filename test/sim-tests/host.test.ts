import { SimOptions, createSimulatedExcel } from '../sim';

// tests that use the Excel enums the way the adapter does (the global namespace) install the host
const uninstalls: (() => void)[] = [];
afterEach(() => uninstalls.splice(0).forEach((u) => u()));
function installed(options: SimOptions) {
  const sim = createSimulatedExcel(options);
  uninstalls.push(sim.install());
  return sim;
}

describe('requests and counters', () => {
  test('syncs are counted, including the implicit final sync of Excel.run when work is pending', async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
    });
    expect(sim.counters.syncs).toBe(2);
    expect(sim.counters.requests.map((r) => r.operations)).toEqual([1, 1]);
    await sim.Excel.run(async () => undefined);
    expect(sim.counters.syncs).toBe(2);
    sim.counters.reset();
    expect(sim.counters.syncs).toBe(0);
    expect(sim.counters.requests).toEqual([]);
  });

  test('request bytes grow with the values written', async () => {
    const sim = createSimulatedExcel();
    const write = (rows: number) =>
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange(`A1:B${rows}`).values = Array.from({ length: rows }, (_, i) => [`dòng ${i}`, i]);
        await context.sync();
      });
    await write(10);
    await write(1000);
    const [small, big] = sim.counters.requests;
    expect(big.bytes).toBeGreaterThan(small.bytes + 990 * 8);
    expect(small.operations).toBe(1);
  });

  test('a request over the payload limit rejects and applies nothing of it', async () => {
    const sim = createSimulatedExcel({ requestLimitBytes: 5 * 1024 * 1024 });
    const rows = 120000;
    const values = Array.from({ length: rows }, (_, i) => [`Giá trị khá dài số ${i} để vượt giới hạn`, i, i * 2]);
    let caught: OfficeExtension.Error | undefined;
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('E1').values = [['small write in the same request']];
      sheet.getRange(`A1:C${rows}`).values = values;
      try {
        await context.sync();
      } catch (e) {
        caught = e as OfficeExtension.Error;
      }
    });
    expect(caught?.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(sim.counters.requests[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(sim.workbook.getCell('Sheet1', 'E1').value).toBe('');
    expect(sim.workbook.getCell('Sheet1', 'A1').value).toBe('');
  });
});

describe('response size', () => {
  test('loaded values are measured as the response; over the limit the sync is rejected and nothing is delivered', async () => {
    const sim = createSimulatedExcel({ requestLimitBytes: 2000 });
    sim.workbook.setValues('Sheet1', 'A1', Array.from({ length: 300 }, (_, i) => [`dòng ${i}`, i]));
    await sim.Excel.run(async (context) => {
      const small = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').load('values');
      await context.sync();
      expect(small.values).toEqual([['dòng 0', 0], ['dòng 1', 1]]);
      const large = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B300').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => large.values).toThrow();
    });
    const [first, second] = sim.counters.requests;
    expect(first.responseBytes).toBeGreaterThan(JSON.stringify([['dòng 0', 0], ['dòng 1', 1]]).length);
    expect(second.responseBytes).toBeGreaterThan(2000);
  });
});

describe('requirement sets', () => {
  const writeValidation = (apiVersion: string) => {
    const sim = installed({ apiVersion });
    const run = sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:B10');
      range.dataValidation.clear();
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Số nguyên ≥ 0' };
      await context.sync();
      range.dataValidation.load('rule, type');
      await context.sync();
      return range.dataValidation.toJSON();
    });
    return { sim, run };
  };

  test('data validation is missing on ExcelApi 1.7', async () => {
    const { sim, run } = writeValidation('1.7');
    await expect(run).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(sim.workbook.dataValidations('Sheet1')).toEqual([]);
  });

  test('data validation works on ExcelApi 1.8 and reads back as office-js describes it', async () => {
    const { sim, run } = writeValidation('1.8');
    await expect(run).resolves.toEqual({
      rule: { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
      type: 'WholeNumber',
    });
    expect(sim.workbook.dataValidations('Sheet1')).toMatchObject([
      { address: 'B2:B10', type: 'WholeNumber', errorAlert: { title: 'Sai', message: 'Số nguyên ≥ 0' } },
    ]);
  });

  test('suspendScreenUpdatingUntilNextSync needs 1.9', async () => {
    const sim = createSimulatedExcel({ apiVersion: '1.8' });
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        await context.sync();
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('other parts of the workbook', () => {
  test('names, custom XML parts, conditional formats and charts', async () => {
    const sim = installed({ sheets: ['Thông tin', 'Tổng hợp'] });
    sim.workbook.setCell('Thông tin', 'B3', 45657);
    await sim.Excel.run(async (context) => {
      const wb = context.workbook;
      wb.names.add('KyBaoCaoDen', "='Thông tin'!$B$3", 'Đến ngày');
      wb.customXmlParts.add('<tongket xmlns="urn:tongket:v1"><version>1</version></tongket>');
      const summary = wb.worksheets.getItem('Tổng hợp');
      summary.getRange('A1:B3').values = [
        ['Loại', 'Số'],
        ['Tập thể', 3],
        ['Cá nhân', 5],
      ];
      summary.getRange('C1').formulas = [['=KyBaoCaoDen+1']];
      const cf = summary.getRange('B2:B3').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=B2>4';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      const chart = summary.charts.add(Excel.ChartType.pie, summary.getRange('A1:B3'), Excel.ChartSeriesBy.columns);
      chart.title.text = 'Cơ cấu';
      chart.setPosition('D2', 'J15');
      await context.sync();

      const part = wb.customXmlParts.getByNamespace('urn:tongket:v1').getOnlyItemOrNullObject();
      const missing = wb.customXmlParts.getByNamespace('urn:other').getOnlyItemOrNullObject();
      const named = wb.names.getItemOrNullObject('KyBaoCaoDen');
      named.load('name, type, formula, value');
      const target = named.getRange().load('address, values');
      await context.sync();
      expect(part.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
      const xml = part.getXml();
      await context.sync();
      expect(xml.value).toContain('<version>1</version>');
      expect(named.formula).toBe("='Thông tin'!$B$3");
      expect(named.type).toBe('Range');
      expect(target.values).toEqual([[45657]]);
    });
    expect(sim.workbook.getCell('Tổng hợp', 'C1').value).toBe(45658);
    expect(sim.workbook.conditionalFormats('Tổng hợp')).toMatchObject([{ address: 'B2:B3', formula: '=B2>4', fill: '#FFC7CE', fontColor: '#9C0006' }]);
    expect(sim.workbook.charts('Tổng hợp')).toMatchObject([{ type: 'Pie', title: 'Cơ cấu', sourceAddress: "'Tổng hợp'!A1:B3", startCell: 'D2', endCell: 'J15' }]);
  });

  test('conditionalFormatsAt evaluates a rule for one cell, moved from the top-left cell of its range', async () => {
    const sim = installed({ sheets: ['A'] });
    sim.workbook.setValues('A', 'A1', [['Tên'], ['x'], ['y'], ['z']]);
    sim.workbook.setValues('A', 'B2', [[5], [0], ['text']]);
    sim.workbook.setCell('A', 'D1', 10);
    await sim.Excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('A').getRange('B2:B4').conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=AND(ISNUMBER($B2),$B2<>0,$B2<$D$1)';
      cf.custom.format.fill.color = '#F8CBAD';
      await context.sync();
    });
    expect(sim.workbook.conditionalFormatsAt('A', 'B2')).toMatchObject([{ address: 'B2:B4', fill: '#F8CBAD' }]);
    expect(sim.workbook.conditionalFormatsAt('A', 'B3')).toEqual([]);
    expect(sim.workbook.conditionalFormatsAt('A', 'B4')).toEqual([]);
    expect(sim.workbook.conditionalFormatsAt('A', 'C2')).toEqual([]);
    sim.workbook.setCell('A', 'B2', 11); // above the absolute limit in D1
    expect(sim.workbook.conditionalFormatsAt('A', 'B2')).toEqual([]);
    sim.workbook.setCell('A', 'B3', 3);
    expect(sim.workbook.conditionalFormatsAt('A', 'B3')).toHaveLength(1);
  });

  test('typed text that only looks like an exponent stays text; numbers with a mantissa are numbers', () => {
    const sim = createSimulatedExcel({ sheets: ['A'] });
    sim.workbook.setValues('A', 'A1', [['E7', 'e10', '1E7', '.5', '-2.5e-1']]);
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((a) => sim.workbook.getCell('A', a).value)).toEqual(['E7', 'e10', 10000000, 0.5, -0.25]);
  });

  test('snapshot() is equal for two identical sequences of operations and differs otherwise', async () => {
    const build = async (extra: boolean) => {
      const sim = createSimulatedExcel({ sheets: ['A'] });
      await sim.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('A');
        sheet.getRange('A1:B1').values = [['x', 'y']];
        const table = sheet.tables.add('A1:B1', true);
        table.name = 'Bang';
        table.rows.add(undefined, [[1, 2]]);
        sheet.getRange('A1:B1').format.fill.color = '#DDEBF7';
        sheet.getRange('A1:B1').format.font.bold = true;
        sheet.getRange('A:A').format.columnWidth = 90;
        sheet.freezePanes.freezeRows(1);
        if (extra) sheet.getRange('D4').values = [[1]];
        await context.sync();
      });
      return sim.workbook.snapshot();
    };
    const first = await build(false);
    expect(await build(false)).toEqual(first);
    expect(await build(true)).not.toEqual(first);
    expect(first.sheets[0].cells.A1).toEqual({ value: 'x', format: { bold: true, fill: '#DDEBF7' } });
  });
});
