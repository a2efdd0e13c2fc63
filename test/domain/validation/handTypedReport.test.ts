/**
 * A clean report typed by hand, as a clerk types it: tables only, catalogues left to their
 * defaults, STT numbered by hand, award names and signers in the words of the decisions. The
 * only findings are the planted ones a domain expert would agree with.
 */
import { computeTables, computedValue } from '../../../src/domain/compute';
import { draftParagraphs, summarize } from '../../../src/domain/report';
import { validateWorkbook } from '../../../src/domain/validation';
import { buildSnapshot, serial, type RowInput } from '../../helpers/snapshot';

const numbered = (rows: readonly RowInput[]): RowInput[] => rows.map((row, i) => ({ stt: i + 1, ...row }));

const REPORT_2022 = {
  header: { DonViBaoCao: 'Sở Tài nguyên và Môi trường', KyBaoCaoTu: serial('2021-12-15'), KyBaoCaoDen: serial('2022-12-14'), NgayBaoCao: serial('2022-12-20') },
  rows: {
    KhenThuong: numbered([
      { decisionNumber: '15/QĐ-STNMT', decisionDate: serial('2022-01-10'), authority: 'Giám đốc Sở', award: 'LĐTT', recipientType: 'Cá nhân', quantity: 64 },
      { decisionNumber: '16/QĐ-STNMT', decisionDate: serial('2022-01-10'), authority: 'Giám đốc Sở', award: 'CSTĐCS', recipientType: 'Cá nhân', quantity: 9 },
      { decisionNumber: '17/QĐ-STNMT', decisionDate: serial('2022-01-10'), authority: 'Giám đốc Sở', award: 'Tập thể lao động tiên tiến', recipientType: 'Tập thể', quantity: 6 },
      { decisionNumber: '210/QĐ-UBND', decisionDate: serial('2022-02-15'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Tập thể', quantity: 2 },
      { decisionNumber: '210/QĐ-UBND', decisionDate: serial('2022-02-15'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Cá nhân', quantity: 5 },
      { decisionNumber: '1020/QĐ-BTNMT', decisionDate: serial('2022-06-01'), authority: 'Bộ trưởng Bộ Tài nguyên và Môi trường', award: 'Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường', recipientType: 'Cá nhân', quantity: 1 },
      { decisionNumber: '88/QĐ-STNMT', decisionDate: serial('2022-09-02'), authority: 'Giám đốc Sở Tài nguyên và Môi trường', award: 'Giấy khen của Giám đốc Sở Tài nguyên và Môi trường', recipientType: 'Cá nhân', quantity: 12 },
      // the planted mistake: a Prime Minister's Bằng khen "signed" by the Giám đốc Sở
      { decisionNumber: '1500/QĐ-TTg', decisionDate: serial('2022-10-05'), authority: 'Giám đốc Sở', award: 'Bằng khen của Thủ tướng Chính phủ', recipientType: 'Tập thể', quantity: 1 },
    ]),
    XepLoai: numbered([{ unit: 'Văn phòng Sở', recipientType: 'Cá nhân', excellent: 4, good: 20, done: 2, notDone: 0 }]),
    TTHC: numbered([{ field: 'Đất đai', online: 820, inPerson: 1310, carriedOver: 96, early: 900, onTime: 1100, late: 24, pendingWithin: 150, pendingOverdue: 12, returned: 40 }]),
  },
};

const REPORT_2025 = {
  header: {},
  rows: {
    KhenThuong: numbered([
      { decisionNumber: '45/QĐ-SNNMT', decisionDate: serial('2025-01-05'), authority: 'Giám đốc Sở', award: 'LĐTT', recipientType: 'Cá nhân', quantity: 86 },
      { decisionNumber: '46/QĐ-SNNMT', decisionDate: serial('2025-01-05'), authority: 'Giám đốc Sở', award: 'CSTĐCS', recipientType: 'Cá nhân', quantity: 12 },
      { decisionNumber: '2251/QĐ-UBND', decisionDate: serial('2025-07-10'), authority: 'UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Tập thể', quantity: 10 },
      { decisionNumber: '2251/QĐ-UBND', decisionDate: serial('2025-07-10'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Cá nhân', quantity: 8 },
      { decisionNumber: '3020/QĐ-UBND', decisionDate: serial('2025-11-20'), authority: 'Chủ tịch UBND tỉnh', award: 'Chiến sĩ thi đua cấp tỉnh', recipientType: 'Cá nhân', quantity: 2 },
      { decisionNumber: '3021/QĐ-UBND', decisionDate: serial('2025-11-20'), authority: 'Chủ tịch UBND tỉnh', award: 'Cờ thi đua của UBND tỉnh', recipientType: 'Tập thể', quantity: 1 },
      { decisionNumber: '130/QĐ-SNNMT', decisionDate: serial('2025-08-19'), authority: 'Giám đốc Sở Nông nghiệp và Môi trường', award: 'Giấy khen của Giám đốc Sở Nông nghiệp và Môi trường', recipientType: 'Tập thể', quantity: 3 },
      { decisionNumber: '512/QĐ-BNNMT', decisionDate: serial('2025-09-01'), authority: 'Bộ trưởng Bộ Nông nghiệp và Môi trường', award: 'Kỷ niệm chương', recipientType: 'Cá nhân', quantity: 2, decidedAmount: 1000000 },
    ]),
  },
};

describe('a clean report typed by hand', () => {
  it('2022, under NĐ 91/2017: only the planted signer mismatch is found, error first', () => {
    const result = validateWorkbook(buildSnapshot(REPORT_2022));
    expect(result.findings.map((f) => [f.severity, f.cell, f.rule])).toEqual([
      ['error', 'D11', 'award.authority'],
      ['warning', 'B11', 'award.signerSymbol'],
    ]);
    expect(result.findings[0].message).toContain('"Bằng khen của Thủ tướng Chính phủ" không thuộc thẩm quyền của "Giám đốc Sở"');
    expect(result.findings[0].basis).toContain('Luật Thi đua, khen thưởng 06/2022/QH15');
  });

  it('2022: every amount is the NĐ 91/2017 one at the lương cơ sở of its date, to the đồng', () => {
    const snapshot = buildSnapshot(REPORT_2022);
    const computed = computeTables(snapshot);
    const unit = (i: number) => computedValue(computed, 'KhenThuong', 'Mức thưởng (đồng)', i);
    // lương cơ sở 1.490.000: LĐTT 0,3 → 447.000 → 450.000; CSTĐCS 1,0; TTLĐTT 0,8 → 1.192.000 → 1.200.000;
    // Bằng khen of the province 1,0 (tập thể 2,0); of a ministry 1,0; Giấy khen 0,3; Bằng khen TTg tập thể 7,0
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(unit)).toEqual([450000, 1490000, 1200000, 2980000, 1490000, 1490000, 450000, 10430000]);
  });

  it('2025: no finding at all — aliases, signers as decisions name them, and the decision amount of a Kỷ niệm chương', () => {
    const snapshot = buildSnapshot(REPORT_2025);
    expect(validateWorkbook(snapshot).findings).toEqual([]);
    const computed = computeTables(snapshot);
    const unit = (i: number) => computedValue(computed, 'KhenThuong', 'Mức thưởng (đồng)', i);
    // lương cơ sở 2.340.000 (from 01/7/2024); NĐ 152/2025 from 01/7/2025: Bằng khen of the province 1,5 (tập thể 3,0)
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(unit)).toEqual([710000, 2340000, 7020000, 3510000, 7020000, 18720000, 1410000, 1000000]);

    const paragraphs = draftParagraphs(summarize(snapshot, computed));
    const awards = paragraphs.find((p) => p.key === 'awards')?.text ?? '';
    expect(awards).toContain('Giám đốc Sở công nhận danh hiệu "Lao động tiên tiến" cho 86 cá nhân');
    expect(awards).toContain('Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể, 08 cá nhân');
    expect(awards).toContain('Giám đốc Sở tặng Giấy khen cho 03 tập thể');
    expect(awards).toContain('đơn vị chi trả 93.370.000 đồng');
    expect(awards).toContain('cấp trên chi trả 133.040.000 đồng');
    expect(awards).not.toMatch(/dòng|KhenThuong|DM_/);
  });
});
