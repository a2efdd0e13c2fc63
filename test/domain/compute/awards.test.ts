import { computeTables, computedTotal, computedValue } from '../../../src/domain/compute';
import { DM_DANH_HIEU } from '../../../src/domain/contract';
import type { CellValue } from '../../../src/domain/snapshot';
import { serial, snapshotWith } from '../../helpers/computeFixtures';
import type { RowInput } from '../../helpers/snapshot';

const UNIT = 'Mức thưởng (đồng)';
const AMOUNT = 'Thành tiền (đồng)';

function award(title: CellValue, who: CellValue, date: CellValue, quantity: CellValue = 1): RowInput {
  return { award: title, recipientType: who, decisionDate: date, quantity };
}

function compute(rows: readonly RowInput[], catalogues?: Record<string, readonly RowInput[]>) {
  const computed = computeTables(snapshotWith({ KhenThuong: rows }, { catalogues }));
  return {
    unit: (i: number) => computedValue(computed, 'KhenThuong', UNIT, i),
    amount: (i: number) => computedValue(computed, 'KhenThuong', AMOUNT, i),
    total: (h: string) => computedTotal(computed, 'KhenThuong', h),
    computed,
  };
}

const JAN_2025 = serial('2025-01-10');

describe('KhenThuong: Mức thưởng = CEILING(ROUND(hệ số × lương cơ sở, 0), 10000)', () => {
  it('rounds up to the next 10.000 đồng (NĐ 152/2025 Điều 49 k2)', () => {
    const r = compute([
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025), // 0,3 × 2.340.000 = 702.000
      award('Tập thể lao động tiên tiến', 'Tập thể', JAN_2025), // 0,8 × 2.340.000 = 1.872.000
      award('Chiến sĩ thi đua cơ sở', 'Cá nhân', JAN_2025), // 1,0 × 2.340.000
    ]);
    expect(r.unit(0)).toBe(710000);
    expect(r.unit(1)).toBe(1880000);
    expect(r.unit(2)).toBe(2340000);
  });

  it('chooses the base salary in force on the decision date', () => {
    const r = compute([
      award('Chiến sĩ thi đua cơ sở', 'Cá nhân', serial('2024-06-30')),
      award('Chiến sĩ thi đua cơ sở', 'Cá nhân', serial('2024-07-01')),
      award('Chiến sĩ thi đua cơ sở', 'Cá nhân', serial('2017-06-30')), // before every row of DM_LuongCoSo
      award('Chiến sĩ thi đua cơ sở', 'Cá nhân', serial('2024-07-01') + 0.75), // a time of day does not matter
    ]);
    expect(r.unit(0)).toBe(1800000);
    expect(r.unit(1)).toBe(2340000);
    expect(r.unit(2)).toBe('');
    expect(r.unit(3)).toBe(2340000);
  });

  it('picks the multiplier by Đối tượng, comparing text case-insensitively as Excel does', () => {
    const catalogue = [
      ...DM_DANH_HIEU.rows.filter((row) => row.name !== 'Giấy khen'),
      { name: 'Giấy khen', group: 'Hình thức khen thưởng', individual: 0.3, collective: 0.6, household: 0.45 },
    ] as RowInput[];
    const r = compute(
      [
        award('Giấy khen', 'Tập thể', JAN_2025), // 0,6 → 1.404.000 → 1.410.000
        award('giấy KHEN', 'tập thể', JAN_2025),
        award('Giấy khen', 'Hộ gia đình', JAN_2025), // 0,45 → 1.053.000 → 1.060.000
        award('Giấy khen', 'Cá nhân', JAN_2025), // 0,3 → 710.000
        award('Giấy khen', 'Ban giám đốc', JAN_2025), // not a recipient type: no amount rather than another type's
      ],
      { DM_DanhHieu: catalogue },
    );
    expect([0, 1, 2, 3, 4].map(r.unit)).toEqual([1410000, 1410000, 1060000, 710000, '']);
  });

  it('is empty without a title, a recipient, a numeric date or a multiplier', () => {
    const r = compute([
      award('', 'Cá nhân', JAN_2025),
      award('Lao động tiên tiến', '', JAN_2025),
      award('Lao động tiên tiến', 'Cá nhân', ''),
      award('Lao động tiên tiến', 'Cá nhân', '10/01/2025'), // a date typed as text: N() is 0
      award('Không có trong danh mục', 'Cá nhân', JAN_2025),
      award('Bằng khen của bộ, ban, ngành, tỉnh', 'Cá nhân', JAN_2025), // no individual multiplier by default
      award('Lao động tiên tiến', 'Tập thể', JAN_2025), // no collective multiplier for an individual title
      award('Lao động tiên tiến', 'Cá nhân', '#N/A'),
    ]);
    for (let i = 0; i < 8; i++) {
      expect(r.unit(i)).toBe('');
      expect(r.amount(i)).toBe('');
    }
  });

  it('follows MATCH wildcards, as Excel does', () => {
    expect(compute([award('Lao động tiên*', 'Cá nhân', JAN_2025)]).unit(0)).toBe(710000);
  });

  it('reads the catalogues from the workbook when they are there', () => {
    const r = compute([award('Lao động tiên tiến', 'Cá nhân', serial('2026-07-01'))], {
      DM_LuongCoSo: [
        { from: '2024-07-01', amount: 2340000 },
        { from: '2026-07-01', amount: 2500000 },
      ],
    });
    expect(r.unit(0)).toBe(750000);
  });
});

describe('KhenThuong: Thành tiền = Mức thưởng × N(Số lượng)', () => {
  it('multiplies by the quantity; a quantity typed as text counts as 0 (N of text)', () => {
    const r = compute([
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025, 150),
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025, '5'),
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025, ''),
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025, '#VALUE!'),
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025, true),
    ]);
    expect([0, 1, 2, 3, 4].map(r.amount)).toEqual([106500000, 0, 0, { error: '#VALUE!' }, 710000]);
  });

  it('sums Số lượng and Thành tiền in the totals row, skipping empty results', () => {
    const r = compute([
      award('Lao động tiên tiến', 'Cá nhân', JAN_2025, 2),
      award('Bằng khen của bộ, ban, ngành, tỉnh', 'Cá nhân', JAN_2025, 3),
      award('Tập thể lao động tiên tiến', 'Tập thể', JAN_2025, '4'),
    ]);
    expect(r.total('STT')).toBe('Tổng cộng');
    expect(r.total('Số lượng')).toBe(5);
    expect(r.total(AMOUNT)).toBe(1420000);
    expect(r.total(UNIT)).toBeUndefined();
  });
});
