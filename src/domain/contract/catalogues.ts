import { NUMBER_FORMAT as F } from './formats';
import { RECIPIENT } from './tables';
import type { CatalogueSpec, CatalogueValue } from './types';

export const CATALOGUE_SHEET = 'Danh mục';

export const AWARD_GROUP = { title: 'Danh hiệu thi đua', commendation: 'Hình thức khen thưởng' } as const;

/** Marks a multiplier that could not be checked against the published text: the cell stays empty. */
export const UNVERIFIED = 'Chưa xác minh được hệ số trong văn bản — để trống; nhập hệ số theo văn bản trước khi tính tiền thưởng';

type Row = Record<string, CatalogueValue>;

// ---------------------------------------------------------------- Người ký (DM_CapQuyetDinh)

/** Signers as decisions name them ("Chủ tịch Ủy ban nhân dân tỉnh", not the body "Ủy ban nhân dân tỉnh"). */
export const SIGNER = {
  president: 'Chủ tịch nước',
  primeMinister: 'Thủ tướng Chính phủ',
  minister: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  province: 'Chủ tịch Ủy ban nhân dân tỉnh',
  department: 'Giám đốc Sở',
  agencyHead: 'Thủ trưởng cơ quan, đơn vị',
  district: 'Chủ tịch Ủy ban nhân dân cấp huyện',
  commune: 'Chủ tịch Ủy ban nhân dân cấp xã',
} as const;
const S = SIGNER;

/** "Có" in DM_CapQuyetDinh "Đơn vị báo cáo chi trả": the reporting unit pays the bonuses this signer decides. */
export const PAID_BY_UNIT = 'Có';

const LAW = 'Luật 06/2022/QH15';
const PAYS = 'cấp nào quyết định khen thưởng thì cấp đó chi tiền thưởng';

export const DM_CAP_QUYET_DINH: CatalogueSpec = {
  key: 'authorities',
  name: 'DM_CapQuyetDinh',
  title: 'Người ký quyết định khen thưởng',
  columns: [
    { key: 'name', header: 'Tên', type: 'text', numberFormat: F.text, width: 34 },
    { key: 'paidByUnit', header: 'Đơn vị báo cáo chi trả', type: 'text', numberFormat: F.text, width: 12, optional: true },
    { key: 'basis', header: 'Căn cứ', type: 'text', numberFormat: F.text, width: 40, optional: true },
  ],
  rows: [
    { name: S.president, paidByUnit: null, basis: `${LAW}, Chương IV` },
    { name: S.primeMinister, paidByUnit: null, basis: `${LAW}, Chương IV` },
    { name: S.minister, paidByUnit: null, basis: `${LAW}, Chương IV` },
    { name: S.province, paidByUnit: null, basis: `${LAW}, Chương IV` },
    { name: S.department, paidByUnit: PAID_BY_UNIT, basis: `${LAW} Điều 80 khoản 1; ${PAYS}` },
    { name: S.agencyHead, paidByUnit: PAID_BY_UNIT, basis: `${LAW} Điều 80 khoản 1, 4; ${PAYS}` },
    { name: S.district, paidByUnit: null, basis: `${LAW} Điều 80 khoản 2 (cấp huyện đến 30/6/2025)` },
    { name: S.commune, paidByUnit: null, basis: `${LAW} Điều 80 khoản 3` },
  ],
};

// ---------------------------------------------------------------- Danh hiệu, hình thức (DM_DanhHieu)

const { individual: I, collective: C, household: H } = RECIPIENT;
const TITLE = AWARD_GROUP.title;
const FORM = AWARD_GROUP.commendation;

/** The three decrees on bonus money, with the dates they were in force. */
const DECREE = {
  old: { from: '2017-10-01', to: '2023-12-31', text: 'Nghị định 91/2017/NĐ-CP (01/10/2017 – 31/12/2023)' },
  transition: { from: '2024-01-01', to: '2025-06-30', text: 'Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/6/2025)' },
  current: { from: '2025-07-01', to: null, text: 'Nghị định 152/2025/NĐ-CP (từ 01/7/2025)' },
} as const;
type Decree = (typeof DECREE)[keyof typeof DECREE];

const ROUNDING = 'làm tròn lên hàng chục nghìn đồng (NĐ 91/2017 Điều 68 khoản 2; NĐ 152/2025 Điều 49 khoản 2)';
const TITLES_BASIS =
  'Hệ số như nhau ở Nghị định 91/2017/NĐ-CP, 98/2023/NĐ-CP và 152/2025/NĐ-CP (đã đối chiếu; số điều chưa ghi)';

