import { computeTables, computedColumn, computedTotal, computedValue, type ComputedWorkbook } from '../../../src/domain/compute';
import { CAT_GIAM_HEADERS, TTHC_HEADERS } from '../../../src/domain/contract';
import { buildSnapshot, DOSSIER_ROWS, snapshotWith } from '../../helpers/computeFixtures';
import type { RowInput } from '../../helpers/snapshot';

const VALUE_ERROR = { error: '#VALUE!' };

function rowsOf(computed: ComputedWorkbook, table: string, header: string) {
  return computedColumn(computed, table, header);
}

describe('computeTables', () => {
  it('computes only the tables present, numbering STT 1..n', () => {
    const computed = computeTables(snapshotWith({ ChiTieu: [{ target: 'A' }, { target: 'B' }, {}] }, { omitTables: ['GCN'] }));
    expect(Object.keys(computed.tables)).toEqual(['KhenThuong', 'XepLoai', 'TTHC', 'CatGiamTTHC', 'ChiTieu']);
    expect(rowsOf(computed, 'ChiTieu', 'STT')).toEqual([1, 2, 3]);
    expect(computed.tables.ChiTieu.totals).toBeNull();
    expect(computed.tables.TTHC.rows).toEqual([]);
    expect(computed.tables.TTHC.totals?.[TTHC_HEADERS.onlineRate]).toBe('');
    expect(computed.tables.TTHC.totals?.[TTHC_HEADERS.received]).toBe(0);
  });

  it('reads a missing column as blank and says so', () => {
    const headers = ['STT', 'Lĩnh vực / Đơn vị', 'Nhận trực tuyến', 'Nhận trực tiếp, bưu chính'];
    const computed = computeTables(buildSnapshot({ rows: { TTHC: [{ online: 3, inPerson: 1 }] }, headers: { TTHC: headers } }));
    expect(computed.tables.TTHC.missingColumns).toContain('Từ kỳ trước');
    expect(computedValue(computed, 'TTHC', TTHC_HEADERS.received, 0)).toBe(4);
    expect(computedValue(computed, 'TTHC', TTHC_HEADERS.onlineRate, 0)).toBe(0.75);
  });
});

describe('XepLoai', () => {
  const compute = (rows: RowInput[]) => computeTables(snapshotWith({ XepLoai: rows }));

  it('sums the four levels (SUM skips text) and divides by Tổng số', () => {
    const c = compute([
      { excellent: 2, good: 10, done: 1, notDone: 0 },
      { excellent: '5', good: 10 }, // SUM skips "5"; the division converts it
      { excellent: 'năm', good: 10 },
      {},
    ]);
    expect(rowsOf(c, 'XepLoai', 'Tổng số')).toEqual([13, 10, 10, 0]);
    expect(rowsOf(c, 'XepLoai', 'Tỷ lệ xuất sắc')).toEqual([2 / 13, 0.5, VALUE_ERROR, '']);
    expect(computedTotal(c, 'XepLoai', 'Hoàn thành xuất sắc')).toBe(2);
    expect(computedTotal(c, 'XepLoai', 'Tỷ lệ xuất sắc')).toBe(2 / 33);
  });
});

describe('TTHC', () => {
  const H = TTHC_HEADERS;

  it('totals the groups, the difference and the rates of the fixture', () => {
    const c = computeTables(snapshotWith({ TTHC: DOSSIER_ROWS }));
    expect(rowsOf(c, 'TTHC', H.received)).toEqual([9400, 3080]);
    expect(rowsOf(c, 'TTHC', H.resolved)).toEqual([9100, 2850]);
    expect(rowsOf(c, 'TTHC', H.pending)).toEqual([280, 90]);
    expect(rowsOf(c, 'TTHC', H.difference)).toEqual([0, 140]);
    expect(rowsOf(c, 'TTHC', H.earlyOrOnTimeRate)).toEqual([8900 / 9100, 2720 / 2850]);
    expect(c.tables.TTHC.totals).toMatchObject({
      [H.received]: 12480,
      [H.online]: 8112,
      [H.resolved]: 11950,
      [H.difference]: 140,
      [H.earlyRate]: 10120 / 11950,
      [H.resolvedRate]: 11950 / 12480,
    });
  });

  it('divides summed counts in the totals row, never averages the rows’ rates', () => {
    const c = computeTables(
      snapshotWith({
        TTHC: [
          { online: 90, inPerson: 10 }, // 90%
          { online: 100, inPerson: 900 }, // 10%
        ],
      }),
    );
    const rates = rowsOf(c, 'TTHC', H.onlineRate) as number[];
    expect(rates).toEqual([0.9, 0.1]);
    const averageOfRates = (rates[0] + rates[1]) / 2;
    const total = computedTotal(c, 'TTHC', H.onlineRate);
    expect(total).toBe(190 / 1100);
    expect(total).not.toBeCloseTo(averageOfRates, 2);
  });

  it('leaves rates empty on empty denominators and reports #VALUE! for text in a sum of operands', () => {
    const c = computeTables(
      snapshotWith({
        TTHC: [
          { carriedOver: 5 }, // nothing received in the period, nothing resolved
          { online: 'nhiều', inPerson: 3, early: 2 },
          { online: '#N/A', inPerson: 3 },
        ],
      }),
    );
    expect(computedValue(c, 'TTHC', H.onlineRate, 0)).toBe('');
    expect(computedValue(c, 'TTHC', H.earlyRate, 0)).toBe('');
    expect(computedValue(c, 'TTHC', H.resolvedRate, 0)).toBe(0);
    expect(computedValue(c, 'TTHC', H.received, 1)).toBe(3); // SUM skips the text
    expect(computedValue(c, 'TTHC', H.onlineRate, 1)).toEqual(VALUE_ERROR); // "nhiều"+3
    expect(computedValue(c, 'TTHC', H.earlyRate, 1)).toBe(1);
    expect(computedValue(c, 'TTHC', H.received, 2)).toEqual({ error: '#N/A' });
    expect(computedValue(c, 'TTHC', H.difference, 2)).toEqual({ error: '#N/A' });
    expect(computedTotal(c, 'TTHC', H.online)).toEqual({ error: '#N/A' });
    expect(computedTotal(c, 'TTHC', H.onlineRate)).toEqual({ error: '#N/A' });
  });

  it('reads Trả lại through N(): text counts as 0', () => {
    const c = computeTables(snapshotWith({ TTHC: [{ online: 10, early: 4, pendingWithin: 3, returned: 'hai' }] }));
    expect(computedValue(c, 'TTHC', H.difference, 0)).toBe(3);
  });
});

