import { computeTables } from '../../../src/domain/compute';
import { draftParagraphs, summarize, summarySheetPlan } from '../../../src/domain/report';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { snapshotWith } from '../../helpers/computeFixtures';
import type { RowInput } from '../../helpers/snapshot';

const UNIT = 'Đơn vị báo cáo';
const dossier = (unit: string | null, online: number, inPerson: number, late = 0): RowInput => ({
  field: 'Đất đai', online, inPerson, carriedOver: 0, early: online, onTime: inPerson - late, late, pendingWithin: 0, pendingOverdue: 0, [UNIT]: unit,
});

function summaryOf(snapshot: WorkbookSnapshot) {
  return summarize(snapshot, computeTables(snapshot));
}

describe('per-unit breakdown on "Tổng hợp"', () => {
  const snapshot = snapshotWith({
    TTHC: [dossier('Phòng A', 100, 50, 10), dossier('Chi cục B', 30, 10), dossier('phòng a', 20, 0), dossier(null, 5, 5)],
    KhenThuong: [{ decisionNumber: '1/QĐ-UBND', decisionDate: 45700, award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: 4, [UNIT]: 'Chi cục B' }],
  });
  const s = summaryOf(snapshot);

  it('has one row per unit (as SUMIFS groups them, in order of first appearance), the reporting unit\'s own rows, and the total', () => {
    // Chi cục B comes first: the award table comes before TTHC
    expect(s.units?.rows.map((r) => [r.label, r.received?.value, r.resolved?.value, r.awardCount?.value])).toEqual([
      ['Chi cục B', 40, 40, 4],
      ['Phòng A', 170, 170, 0],
      ['Sở Nông nghiệp và Môi trường (số liệu riêng)', 10, 10, 0],
    ]);
    expect(s.units?.total.received?.value).toBe(220);
    // a rate is the ratio of the unit's sums: (120 + 40) ÷ 170
    expect(s.units?.rows[1].earlyOrOnTimeRate?.value).toBeCloseTo(160 / 170, 12);
    expect(s.units?.rows[1].received?.formula).toBe('=SUMIFS(TTHC[[Tổng số nhận]],TTHC[[Đơn vị báo cáo]],"Phòng A")');
    expect(s.units?.rows[2].received?.formula).toBe('=SUM(TTHC[[Tổng số nhận]])-SUMIFS(TTHC[[Tổng số nhận]],TTHC[[Đơn vị báo cáo]],"<>")');
  });

  it('writes the section on the sheet and names the largest contributor in the paragraph', () => {
    const plan = summarySheetPlan(s, { computedAt: new Date(2025, 11, 20, 9, 0) });
    const block = plan.blocks.find((b) => b.key === 'units')!;
    expect(block.rows[0][0].value).toBe('VII. SỐ LIỆU THEO ĐƠN VỊ BÁO CÁO');
    expect(block.rows[1].map((c) => c.value)).toEqual(['Đơn vị báo cáo', 'Khen thưởng (số lượng)', 'Tiền thưởng (đồng)', 'Hồ sơ TTHC tiếp nhận', 'Hồ sơ đã giải quyết', 'Tỷ lệ trước và đúng hạn', 'GCN đã cấp']);
    const text = draftParagraphs(s).find((p) => p.key === 'units')!.text;
    expect(text).toContain('tổng hợp từ báo cáo của 2 đơn vị (Chi cục B; Phòng A), cùng số liệu của chính đơn vị báo cáo');
    expect(text).toContain('Đơn vị có số hồ sơ thủ tục hành chính tiếp nhận nhiều nhất là Phòng A (170 hồ sơ, chiếm 77,27% tổng số).');
    expect(text).toContain('Đơn vị có số lượng khen thưởng nhiều nhất là Chi cục B (4 lượt, chiếm 100% tổng số).');
  });

  it('is absent from a workbook without merged rows, and from a format-1 workbook', () => {
    expect(summaryOf(snapshotWith({ TTHC: [dossier(null, 1, 1)] })).units).toBeNull();
    const v1 = snapshotWith({ TTHC: [dossier(null, 1, 1)] });
    for (const t of v1.tables) t.headers = t.headers.filter((h) => h !== UNIT);
    expect(summaryOf(v1).units).toBeNull();
  });
});
