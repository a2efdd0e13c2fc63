/**
 * Rule formulas as Excel checks them when a rule is set: data validation and conditional
 * formats refuse structured references, array constants and formulas Excel cannot parse
 * (InvalidArgument, nothing of the rule applied); addresses, defined names and INDIRECT pass.
 */
import { SimOptions, createSimulatedExcel } from '../sim';

const uninstalls: (() => void)[] = [];
afterEach(() => uninstalls.splice(0).forEach((u) => u()));

async function workbookWithTable(options: SimOptions = {}) {
  const sim = createSimulatedExcel({ sheets: ['A'], ...options });
  uninstalls.push(sim.install());
  sim.workbook.setValues('A', 'A1', [['Loại', 'Số'], ['x', 1], ['y', 2]]);
  await sim.Excel.run(async (context) => {
    context.workbook.tables.add('A!A1:B3', true).name = 'T';
    context.workbook.names.add('Gioi', context.workbook.worksheets.getItem('A').getRange('D1:D2'));
    await context.sync();
  });
  return sim;
}

/** Sets one validation rule on B2:B3; resolves to the error code, or null when accepted. */
async function setValidation(sim: ReturnType<typeof createSimulatedExcel>, rule: Excel.DataValidationRule): Promise<string | null> {
  return sim.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('A').getRange('B2:B3').dataValidation.rule = rule;
    try {
      await context.sync();
      return null;
    } catch (e) {
      return (e as OfficeExtension.Error).code;
    }
  });
}

async function setHighlight(sim: ReturnType<typeof createSimulatedExcel>, formula: string): Promise<string | null> {
  return sim.Excel.run(async (context) => {
    const cf = context.workbook.worksheets.getItem('A').getRange('B2:B3').conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = formula;
    try {
      await context.sync();
      return null;
    } catch (e) {
      return (e as OfficeExtension.Error).code;
    }
  });
}

describe('data-validation formulas', () => {
  test.each([
    ['a structured reference in a list source', { list: { source: '=T[Loại]', inCellDropDown: true } }],
    ['a structured reference in a custom formula', { custom: { formula: '=B2<=SUM(T[Số])' } }],
    ['an array constant in a custom formula', { custom: { formula: '=OR(B2={1,2})' } }],
    ['a custom formula Excel cannot parse', { custom: { formula: '=AND(B2>0,' } }],
    ['a list source formula Excel cannot parse', { list: { source: '=$D$1:', inCellDropDown: true } }],
    ['a number criterion that is neither value nor formula', { wholeNumber: { formula1: 'abc', operator: 'GreaterThan' } }],
    ['a structured reference as a criterion', { decimal: { formula1: '=MIN(T[Số])', operator: 'GreaterThan' } }],
  ])('refuses %s (InvalidArgument) and keeps no rule', async (_what, rule) => {
    const sim = await workbookWithTable();
    expect(await setValidation(sim, rule as Excel.DataValidationRule)).toBe('InvalidArgument');
    expect(sim.workbook.dataValidations('A')).toEqual([]);
  });

  test.each([
    ['INDIRECT of a structured reference', { list: { source: '=INDIRECT("T[Loại]")', inCellDropDown: true } }],
    ['a defined name', { list: { source: '=Gioi', inCellDropDown: true } }],
    ['an address', { list: { source: '=$D$1:$D$2', inCellDropDown: true } }],
    ['values with brackets and braces in the text', { list: { source: 'a[1],{b}', inCellDropDown: true } }],
    ['a custom formula of addresses', { custom: { formula: '=AND(ISNUMBER(B2),B2<=N($D$1))' } }],
    ['a numeric text criterion', { wholeNumber: { formula1: '5', operator: 'GreaterThan' } }],
    ['a date formula criterion', { date: { formula1: '=DATE(2000,1,1)', operator: 'GreaterThanOrEqualTo' } }],
    ['a date text criterion', { date: { formula1: '2000-01-01', operator: 'GreaterThanOrEqualTo' } }],
  ])('accepts %s', async (_what, rule) => {
    const sim = await workbookWithTable();
    expect(await setValidation(sim, rule as Excel.DataValidationRule)).toBeNull();
    expect(sim.workbook.dataValidations('A')).toHaveLength(1);
  });
});

describe('conditional-format formulas', () => {
  test.each([
    ['a structured reference', '=B2>AVERAGE(T[Số])'],
    ['a this-row reference', '=[@Số]>1'],
    ['an array constant', '=ISNA(MATCH(TRIM($A2),{"x","y"},0))'],
    ['a formula Excel cannot parse', '=AND($B2>0'],
  ])('refuses %s (InvalidArgument) and keeps no formula', async (_what, formula) => {
    const sim = await workbookWithTable();
    expect(await setHighlight(sim, formula)).toBe('InvalidArgument');
    expect(sim.workbook.conditionalFormats('A').filter((cf) => cf.formula !== '')).toEqual([]);
  });

  test('accepts addresses, names and text holding braces or brackets', async () => {
    const sim = await workbookWithTable();
    expect(await setHighlight(sim, '=AND(NOT(ISBLANK($A2)),NOT(OR(TRIM($A2)="{x}",TRIM($A2)="[y]")),$B2<INDEX(Gioi,1))')).toBeNull();
    expect(sim.workbook.conditionalFormats('A')).toMatchObject([{ address: 'B2:B3' }]);
  });
});
