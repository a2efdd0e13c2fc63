import { ERROR_FILL } from '../../src/domain/contract/layout';
import { checkData } from '../../src/excel/check';
import { createTemplate } from '../../src/excel/setup';
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
});