interface AwardRow {
  name: string;
  group: string;
  appliesTo: readonly string[];
  individual: number | null;
  collective: number | null;
  household?: number | null;
  /** "không quá" multiplier for an individual: the decision states the amount */
  cap?: number | null;
  authorities: readonly string[];
  basis: string;
  decree?: Decree;
}

function award(row: AwardRow): Row {
  return {
    name: row.name,
    group: row.group,
    appliesTo: row.appliesTo.join('; '),
    individual: row.individual,
    collective: row.collective,
    household: row.household ?? null,
    basis: row.basis,
    from: row.decree?.from ?? null,
    to: row.decree?.to ?? null,
    authorities: row.authorities.join('; '),
    cap: row.cap ?? null,
  };
}

/** A title: one row for every date, its multiplier having stayed the same. */
function title(name: string, appliesTo: readonly string[], multiplier: number | null, authorities: readonly string[], article: string): Row {
  const individual = appliesTo.includes(I) ? multiplier : null;
  const collective = appliesTo.includes(C) ? multiplier : null;
  const household = appliesTo.includes(H) ? multiplier : null;
  const basis = multiplier === null ? `${LAW} ${article}. Hệ số: ${UNVERIFIED}` : `${LAW} ${article}; ${TITLES_BASIS}; ${ROUNDING}`;
  return award({ name, group: TITLE, appliesTo, individual, collective, household, authorities, basis });
}

/**
 * A form of commendation under one decree: the individual multiplier, the collective one
 * twice it ("tập thể gấp hai lần cá nhân", NĐ 91/2017 Điều 73 khoản 2 and the decrees after
 * it); null = not verified, left empty.
 */
function form(
  name: string,
  decree: Decree,
  individual: number | null,
  authorities: readonly string[],
  basis: string,
  appliesTo: readonly string[] = [C, I, H],
): Row {
  const collective = individual === null || !appliesTo.includes(C) ? null : Math.round(individual * 2 * 100) / 100;
  const text = individual === null ? `${decree.text}: ${UNVERIFIED}` : `${decree.text} ${basis}; tập thể gấp 2 lần cá nhân; ${ROUNDING}`;
  return award({ name, group: FORM, appliesTo, individual, collective, authorities, basis: `${text}. Hộ gia đình: ${UNVERIFIED}`, decree });
}

/** A form whose money is "không quá" a multiplier: the decision states the amount. */
function capped(name: string, decree: Decree, cap: number | null, authorities: readonly string[], basis: string): Row {
  if (cap === null) {
    // 0 = awarded without bonus money (not "unknown"): the amount shows 0 and nothing is flagged.
    const basisText = `${decree.text}: Kỷ niệm chương không kèm tiền thưởng (hệ số 0)`;
    return award({ name, group: FORM, appliesTo: [I], individual: 0, collective: null, authorities, basis: basisText, decree });
  }
  const text = `${decree.text} ${basis}: tiền thưởng không quá ${String(cap).replace('.', ',')} lần mức lương cơ sở, ghi ở cột "Tiền thưởng theo quyết định (đồng)"`;
  return award({ name, group: FORM, appliesTo: [I], individual: null, collective: null, cap, authorities, basis: text, decree });
}

const CENTRAL = [S.minister, S.province] as const;
const UNIT_LEVEL = [S.department, S.agencyHead, S.district] as const;
const NAME = {
  nationalFighter: 'Chiến sĩ thi đua toàn quốc',
  provincialFighter: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
  baseFighter: 'Chiến sĩ thi đua cơ sở',
  advancedWorker: 'Lao động tiên tiến',
  advancedSoldier: 'Chiến sĩ tiên tiến',
  governmentFlag: 'Cờ thi đua của Chính phủ',
  provincialFlag: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
  excellentCollective: 'Tập thể lao động xuất sắc',
  victoriousUnit: 'Đơn vị quyết thắng',
  advancedCollective: 'Tập thể lao động tiên tiến',
  advancedUnit: 'Đơn vị tiên tiến',
  model: 'Xã, phường, đặc khu tiêu biểu',
  culturalVillage: 'Thôn, tổ dân phố văn hóa',
  culturalFamily: 'Gia đình văn hóa',
  pmCertificate: 'Bằng khen của Thủ tướng Chính phủ',
  provincialCertificate: 'Bằng khen của bộ, ban, ngành, tỉnh',
  certificate: 'Giấy khen',
  communeCertificate: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
  medal: 'Kỷ niệm chương',
  assemblyMedal: 'Kỷ niệm chương của Ủy ban Thường vụ Quốc hội',
  labourFirst: 'Huân chương Lao động hạng Nhất',
  labourSecond: 'Huân chương Lao động hạng Nhì',
  labourThird: 'Huân chương Lao động hạng Ba',
} as const;
export const AWARD_NAME = NAME;

