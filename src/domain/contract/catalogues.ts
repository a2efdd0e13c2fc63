import { NUMBER_FORMAT as F } from './formats';
import { RECIPIENT } from './tables';
import type { CatalogueSpec, CatalogueValue } from './types';

export const CATALOGUE_SHEET = 'Danh mục';

export const AWARD_GROUP = { title: 'Danh hiệu thi đua', commendation: 'Hình thức khen thưởng' } as const;

/** Marks a default that could not be checked against the legal text: the user must fill it in. */
export const UNVERIFIED = 'Chưa xác minh — nhập hệ số theo Nghị định 152/2025/NĐ-CP trước khi tính tiền thưởng';

const NEW_DECREE = 'Nghị định 152/2025/NĐ-CP (Điều 49–54); Luật Thi đua, khen thưởng 06/2022/QH15';

type Row = Record<string, CatalogueValue>;

function award(
  name: string,
  group: string,
  appliesTo: readonly string[],
  individual: number | null,
  collective: number | null,
  household: number | null,
  basis: string,
): Row {
  return {
    name,
    group,
    appliesTo: appliesTo.join('; '),
    individual,
    collective,
    household,
    basis,
    from: null,
    to: null,
  };
}

const { individual: I, collective: C, household: H } = RECIPIENT;
const TITLE = AWARD_GROUP.title;
const FORM = AWARD_GROUP.commendation;

export const DM_DANH_HIEU: CatalogueSpec = {
  key: 'awards',
  name: 'DM_DanhHieu',
  title: 'Danh hiệu thi đua, hình thức khen thưởng',
  columns: [
    { key: 'name', header: 'Tên', type: 'text', numberFormat: F.text, width: 40 },
    { key: 'group', header: 'Nhóm', type: 'text', numberFormat: F.text, width: 22 },
    { key: 'appliesTo', header: 'Áp dụng cho', type: 'text', numberFormat: F.text, width: 26 },
    { key: 'individual', header: 'Hệ số cá nhân', type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'collective', header: 'Hệ số tập thể', type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'household', header: 'Hệ số hộ gia đình', type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'basis', header: 'Căn cứ', type: 'text', numberFormat: F.text, width: 50 },
    { key: 'from', header: 'Hiệu lực từ', type: 'date', numberFormat: F.date, width: 12 },
    { key: 'to', header: 'Hiệu lực đến', type: 'date', numberFormat: F.date, width: 12 },
  ],
  rows: [
    award('Chiến sĩ thi đua toàn quốc', TITLE, [I], 4.5, null, null, `Luật 06/2022/QH15 Điều 21; ${NEW_DECREE}`),
    award('Chiến sĩ thi đua bộ, ban, ngành, tỉnh', TITLE, [I], 3.0, null, null, `Luật 06/2022/QH15 Điều 22; ${NEW_DECREE}`),
    award('Chiến sĩ thi đua cơ sở', TITLE, [I], 1.0, null, null, `Luật 06/2022/QH15 Điều 23; ${NEW_DECREE}`),
    award('Lao động tiên tiến', TITLE, [I], 0.3, null, null, `Luật 06/2022/QH15 Điều 24; ${NEW_DECREE}`),
    award('Chiến sĩ tiên tiến', TITLE, [I], 0.3, null, null, `Luật 06/2022/QH15 Điều 24; ${NEW_DECREE}`),
    award('Cờ thi đua của Chính phủ', TITLE, [C], null, 12, null, `Luật 06/2022/QH15 Điều 25; ${NEW_DECREE}`),
    award('Cờ thi đua của bộ, ban, ngành, tỉnh', TITLE, [C], null, 8, null, `Luật 06/2022/QH15 Điều 26; ${NEW_DECREE}`),
    award('Tập thể lao động xuất sắc', TITLE, [C], null, 1.5, null, `Luật 06/2022/QH15 Điều 27; ${NEW_DECREE}`),
    award('Đơn vị quyết thắng', TITLE, [C], null, 1.5, null, `Luật 06/2022/QH15 Điều 27; ${NEW_DECREE}`),
    award('Tập thể lao động tiên tiến', TITLE, [C], null, 0.8, null, `Luật 06/2022/QH15 Điều 28; ${NEW_DECREE}`),
    award('Đơn vị tiên tiến', TITLE, [C], null, 0.8, null, `Luật 06/2022/QH15 Điều 28; ${NEW_DECREE}`),
    award('Xã, phường, đặc khu tiêu biểu', TITLE, [C], null, 2.0, null, `Luật 06/2022/QH15 Điều 20; ${NEW_DECREE}`),
    award('Thôn, tổ dân phố văn hóa', TITLE, [C], null, 1.5, null, `Luật 06/2022/QH15 Điều 20; ${NEW_DECREE}`),
    award('Gia đình văn hóa', TITLE, [H], null, null, null, `Luật 06/2022/QH15 Điều 20. Hệ số: ${UNVERIFIED}`),
    award('Bằng khen của Thủ tướng Chính phủ', FORM, [C, I, H], null, 7, null, `${NEW_DECREE}. Hệ số cá nhân, hộ gia đình: ${UNVERIFIED}`),
    award('Bằng khen của bộ, ban, ngành, tỉnh', FORM, [C, I, H], null, 3, null, `${NEW_DECREE}. Hệ số cá nhân, hộ gia đình: ${UNVERIFIED}`),
    award('Giấy khen', FORM, [C, I, H], null, 0.6, null, `${NEW_DECREE}. Hệ số cá nhân, hộ gia đình: ${UNVERIFIED}`),
    award('Huân chương Lao động hạng Nhất', FORM, [C, I], null, null, null, `Luật 06/2022/QH15 Điều 41. ${UNVERIFIED}`),
    award('Huân chương Lao động hạng Nhì', FORM, [C, I], null, null, null, `Luật 06/2022/QH15 Điều 41. ${UNVERIFIED}`),
    award('Huân chương Lao động hạng Ba', FORM, [C, I], null, null, null, `Luật 06/2022/QH15 Điều 41. ${UNVERIFIED}`),
    // 0 = awarded without bonus money (not "unknown"): no amount is computed and nothing is flagged.
    award('Kỷ niệm chương', FORM, [I], 0, null, null, 'Luật 06/2022/QH15 Điều 64; Kỷ niệm chương không kèm tiền thưởng (hệ số 0)'),
  ],
};