describe('CatGiamTTHC', () => {
  const H = CAT_GIAM_HEADERS;

  it('computes the days cut, the rate per row and the ratio of sums in the totals row', () => {
    const c = computeTables(
      snapshotWith({
        CatGiamTTHC: [
          { legalDays: 20, cutDays: 15 }, // 25%
          { legalDays: 2, cutDays: 0 }, // 100%
        ],
      }),
    );
    expect(rowsOf(c, 'CatGiamTTHC', H.daysCut)).toEqual([5, 2]);
    expect(rowsOf(c, 'CatGiamTTHC', H.cutRate)).toEqual([0.25, 1]);
    expect(computedTotal(c, 'CatGiamTTHC', H.cutRate)).toBe(7 / 22); // not (25% + 100%) / 2
  });

  it('is empty without both durations, and the totals divide by the legal days of rows that have a cut', () => {
    const c = computeTables(
      snapshotWith({
        CatGiamTTHC: [{ legalDays: '', cutDays: 5 }, { legalDays: 15, cutDays: '' }, { legalDays: 'mười', cutDays: 4 }, {}],
      }),
    );
    expect(rowsOf(c, 'CatGiamTTHC', H.daysCut)).toEqual(['', '', -4, '']);
    expect(rowsOf(c, 'CatGiamTTHC', H.cutRate)).toEqual(['', '', '', '']);
    // SUMIFS(legal, cut, "<>") finds no numeric legal duration beside a cut one: no rate.
    expect(computedTotal(c, 'CatGiamTTHC', H.cutRate)).toBe('');
  });
});

describe('GCN', () => {
  it('rates achievement only where a target is set, may exceed 100%, and never goes below 0 remaining', () => {
    const c = computeTables(
      snapshotWith({
        GCN: [
          { target: 300, issued: 230 },
          { target: 2000, issued: 2200 },
          { target: '', issued: 100 },
          { target: 0, issued: 5 },
          { target: '50', issued: 5 }, // a target typed as text: N() is 0
          { target: 40, issued: '' },
        ],
      }),
    );
    expect(rowsOf(c, 'GCN', 'Tỷ lệ đạt chỉ tiêu')).toEqual([230 / 300, 1.1, '', '', '', 0]);
    expect(rowsOf(c, 'GCN', 'Còn phải cấp')).toEqual([70, 0, '', '', '', 40]);
    expect(computedTotal(c, 'GCN', 'Số GCN đã cấp')).toBe(2540);
    expect(computedTotal(c, 'GCN', 'Tỷ lệ đạt chỉ tiêu')).toBe(2430 / 2340);
    expect(computedTotal(c, 'GCN', 'Còn phải cấp')).toBe(110);
  });
});

describe('ChiTieu', () => {
  it('divides Thực hiện by Kế hoạch, empty without a plan', () => {
    const c = computeTables(
      snapshotWith({ ChiTieu: [{ plan: 10, done: 12 }, { plan: 0, done: 3 }, { plan: 4, done: 'bốn' }, { plan: '', done: 1 }] }),
    );
    expect(rowsOf(c, 'ChiTieu', 'Tỷ lệ hoàn thành')).toEqual([1.2, '', 0, '']);
  });
});
