import { SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { computeSummary } from '../../src/excel/compute';
import { createTemplate } from '../../src/excel/setup';
import { installSim, typeCells } from './simHost';

describe('text written by the add-in stays text', () => {
  it('a target named like a formula or a fraction reaches "Tổng hợp" exactly as typed', async () => {
    const sim = installSim();
    await createTemplate();
    // ChiTieu: Nhóm, Chỉ tiêu / nhiệm vụ, Đơn vị tính, Kế hoạch, Thực hiện in B..F
    typeCells(sim, 'Chỉ tiêu', { B4: 'Thanh tra', C4: '- Số cuộc thanh tra', D4: '1/2', E4: 10, F4: 12 });
    await computeSummary();
    const cells = sim.workbook.snapshot().sheets.find((s) => s.name === SUMMARY_SHEET)!.cells as Record<string, { value?: unknown }>;
    const values = Object.values(cells).map((c) => c.value);
    expect(values).toContain('- Số cuộc thanh tra');
    expect(values).toContain('1/2');
    expect(values.some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
  });
});
