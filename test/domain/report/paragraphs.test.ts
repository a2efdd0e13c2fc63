import { computeTables } from '../../../src/domain/compute';
import { draftParagraphs, summarize, type Paragraph } from '../../../src/domain/report';
import { achievementPhrase } from '../../../src/domain/report/paragraphs/common';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { reportSnapshot, serial, snapshotWith } from '../../helpers/computeFixtures';

function draft(snapshot: WorkbookSnapshot): Record<string, Paragraph> {
  const paragraphs = draftParagraphs(summarize(snapshot, computeTables(snapshot)));
  return Object.fromEntries(paragraphs.map((p) => [p.key, p]));
}

describe('draftParagraphs on the report fixture', () => {
  const p = draft(reportSnapshot());

  it('drafts one paragraph per section, in report order', () => {
    expect(Object.keys(p)).toEqual(['general', 'awards', 'ratings', 'tthc', 'deadlineCuts', 'gcn', 'targets']);
    expect(p.tthc.title).toBe('Giải quyết thủ tục hành chính');
  });

  it('states the unit, the period and the report date — nothing internal such as the time of computation', () => {
    expect(p.general.text).toBe(
      'Đơn vị báo cáo: Sở Nông nghiệp và Môi trường. Kỳ báo cáo: từ ngày 15/12/2024 đến ngày 14/12/2025. ' +
        'Ngày báo cáo: 20/12/2025.',
    );
  });

  it('reports awards per title and recipient type, with the bonus money', () => {
    expect(p.awards.text).toBe(
      'Đã khen thưởng tổng số 218 lượt, trong đó 40 lượt tập thể và 178 lượt cá nhân. ' +
        'Về danh hiệu thi đua: công nhận danh hiệu "Chiến sĩ thi đua cơ sở" cho 20 cá nhân; ' +
        'công nhận danh hiệu "Lao động tiên tiến" cho 150 cá nhân; công nhận danh hiệu "Tập thể lao động tiên tiến" cho 25 tập thể. ' +
        'Về hình thức khen thưởng: tặng Bằng khen của bộ, ban, ngành, tỉnh cho 10 tập thể, 08 cá nhân; tặng Giấy khen cho 05 tập thể. ' +
        // 2024–30/6/2025 decisions under NĐ 98/2023, whose form multipliers are not verified: no amount, said so
        'Tổng số tiền thưởng: 200.300.000 đồng. Chưa tính tiền thưởng của 23 lượt chưa xác định được mức thưởng.',
    );
  });

  it('reports ratings with the excellent share of those rated', () => {
    expect(p.ratings.text).toBe(
      'Tập thể: 13 tập thể được đánh giá, xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ 2 (chiếm 15,38%), ' +
        'hoàn thành tốt nhiệm vụ 10, hoàn thành nhiệm vụ 1, không hoàn thành nhiệm vụ 0. ' +
        'Cá nhân: 55 cá nhân được đánh giá, xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ 8 (chiếm 14,55%), ' +
        'hoàn thành tốt nhiệm vụ 42, hoàn thành nhiệm vụ 4, không hoàn thành nhiệm vụ 1.',
    );
  });

  it('reports dossiers naming each rate’s denominator, and the unexplained difference', () => {
    expect(p.tthc.text).toBe(
      'Đã tiếp nhận 12.480 hồ sơ, trong đó từ kỳ trước chuyển sang 520 hồ sơ, tiếp nhận mới trong kỳ 11.960 hồ sơ ' +
        '(trực tuyến 8.112 hồ sơ, đạt 67,83% số hồ sơ tiếp nhận mới trong kỳ; trực tiếp, qua dịch vụ bưu chính công ích 3.848 hồ sơ). ' +
        'Đã giải quyết 11.950 hồ sơ (bằng 95,75% tổng số hồ sơ tiếp nhận), trong đó trước hạn 10.120 hồ sơ (84,69% số hồ sơ đã giải quyết), ' +
        'đúng hạn 1.500 hồ sơ (12,55%), quá hạn 330 hồ sơ (2,76%); tỷ lệ giải quyết trước và đúng hạn đạt 97,24%. ' +
        'Đang giải quyết 370 hồ sơ, trong đó quá hạn 40 hồ sơ. Trả lại, rút hoặc tạm dừng giải quyết 20 hồ sơ. ' +
        'Số liệu chưa khớp: tổng số hồ sơ tiếp nhận nhiều hơn tổng số hồ sơ đã giải quyết, đang giải quyết và trả lại, rút, tạm dừng 140 hồ sơ.',
    );
  });

  it('reports deadline cuts as Σ days cut ÷ Σ legal days', () => {
    expect(p.deadlineCuts.text).toBe(
      'Đã cắt giảm thời hạn giải quyết 3 thủ tục hành chính (trong số 4 thủ tục có đủ số liệu thời hạn). ' +
        'Tổng thời hạn giải quyết theo quy định là 72,5 ngày, sau cắt giảm còn 55 ngày, giảm 17,5 ngày, ' +
        'tỷ lệ cắt giảm 24,14% tổng thời hạn theo quy định.',
    );
  });

  it('reports certificates against targets, saying "vượt" above 100%', () => {
    expect(p.gcn.text).toBe(
      'Đã cấp 5.330 giấy chứng nhận quyền sử dụng đất với 6.240 thửa, diện tích 1.260,75 ha. ' +
        'So với chỉ tiêu giao 5.000 giấy chứng nhận, đạt 104,60%, vượt 4,60% chỉ tiêu, ' +
        'tính trên 5.230 giấy chứng nhận đã cấp ở các dòng có giao chỉ tiêu. ' +
        'Theo đối tượng: tổ chức 230 giấy chứng nhận (đạt 76,67% chỉ tiêu); hộ gia đình, cá nhân 5.100 giấy chứng nhận ' +
        '(đạt 106,38%, vượt 6,38% chỉ tiêu, tính trên 5.000 giấy chứng nhận ở các dòng có chỉ tiêu). ' +
        'Theo loại đăng ký: đăng ký lần đầu 2.430 giấy chứng nhận (đạt 105,65%, vượt 5,65% chỉ tiêu); ' +
        'đăng ký biến động 2.900 giấy chứng nhận (đạt 103,70%, vượt 3,70% chỉ tiêu, tính trên 2.800 giấy chứng nhận ở các dòng có chỉ tiêu).',
    );
  });

  it('says "vượt" for a rate whose hundredths overflow a double (1e308 certificates against 25), rather than failing', () => {
    const phrase = achievementPhrase(1e308 / 25);
    expect(phrase).toMatch(/^đạt 400(\.000)+%, vượt 400(\.000)+% chỉ tiêu$/);
  });

  it('reports each target and how many reached their plan', () => {
    expect(p.targets.text).toBe(
      'Trong 3 chỉ tiêu, nhiệm vụ có kế hoạch, có 2 chỉ tiêu, nhiệm vụ đạt hoặc vượt kế hoạch. ' +
        'Cụ thể: Hoàn thành nhiệm vụ trọng tâm: thực hiện 12/10 nhiệm vụ, đạt 120% kế hoạch; ' +
        'Thanh tra chuyên ngành: thực hiện 8/10 cuộc, đạt 80% kế hoạch; Giải quyết đơn thư: thực hiện 50/50 đơn, đạt 100% kế hoạch.',
    );
  });
});