export const DM_LUONG_CO_SO: CatalogueSpec = {
  key: 'baseSalary',
  name: 'DM_LuongCoSo',
  title: 'Mức lương cơ sở',
  columns: [
    { key: 'from', header: 'Từ ngày', type: 'date', numberFormat: F.date, width: 12 },
    { key: 'amount', header: 'Mức lương cơ sở (đồng)', type: 'money', numberFormat: F.money, width: 16 },
    { key: 'basis', header: 'Căn cứ', type: 'text', numberFormat: F.text, width: 26 },
  ],
  rows: [
    { from: '2017-07-01', amount: 1300000, basis: 'Nghị định 47/2017/NĐ-CP' },
    { from: '2018-07-01', amount: 1390000, basis: 'Nghị định 72/2018/NĐ-CP' },
    { from: '2019-07-01', amount: 1490000, basis: 'Nghị định 38/2019/NĐ-CP' },
    { from: '2023-07-01', amount: 1800000, basis: 'Nghị định 24/2023/NĐ-CP' },
    { from: '2024-07-01', amount: 2340000, basis: 'Nghị định 73/2024/NĐ-CP' },
  ],
};

export const DM_CAP_QUYET_DINH: CatalogueSpec = {
  key: 'authorities',
  name: 'DM_CapQuyetDinh',
  title: 'Cấp quyết định',
  columns: [{ key: 'name', header: 'Tên', type: 'text', numberFormat: F.text, width: 30 }],
  rows: [
    'Chủ tịch nước',
    'Thủ tướng Chính phủ',
    'Bộ, ban, ngành trung ương',
    'Ủy ban nhân dân tỉnh',
    'Sở, ban, ngành tỉnh',
    'Ủy ban nhân dân xã, phường, đặc khu',
    'Thủ trưởng cơ quan, đơn vị',
  ].map((name) => ({ name })),
};

/** Names of the rule parameters the validator reads from DM_ThamSo. */
export const PARAMETER = {
  baseEmulationQuota: 'Tỷ lệ tối đa Chiến sĩ thi đua cơ sở / Lao động tiên tiến',
  excellentQuota: 'Tỷ lệ tối đa Hoàn thành xuất sắc / Hoàn thành tốt',
} as const;

export const DM_THAM_SO: CatalogueSpec = {
  key: 'parameters',
  name: 'DM_ThamSo',
  title: 'Tham số quy tắc',
  columns: [
    { key: 'name', header: 'Tham số', type: 'text', numberFormat: F.text, width: 44 },
    { key: 'value', header: 'Giá trị', type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'basis', header: 'Căn cứ', type: 'text', numberFormat: F.text, width: 50 },
  ],
  rows: [
    {
      name: PARAMETER.baseEmulationQuota,
      value: 0.15,
      basis: 'Nghị định 91/2017/NĐ-CP Điều 9 khoản 3 (áp dụng đến 31/12/2023)',
    },
    {
      name: PARAMETER.excellentQuota,
      value: 0.2,
      basis: 'Quy định 366-QĐ/TW; Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
    },
  ],
};

/** Catalogue tables in the order they stand, left to right, on the "Danh mục" sheet. */
export const CATALOGUES: readonly CatalogueSpec[] = [DM_DANH_HIEU, DM_LUONG_CO_SO, DM_CAP_QUYET_DINH, DM_THAM_SO];

/** An individual title and its collective counterpart, for suggestions. */
export const AWARD_COUNTERPARTS: readonly (readonly [string, string])[] = [
  ['Lao động tiên tiến', 'Tập thể lao động tiên tiến'],
  ['Chiến sĩ tiên tiến', 'Đơn vị tiên tiến'],
  ['Chiến sĩ thi đua cơ sở', 'Tập thể lao động xuất sắc'],
  ['Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 'Cờ thi đua của bộ, ban, ngành, tỉnh'],
  ['Chiến sĩ thi đua toàn quốc', 'Cờ thi đua của Chính phủ'],
];
