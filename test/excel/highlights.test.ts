import { ERROR_FILL } from '../../src/domain/contract/layout';
import { checkData } from '../../src/excel/check';
import { createTemplate } from '../../src/excel/setup';
import { cellOf, tableSpec } from '../helpers/simTables';
import { installSim, typeCells } from './simHost';

const USER_FILL = '#C6EFCE';

function fills(sim: ReturnType<typeof installSim>): string[] {
  return sim.workbook.conditionalFormats('TTHC').map((cf: { fill?: string | null }) => String(cf.fill).toUpperCase());
}

describe('error highlights', () => {
  it('replace only Tổng kết’s own conditional formats; the clerk’s stay', async () => {
    const sim = installSim();
    await createTemplate();
    typeCells(sim, 'TTHC', { B4: 'Đất đai', D4: -3 });
    // The clerk's own rule on a TTHC column.
    await Excel.run(async (context) => {
      const format = context.workbook.tables.getItem('TTHC').columns.getItem('Nhận trực tuyến').getDataBodyRange().conditionalFormats.add('Custom');
      format.custom.rule.formula = '=$D4>1000';
      format.custom.format.fill.color = USER_FILL;
      await context.sync();
    });
    await checkData();
    const first = fills(sim);
    expect(first).toContain(USER_FILL);
    expect(first.filter((f) => f === ERROR_FILL.toUpperCase()).length).toBeGreaterThan(0);

    await checkData();
    const second = fills(sim);
    // Same set again: nothing piles up, nothing of the clerk's is lost.
    expect(second.sort()).toEqual([...first].sort());
    expect(second.filter((f) => f === USER_FILL)).toHaveLength(1);
  });

  it('mark a value outside a fixed list, spaces and letter case aside, without an array constant (Excel refuses one)', async () => {
    const sim = installSim();
    await createTemplate();
    const cell = (i: number) => cellOf(sim, 'KhenThuong', 'Đối tượng', i);
    // Three rows on "Khen thưởng": the recipient type in or out of the list.
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('KhenThuong').rows.add(undefined, [[], []].map(() => Array(tableSpec('KhenThuong').columns.length).fill(null)));
      await context.sync();
    });
    typeCells(sim, 'Khen thưởng', { [cell(0)]: ' tập thể ', [cell(1)]: 'Tổ chức', [cell(2)]: 'Cá nhân' });
    await checkData();
    const marked = (i: number) => sim.workbook.conditionalFormatsAt('Khen thưởng', cell(i)).map((cf) => String(cf.fill).toUpperCase());
    expect(marked(0)).toEqual([]);
    expect(marked(1)).toEqual([ERROR_FILL.toUpperCase()]);
    expect(marked(2)).toEqual([]);
    expect(sim.workbook.conditionalFormats('Khen thưởng').some((cf) => cf.formula.includes('{'))).toBe(false);
  });
});
