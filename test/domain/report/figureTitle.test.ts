import { computeTables } from '../../../src/domain/compute/computeTables';
import { figureTitle, summarize, summaryFigures } from '../../../src/domain/report';
import { reportSnapshot } from '../../helpers/computeFixtures';

describe('figureTitle: a key figure says which part of the report it belongs to', () => {
  const snapshot = reportSnapshot();
  const titles = new Map(summaryFigures(summarize(snapshot, computeTables(snapshot))).map((f) => [f.key, figureTitle(f)]));

  it('names the section before the label', () => {
    expect(titles.get('awards.total.count')).toBe('Khen thưởng — Tổng số lượng');
    expect(titles.get('tthc.received')).toBe('Thủ tục hành chính — Tổng số nhận');
    expect(titles.get('ratings.all.excellentRate')).toBe('Xếp loại chất lượng — Tỷ lệ xuất sắc (tổng cộng)');
    expect(titles.get('gcn.total.issued')).toBe('Cấp GCN — Số GCN đã cấp (tổng cộng)');
  });

  it('gives every figure of the sample report a distinct title with a section', () => {
    const all = [...titles.values()];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((t) => / — /.test(t))).toBe(true);
  });
});