describe('draftParagraphs without data', () => {
  const FORBIDDEN = /NaN|undefined|null|0,00%|\(\)|""/;

  it('says "Không có số liệu." for empty tables and omits absent ones', () => {
    const p = draft(snapshotWith({}, { omitTables: ['GCN', 'ChiTieu'] }));
    expect(Object.keys(p)).toEqual(['general', 'awards', 'ratings', 'tthc', 'deadlineCuts']);
    for (const key of ['awards', 'ratings', 'tthc', 'deadlineCuts']) expect(p[key].text).toBe('Không có số liệu.');
  });

  it('never prints a rate over an empty denominator', () => {
    const p = draft(
      snapshotWith({
        KhenThuong: [{ award: 'Gia đình văn hóa', recipientType: 'Hộ gia đình', quantity: 3, decisionDate: serial('2025-03-01') }],
        XepLoai: [{ unit: 'Phòng A', recipientType: 'Tập thể' }],
        TTHC: [{ field: 'Đất đai', carriedOver: 5, pendingWithin: 5 }],
        CatGiamTTHC: [{ procedure: 'Thủ tục 1', legalDays: 10 }],
        GCN: [{ unit: 'Xã A', recipient: 'Tổ chức', issued: 12, parcels: 12, area: 1.5 }],
        ChiTieu: [{ target: 'Kiểm tra', done: 3, unitOfMeasure: 'cuộc' }],
      }),
    );
    for (const paragraph of Object.values(p)) expect(paragraph.text).not.toMatch(FORBIDDEN);
    expect(p.awards.text).toBe(
      'Đã khen thưởng tổng số 03 lượt, trong đó 03 lượt hộ gia đình. Về danh hiệu thi đua: công nhận danh hiệu "Gia đình văn hóa" cho 03 hộ gia đình. ' +
        'Tổng số tiền thưởng: 0 đồng. Chưa tính tiền thưởng của 03 lượt chưa xác định được mức thưởng.',
    );
    expect(p.ratings.text).toBe('Không có số liệu.');
    expect(p.tthc.text).toBe(
      'Đã tiếp nhận 5 hồ sơ, trong đó từ kỳ trước chuyển sang 5 hồ sơ, tiếp nhận mới trong kỳ 0 hồ sơ ' +
        '(trực tuyến 0 hồ sơ; trực tiếp, qua dịch vụ bưu chính công ích 0 hồ sơ). Chưa có hồ sơ được giải quyết. ' +
        'Đang giải quyết 5 hồ sơ, trong đó quá hạn 0 hồ sơ.',
    );
    expect(p.deadlineCuts.text).toBe('Chưa có thủ tục nào có đủ số liệu thời hạn theo quy định và thời hạn sau cắt giảm.');
    expect(p.gcn.text).toBe(
      'Đã cấp 12 giấy chứng nhận quyền sử dụng đất với 12 thửa, diện tích 1,50 ha. Không giao chỉ tiêu cấp giấy chứng nhận. ' +
        'Theo đối tượng: tổ chức 12 giấy chứng nhận.',
    );
    expect(p.targets.text).toBe('Cụ thể: Kiểm tra: thực hiện 3 cuộc.');
  });

  it('explains instead of drafting when a figure is an error', () => {
    const p = draft(snapshotWith({ TTHC: [{ field: 'Đất đai', online: '#N/A', inPerson: 3 }] }));
    expect(p.tthc.text).toBe('Chưa tính được số liệu do bảng ở trang "TTHC" có ô lỗi (#N/A); đề nghị kiểm tra dữ liệu.');
  });
});