const A91 = 'Điều 73 khoản 1';
const A152 = 'Điều 54';

/** Rows for the decrees in force now come first, so the entry list reads as today's law; older periods follow. */
const AWARD_ROWS: Row[] = [
  title(NAME.nationalFighter, [I], 4.5, [S.primeMinister], 'Điều 21'),
  title(NAME.provincialFighter, [I], 3.0, CENTRAL, 'Điều 22'),
  title(NAME.baseFighter, [I], 1.0, [...CENTRAL, ...UNIT_LEVEL], 'Điều 23; thẩm quyền Điều 80 khoản 1, 2'),
  title(NAME.advancedWorker, [I], 0.3, [...CENTRAL, ...UNIT_LEVEL, S.commune], 'Điều 24; thẩm quyền Điều 80 khoản 1–3'),
  title(NAME.advancedSoldier, [I], 0.3, [...CENTRAL, ...UNIT_LEVEL], 'Điều 24'),
  title(NAME.governmentFlag, [C], 12, [S.primeMinister], 'Điều 25'),
  title(NAME.provincialFlag, [C], 8, CENTRAL, 'Điều 26'),
  // Delegated to heads of units in some sectors (domain brief): allowed for them too.
  title(NAME.excellentCollective, [C], 1.5, [...CENTRAL, ...UNIT_LEVEL], 'Điều 27'),
  title(NAME.victoriousUnit, [C], 1.5, CENTRAL, 'Điều 27'),
  title(NAME.advancedCollective, [C], 0.8, [...CENTRAL, ...UNIT_LEVEL], 'Điều 28; thẩm quyền Điều 80 khoản 1, 2'),
  title(NAME.advancedUnit, [C], 0.8, [...CENTRAL, ...UNIT_LEVEL], 'Điều 28'),
  title(NAME.model, [C], 2.0, CENTRAL, 'Điều 20'),
  title(NAME.culturalVillage, [C], 1.5, [S.province, S.district, S.commune], 'Điều 20; thẩm quyền Điều 80 khoản 2'),
  title(NAME.culturalFamily, [H], null, [S.commune], 'Điều 20; thẩm quyền Điều 80 khoản 3'),
  form(NAME.pmCertificate, DECREE.current, 3.5, [S.primeMinister], A152),
  form(NAME.provincialCertificate, DECREE.current, 1.5, CENTRAL, A152),
  form(NAME.certificate, DECREE.current, 0.3, UNIT_LEVEL, A152),
  form(NAME.communeCertificate, DECREE.current, null, [S.commune], A152),
  capped(NAME.medal, DECREE.current, 0.6, CENTRAL, A152),
  capped(NAME.assemblyMedal, DECREE.current, 0.8, [], A152),
  form(NAME.labourFirst, DECREE.current, 9.0, [S.president], 'Điều 51 (theo nguồn tham khảo)', [C, I]),
  form(NAME.labourSecond, DECREE.current, 7.5, [S.president], 'Điều 51 (theo nguồn tham khảo)', [C, I]),
  form(NAME.labourThird, DECREE.current, 4.5, [S.president], 'Điều 51 (theo nguồn tham khảo)', [C, I]),
  form(NAME.pmCertificate, DECREE.transition, null, [S.primeMinister], ''),
  form(NAME.provincialCertificate, DECREE.transition, null, CENTRAL, ''),
  form(NAME.certificate, DECREE.transition, null, UNIT_LEVEL, ''),
  form(NAME.communeCertificate, DECREE.transition, null, [S.commune], ''),
  capped(NAME.medal, DECREE.transition, 0.6, CENTRAL, '(theo nguồn tham khảo)'),
  capped(NAME.assemblyMedal, DECREE.transition, 0.8, [], '(theo nguồn tham khảo)'),
  form(NAME.labourFirst, DECREE.transition, null, [S.president], '', [C, I]),
  form(NAME.labourSecond, DECREE.transition, null, [S.president], '', [C, I]),
  form(NAME.labourThird, DECREE.transition, null, [S.president], '', [C, I]),
  form(NAME.pmCertificate, DECREE.old, 3.5, [S.primeMinister], A91),
  form(NAME.provincialCertificate, DECREE.old, 1.0, CENTRAL, A91),
  form(NAME.certificate, DECREE.old, 0.3, UNIT_LEVEL, A91),
  form(NAME.communeCertificate, DECREE.old, 0.15, [S.commune], `${A91} điểm d`),
  capped(NAME.medal, DECREE.old, null, CENTRAL, ''),
  form(NAME.labourFirst, DECREE.old, 9.0, [S.president], '(mức Huân chương; số điều chưa đối chiếu)', [C, I]),
  form(NAME.labourSecond, DECREE.old, 7.5, [S.president], '(mức Huân chương; số điều chưa đối chiếu)', [C, I]),
  form(NAME.labourThird, DECREE.old, 4.5, [S.president], '(mức Huân chương; số điều chưa đối chiếu)', [C, I]),
];

