import { computeTables } from '../../../src/domain/compute';
import { summarize, summaryFigures, type Summary } from '../../../src/domain/report';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { reportSnapshot, serial, snapshotWith } from '../../helpers/computeFixtures';

function summaryOf(snapshot: WorkbookSnapshot): Summary {
  return summarize(snapshot, computeTables(snapshot));
}

describe('summarize on the report fixture', () => {
  const s = summaryOf(reportSnapshot());

  it('reads the unit and the period from the named cells', () => {
    expect(s.info).toEqual({
      unit: 'Sở Nông nghiệp và Môi trường',
      periodFrom: '2024-12-15',
      periodTo: '2025-12-14',
      reportDate: '2025-12-20',
    });
  });

  it('counts awards by title × recipient type with a live SUMIFS', () => {
    const line = s.awards?.lines.find((l) => l.title === 'Lao động tiên tiến' && l.recipientType === 'Cá nhân');
    expect(line?.count).toEqual({
      key: 'awards.line.Lao động tiên tiến.individual.count',
      label: 'Lao động tiên tiến (Cá nhân) — số lượng',
      formula:
        '=SUMIFS(KhenThuong[[Số lượng]],KhenThuong[[Danh hiệu theo danh mục]],"Lao động tiên tiến",KhenThuong[[Đối tượng]],"Cá nhân")',
      value: 150,
      numberFormat: '#,##0',
    });
    expect(line?.money.value).toBe(106500000);
    expect(line?.group).toBe('Danh hiệu thi đua');
    expect(s.awards?.lines.map((l) => `${l.title}|${l.recipientType}`)).toEqual([
      'Chiến sĩ thi đua cơ sở|Cá nhân',
      'Lao động tiên tiến|Cá nhân',
      'Tập thể lao động tiên tiến|Tập thể',
      'Bằng khen của bộ, ban, ngành, tỉnh|Tập thể',
      'Bằng khen của bộ, ban, ngành, tỉnh|Cá nhân',
      'Giấy khen|Tập thể',
    ]);
    expect(s.awards?.byRecipient.map((r) => [r.recipientType, r.count.value, r.money.value])).toEqual([
      // the Bằng khen (03/02/2025) and Giấy khen (30/6/2024) fall under NĐ 98/2023, whose form multipliers are not verified
      ['Tập thể', 40, 47000000],
      ['Cá nhân', 178, 153300000],
      ['Hộ gia đình', 0, 0],
    ]);
    expect(s.awards?.total.count.value).toBe(218);
    expect(s.awards?.total.money.value).toBe(200300000);
    expect(s.awards?.countWithoutAmount).toBe(10 + 8 + 5);
  });

  it('totals ratings per recipient type, the rate being a ratio of sums', () => {
    const [collective, individual, all] = s.ratings?.groups ?? [];
    expect(collective.total.value).toBe(13);
    expect(individual.excellentRate.value).toBe(8 / 55);
    expect(all.excellentRate.value).toBe(10 / 68);
    // the average of the three rows' rates would be (2/13 + 5/40 + 3/15) / 3
    expect(all.excellentRate.value).not.toBeCloseTo((2 / 13 + 5 / 40 + 3 / 15) / 3, 3);
  });

  it('gives every TTHC count and rate, with the online rate over dossiers received in the period', () => {
    const f = s.tthc?.figures;
    expect(f?.received.value).toBe(12480);
    expect(f?.carriedOver.value).toBe(520);
    expect(f?.onlineRate.formula).toBe(
      '=IF(SUM(TTHC[[Nhận trực tuyến]])+SUM(TTHC[[Nhận trực tiếp, bưu chính]])=0,"",' +
        'SUM(TTHC[[Nhận trực tuyến]])/(SUM(TTHC[[Nhận trực tuyến]])+SUM(TTHC[[Nhận trực tiếp, bưu chính]])))',
    );
    expect(f?.onlineRate.value).toBe(8112 / 11960);
    expect(f?.earlyRate.value).toBe(10120 / 11950);
    expect(f?.earlyOrOnTimeRate.value).toBe(11620 / 11950);
    expect(f?.resolvedRate.value).toBe(11950 / 12480);
    expect(f?.difference.value).toBe(140);
    expect(Object.keys(f ?? {})).toHaveLength(19);
  });

  it('gives the deadline cuts over rows with both durations', () => {
    const d = s.deadlineCuts;
    expect([d?.reviewed.value, d?.procedures.value, d?.legalDays.value, d?.daysAfterCut.value, d?.daysCut.value]).toEqual([4, 3, 72.5, 55, 17.5]);
    expect(d?.cutRate.value).toBe(17.5 / 72.5);
  });

  it('gives certificates by recipient, by kind and in all; achievement counts rows with a target', () => {
    const g = s.gcn;
    expect(g?.total.issued.value).toBe(5330);
    expect(g?.total.issuedWithTarget.value).toBe(5230);
    expect(g?.total.achievement.value).toBe(5230 / 5000);
    expect(g?.total.achievement.formula).toBe(
      '=IF(SUM(GCN[[Chỉ tiêu giao (GCN)]])=0,"",SUMIFS(GCN[[Số GCN đã cấp]],GCN[[Chỉ tiêu giao (GCN)]],">0")/SUM(GCN[[Chỉ tiêu giao (GCN)]]))',
    );
    expect(g?.byRecipient.map((x) => [x.label, x.target.value, x.issued.value, x.achievement.value])).toEqual([
      ['Tổ chức', 300, 230, 230 / 300],
      ['Hộ gia đình, cá nhân', 4700, 5100, 5000 / 4700],
    ]);
    expect(g?.byKind.map((x) => [x.slug, x.area.value])).toEqual([
      ['firstRegistration', 695.75],
      ['changes', 565],
    ]);
  });

  it('gives each target and the count of targets reaching 100%', () => {
    const t = s.targets;
    expect(t?.rows.map((r) => [r.name, r.plan.formula, r.completion.value])).toEqual([
      ['Hoàn thành nhiệm vụ trọng tâm', '=IF(INDEX(ChiTieu[[Kế hoạch]],1)="","",INDEX(ChiTieu[[Kế hoạch]],1))', 1.2],
      ['Thanh tra chuyên ngành', '=IF(INDEX(ChiTieu[[Kế hoạch]],2)="","",INDEX(ChiTieu[[Kế hoạch]],2))', 0.8],
      ['Giải quyết đơn thư', '=IF(INDEX(ChiTieu[[Kế hoạch]],3)="","",INDEX(ChiTieu[[Kế hoạch]],3))', 1],
    ]);
    expect([t?.count.value, t?.withPlan.value, t?.completed.value]).toEqual([3, 3, 2]);
  });

  it('has unique figure keys', () => {
    const keys = summaryFigures(s).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('summarize edge cases', () => {
  it('leaves sections out for absent tables and gives "" for empty denominators', () => {
    const s = summaryOf(snapshotWith({}, { omitTables: ['KhenThuong'] }));
    expect(s.awards).toBeNull();
    expect(s.tthc?.hasData).toBe(false);
    expect(s.tthc?.figures.onlineRate.value).toBe('');
    expect(s.tthc?.figures.received.value).toBe(0);
    expect(s.deadlineCuts?.cutRate.value).toBe('');
    expect(s.gcn?.total.achievement.value).toBe('');
    expect(s.ratings?.groups[2].excellentRate.value).toBe('');
  });

  it('groups spellings that differ by case, as SUMIFS does, and escapes wildcards in criteria', () => {
    const date = serial('2025-01-10');
    const s = summaryOf(
      snapshotWith({
        KhenThuong: [
          { award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: 2, decisionDate: date },
          { award: 'lao động tiên tiến', recipientType: 'cá nhân', quantity: 3, decisionDate: date },
          { award: 'Giải *', recipientType: 'Cá nhân', quantity: 1, decisionDate: date },
          { award: 'Giải A', recipientType: 'Cá nhân', quantity: 4, decisionDate: date },
        ],
      }),
    );
    const lines = s.awards?.lines ?? [];
    expect(lines.map((l) => [l.title, l.count.value])).toEqual([
      ['Lao động tiên tiến', 5],
      ['Giải *', 1],
      ['Giải A', 4],
    ]);
    expect(lines[1].count.formula).toContain('"Giải ~*"');
  });

  it('cuts deadlines only over rows with both durations, in the summary and in the table’s totals row alike', () => {
    const snapshot = snapshotWith({ CatGiamTTHC: [{ legalDays: 20, cutDays: 15 }, { legalDays: 30 }] });
    const computed = computeTables(snapshot);
    const s = summarize(snapshot, computed);
    expect(s.deadlineCuts?.cutRate.value).toBe(5 / 20);
    expect(computed.tables.CatGiamTTHC.totals?.['Tỷ lệ cắt giảm']).toBe(5 / 20);
  });
});
