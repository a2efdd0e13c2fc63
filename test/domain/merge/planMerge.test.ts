import { vi } from '../../../src/domain/messages';
import { planMerge, readUnitReport, type MergePlan } from '../../../src/domain/merge';
import { buildSnapshot, deepFreeze, serial, type RowInput } from '../../helpers/snapshot';

const NOW = new Date(2025, 11, 20, 9, 30);

function unit(name: string, rows: readonly RowInput[], period = { from: '2024-12-15', to: '2025-12-14' }) {
  const snapshot = buildSnapshot({ header: { DonViBaoCao: name, KyBaoCaoTu: serial(period.from), KyBaoCaoDen: serial(period.to) }, rows: { TTHC: rows } });
  return readUnitReport(snapshot, `${name}.xlsx`, 'ab'.repeat(32));
}

const dossier = (field: string, online: number): RowInput => ({ field, online, inPerson: 0, carriedOver: 0, early: online, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0 });

function planOf(outcome: ReturnType<typeof planMerge>): MergePlan {
  if (!outcome.ok) throw new Error(outcome.refusals.map(vi).join('\n'));
  return outcome.plan;
}

describe('planMerge', () => {
  it('removes a re-sent unit\'s rows, keeps the others, and writes the new rows after the last typed row', () => {
    const target = deepFreeze(
      buildSnapshot({
        rows: {
          TTHC: [
            { ...dossier('Đất đai', 5), 'Đơn vị báo cáo': 'Phòng A' },
            { ...dossier('Tư pháp', 2) },
            { ...dossier('Xây dựng', 3), 'Đơn vị báo cáo': ' phòng  a ' },
            { ...dossier('Y tế', 4), 'Đơn vị báo cáo': 'Phòng B' },
            {},
          ],
        },
      }),
    );
    const plan = planOf(planMerge(target, [unit('Phòng A', [dossier('Đất đai', 9)]), unit('Phòng C', [dossier('Giáo dục', 1)])], NOW));
    const tthc = plan.changes.find((c) => c.table === 'TTHC')!;
    expect(tthc.remove).toEqual([0, 2]);
    // kept: Tư pháp, Y tế, the empty row → the empty row is reused
    expect(tthc.writeAt).toBe(2);
    const headers = target.tables.find((t) => t.name === 'TTHC')!.headers;
    const at = (h: string) => headers.indexOf(h);
    expect(tthc.rows.map((r) => [r[at('Đơn vị báo cáo')], r[at('Lĩnh vực / Đơn vị')], r[at('Nhận trực tuyến')], r[at('Tổng số nhận')]])).toEqual([
      ['Phòng A', 'Đất đai', 9, null],
      ['Phòng C', 'Giáo dục', 1, null],
    ]);
    expect(plan.units.map((u) => [u.unit, u.added.TTHC, u.replaced.TTHC])).toEqual([['Phòng A', 1, 2], ['Phòng C', 1, 0]]);
    expect(plan.newSourceRows).toHaveLength(2);
  });

  it('refuses, all or nothing, a unit of another period, a blank unit and the same unit twice', () => {
    const target = buildSnapshot();
    const outcome = planMerge(target, [
      unit('Phòng A', []),
      unit('phòng a', []),
      unit('', []),
      unit('Phòng D', [], { from: '2023-12-15', to: '2024-12-14' }),
    ], NOW);
    expect(outcome.ok).toBe(false);
    const refusals = outcome.ok ? [] : outcome.refusals.map(vi);
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toContain('"Phòng A.xlsx" và "phòng a.xlsx"');
    expect(refusals[1]).toContain('chưa nhập Đơn vị báo cáo');
    expect(refusals[2]).toBe('Sổ "Phòng D.xlsx" (Phòng D) báo cáo kỳ 15/12/2023 – 14/12/2024, khác kỳ 15/12/2024 – 14/12/2025 của sổ tổng hợp.');
  });

  it('takes the first unit\'s period for a consolidated workbook that has none, and fills only its blank cells', () => {
    const target = buildSnapshot({ header: { KyBaoCaoTu: null, KyBaoCaoDen: null } });
    const plan = planOf(planMerge(target, [unit('Phòng A', [dossier('Đất đai', 1)], { from: '2025-01-01', to: '2025-12-31' })], NOW));
    expect(plan.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(plan.headerCells.map((c) => c.value)).toEqual([serial('2025-01-01'), serial('2025-12-31')]);
    const late = planMerge(target, [unit('Phòng A', []), unit('Phòng B', [], { from: '2024-01-01', to: '2024-12-31' })], NOW);
    expect(late.ok ? [] : late.refusals.map(vi)).toEqual(['Sổ "Phòng B.xlsx" (Phòng B) báo cáo kỳ 01/01/2024 – 31/12/2024, khác kỳ 15/12/2024 – 14/12/2025 của sổ đầu tiên "Phòng A.xlsx".']);
  });
});