export const AWARD_CATALOGUE_HEADERS = {
  name: 'Tên',
  group: 'Nhóm',
  appliesTo: 'Áp dụng cho',
  individual: 'Hệ số cá nhân',
  collective: 'Hệ số tập thể',
  household: 'Hệ số hộ gia đình',
  basis: 'Căn cứ',
  from: 'Hiệu lực từ',
  to: 'Hiệu lực đến',
  authorities: 'Người có thẩm quyền',
  cap: 'Hệ số tối đa (cá nhân)',
} as const;
const AH = AWARD_CATALOGUE_HEADERS;

export const DM_DANH_HIEU: CatalogueSpec = {
  key: 'awards',
  name: 'DM_DanhHieu',
  title: 'Danh hiệu thi đua, hình thức khen thưởng (mỗi dòng một thời kỳ hiệu lực)',
  columns: [
    { key: 'name', header: AH.name, type: 'text', numberFormat: F.text, width: 40 },
    { key: 'group', header: AH.group, type: 'text', numberFormat: F.text, width: 22 },
    { key: 'appliesTo', header: AH.appliesTo, type: 'text', numberFormat: F.text, width: 26 },
    { key: 'individual', header: AH.individual, type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'collective', header: AH.collective, type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'household', header: AH.household, type: 'decimal', numberFormat: F.general, width: 10 },
    { key: 'basis', header: AH.basis, type: 'text', numberFormat: F.text, width: 50 },
    { key: 'from', header: AH.from, type: 'date', numberFormat: F.date, width: 12 },
    { key: 'to', header: AH.to, type: 'date', numberFormat: F.date, width: 12 },
    { key: 'authorities', header: AH.authorities, type: 'text', numberFormat: F.text, width: 40, optional: true },
    { key: 'cap', header: AH.cap, type: 'decimal', numberFormat: F.general, width: 10, optional: true },
  ],
  rows: AWARD_ROWS,
};

// ---------------------------------------------------------------- Tên gọi khác (DM_TenGoi)

const MINISTRIES = [
  'Bộ Tài nguyên và Môi trường',
  'Bộ Nông nghiệp và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Nội vụ',
  'Bộ Tài chính',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Xây dựng',
  'Bộ Giao thông vận tải',
  'Bộ Công Thương',
  'Bộ Tư pháp',
  'Bộ Khoa học và Công nghệ',
  'Bộ Thông tin và Truyền thông',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Y tế',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Dân tộc và Tôn giáo',
  'Bộ Ngoại giao',
];
const DEPARTMENTS = [
  'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Công Thương',
  'Sở Tư pháp',
  'Sở Khoa học và Công nghệ',
  'Sở Thông tin và Truyền thông',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Dân tộc và Tôn giáo',
  'Sở Ngoại vụ',
];
const COMMUNES = ['xã', 'phường', 'đặc khu', 'cấp xã'];

/** Other names by catalogue entry: the wording of decisions, abbreviations, and the old list of bodies. */
const ALIASES: readonly (readonly [string, readonly string[]])[] = [
  [S.president, ['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'CTN']],
  [S.primeMinister, ['Thủ tướng', 'TTg', 'Chính phủ']],
  [S.minister, ['Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Bộ, ban, ngành trung ương', ...MINISTRIES.map((m) => `Bộ trưởng ${m}`)]],
  [S.province, ['Chủ tịch UBND tỉnh', 'Chủ tịch UBND thành phố', 'Chủ tịch Ủy ban nhân dân thành phố', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'UBND']],
  [S.department, ['Giám đốc', 'GĐ Sở', 'Sở, ban, ngành tỉnh', ...DEPARTMENTS.map((d) => `Giám đốc ${d}`)]],
  [S.agencyHead, ['Thủ trưởng cơ quan', 'Thủ trưởng đơn vị', 'Thủ trưởng cơ quan, tổ chức, đơn vị']],
  [S.district, ['Chủ tịch UBND huyện', 'Chủ tịch Ủy ban nhân dân huyện', 'Ủy ban nhân dân huyện', 'UBND huyện']],
  [
    S.commune,
    [
      ...COMMUNES.flatMap((c) => [`Chủ tịch UBND ${c}`, `Chủ tịch Ủy ban nhân dân ${c}`]),
      'Ủy ban nhân dân xã, phường, đặc khu',
      'UBND xã',
      'UBND phường',
    ],
  ],
  [NAME.provincialFighter, ['Chiến sĩ thi đua cấp tỉnh', 'Chiến sĩ thi đua tỉnh', 'Chiến sĩ thi đua cấp bộ', 'Chiến sĩ thi đua ngành', 'CSTĐ cấp tỉnh', 'CSTĐ cấp bộ']],
  [NAME.baseFighter, ['CSTĐCS', 'CSTĐ cơ sở', 'Chiến sĩ thi đua cấp cơ sở']],
  [NAME.advancedWorker, ['LĐTT', 'Danh hiệu Lao động tiên tiến']],
  [NAME.nationalFighter, ['CSTĐ toàn quốc']],
  [NAME.provincialFlag, ['Cờ thi đua của UBND tỉnh', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Cờ thi đua cấp tỉnh', 'Cờ thi đua cấp bộ', 'Cờ thi đua của Bộ', ...MINISTRIES.map((m) => `Cờ thi đua của ${m}`)]],
  [NAME.excellentCollective, ['TTLĐXS']],
  [NAME.advancedCollective, ['TTLĐTT']],
  [NAME.pmCertificate, ['Bằng khen của Thủ tướng', 'Bằng khen Thủ tướng Chính phủ']],
  [
    NAME.provincialCertificate,
    [
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Bằng khen của UBND tỉnh',
      'Bằng khen của Ủy ban nhân dân tỉnh',
      'Bằng khen cấp tỉnh',
      'Bằng khen của Bộ trưởng',
      'Bằng khen cấp bộ',
      ...MINISTRIES.map((m) => `Bằng khen của Bộ trưởng ${m}`),
    ],
  ],
  [NAME.certificate, ['Giấy khen của Giám đốc Sở', 'Giấy khen của Thủ trưởng cơ quan, đơn vị', 'Giấy khen của Chủ tịch UBND huyện', ...DEPARTMENTS.map((d) => `Giấy khen của Giám đốc ${d}`)]],
  [NAME.communeCertificate, COMMUNES.flatMap((c) => [`Giấy khen của Chủ tịch UBND ${c}`, `Giấy khen của Chủ tịch Ủy ban nhân dân ${c}`]).filter((a) => a !== NAME.communeCertificate)],
];

export const ALIAS_HEADERS = { alias: 'Tên gọi', entry: 'Tên trong danh mục' } as const;

export const DM_TEN_GOI: CatalogueSpec = {
  key: 'aliases',
  name: 'DM_TenGoi',
  title: 'Tên gọi khác (theo cách ghi trong quyết định)',
  columns: [
    { key: 'alias', header: ALIAS_HEADERS.alias, type: 'text', numberFormat: F.text, width: 52 },
    { key: 'entry', header: ALIAS_HEADERS.entry, type: 'text', numberFormat: F.text, width: 40 },
  ],
  rows: ALIASES.flatMap(([entry, aliases]) => aliases.map((alias) => ({ alias, entry }))),
};

// ---------------------------------------------------------------- Lương cơ sở, tham số

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
      basis:
        'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị (thay Quy định 124-QĐ/TW); với công chức, viên chức: ' +
        'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP — tỷ lệ 20% trên số hoàn thành tốt chưa đối chiếu nguyên văn',
    },
  ],
};

/**
 * Catalogue tables in the order they stand, left to right, on the "Danh mục" sheet. A table
 * added later goes last: in an older workbook it lands right of what is already there.
 */
export const CATALOGUES: readonly CatalogueSpec[] = [DM_DANH_HIEU, DM_LUONG_CO_SO, DM_CAP_QUYET_DINH, DM_THAM_SO, DM_TEN_GOI];

/** An individual title and its collective counterpart, for suggestions. */
export const AWARD_COUNTERPARTS: readonly (readonly [string, string])[] = [
  [NAME.advancedWorker, NAME.advancedCollective],
  [NAME.advancedSoldier, NAME.advancedUnit],
  [NAME.baseFighter, NAME.excellentCollective],
  [NAME.provincialFighter, NAME.provincialFlag],
  [NAME.nationalFighter, NAME.governmentFlag],
];
