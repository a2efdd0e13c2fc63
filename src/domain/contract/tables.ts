import { column, headerCell, safeRatio, thisRow } from '../formula/structuredRefs';
import { NUMBER_FORMAT as F } from './formats';
import type { ColumnSpec, TableSpec, TotalSpec } from './types';

export const RECIPIENT = { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' } as const;
export const RECIPIENT_TYPES = [RECIPIENT.collective, RECIPIENT.individual, RECIPIENT.household] as const;
export const RATED_RECIPIENT_TYPES = [RECIPIENT.collective, RECIPIENT.individual] as const;
export const GCN_RECIPIENTS = ['Tổ chức', 'Hộ gia đình, cá nhân'] as const;
export const GCN_KINDS = ['Lần đầu', 'Biến động'] as const;

const TOTAL_LABEL: TotalSpec = { kind: 'label', text: 'Tổng cộng' };
const SUM: TotalSpec = { kind: 'sum' };

/** Totals-row sum of a column, honouring filters as Excel's own totals row does. */
/**
 * A totals-row sum: every row of the column, hidden or filtered out included, as "Tổng hợp"
 * counts them (not SUBTOTAL(109, …), which leaves hidden rows out). A year-end report
 * counts every row; hiding and filtering are only for viewing.
 */
export function columnSum(table: string, header: string): string {
  return `SUM(${column(table, header)})`;
}

function stt(table: string): ColumnSpec {
  return {
    key: 'stt',
    header: 'STT',
    kind: 'auto',
    type: 'integer',
    numberFormat: F.general,
    formula: `=ROW()-ROW(${headerCell(table, 'STT')})`,
    total: TOTAL_LABEL,
    width: 6,
  };
}

/**
 * What the totals row and "Tổng hợp" count, said in the note row of every data table: a
 * year-end report counts every row; hiding rows or filtering is only for viewing.
 */
export const ALL_ROWS_COUNT = 'Dòng Tổng cộng và trang Tổng hợp cộng mọi dòng của bảng, kể cả dòng đang ẩn hoặc bị lọc (ẩn, lọc chỉ để xem).';

function note(): ColumnSpec {
  return { key: 'note', header: 'Ghi chú', kind: 'input', type: 'text', numberFormat: F.text, note: ALL_ROWS_COUNT, width: 24 };
}

/** Header of the column that says which unit a row comes from (format v2). */
export const REPORTING_UNIT_HEADER = 'Đơn vị báo cáo';

/**
 * The unit a row comes from, written by "Gộp sổ đơn vị"; blank means the reporting unit's
 * own row. Optional: a v1 or hand-typed table without it holds only the unit's own rows.
 */
function reportingUnit(): ColumnSpec {
  return {
    key: 'reportingUnit',
    header: REPORTING_UNIT_HEADER,
    kind: 'input',
    type: 'text',
    numberFormat: F.text,
    optional: true,
    note: 'Đơn vị gửi số liệu của dòng này (ghi khi gộp sổ đơn vị); để trống là số liệu của chính đơn vị báo cáo.',
    width: 24,
  };
}

function count(key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return {
    key,
    header,
    kind: 'input',
    type: 'integer',
    numberFormat: F.integer,
    required: true,
    min: 0,
    total: SUM,
    width: 12,
    ...extra,
  };
}

function text(key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key, header, kind: 'input', type: 'text', numberFormat: F.text, width: 28, ...extra };
}

/** A computed rate: num ÷ den per row, and the ratio of the summed counts in the totals row. */
function rate(
  table: string,
  key: string,
  header: string,
  numerator: readonly string[],
  denominator: readonly string[],
  note: string,
): ColumnSpec {
  const sumOf = (ref: (h: string) => string, headers: readonly string[]) => headers.map(ref).join('+');
  return {
    key,
    header,
    kind: 'computed',
    type: 'rate',
    numberFormat: F.rate,
    formula: `=${safeRatio(
      sumOf((h) => thisRow(table, h), numerator),
      sumOf((h) => thisRow(table, h), denominator),
    )}`,
    total: {
      kind: 'formula',
      formula: `=${safeRatio(
        sumOf((h) => columnSum(table, h), numerator),
        sumOf((h) => columnSum(table, h), denominator),
      )}`,
    },
    note,
    width: 11,
  };
}

function sumColumn(table: string, key: string, header: string, parts: readonly string[], note: string): ColumnSpec {
  return {
    key,
    header,
    kind: 'computed',
    type: 'integer',
    numberFormat: F.integer,
    formula: `=SUM(${parts.map((h) => thisRow(table, h)).join(',')})`,
    total: SUM,
    note,
    width: 12,
  };
}

// ---------------------------------------------------------------- Khen thưởng
const KT = 'KhenThuong';
export const KHEN_THUONG_HEADERS = {
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  authority: 'Cấp quyết định',
  award: 'Danh hiệu / Hình thức',
  recipientType: 'Đối tượng',
  quantity: 'Số lượng',
  recipientName: 'Tên tập thể / cá nhân',
  movement: 'Phong trào thi đua',
  unitAmount: 'Mức thưởng (đồng)',
  amount: 'Thành tiền (đồng)',
  decidedAmount: 'Tiền thưởng theo quyết định (đồng)',
  awardEntry: 'Danh hiệu theo danh mục',
  signerEntry: 'Người ký theo danh mục',
  multiplier: 'Hệ số',
} as const;
const KTH = KHEN_THUONG_HEADERS;

/** Catalogue columns the KhenThuong formulas read (they exist in every workbook made since format 1). */
export const FORMULA_CATALOGUE = {
  awards: 'DM_DanhHieu',
  awardName: 'Tên',
  from: 'Hiệu lực từ',
  to: 'Hiệu lực đến',
  signers: 'DM_CapQuyetDinh',
  signerName: 'Tên',
  aliases: 'DM_TenGoi',
  alias: 'Tên gọi',
  aliasEntry: 'Tên trong danh mục',
  salaries: 'DM_LuongCoSo',
  salaryFrom: 'Từ ngày',
  salary: 'Mức lương cơ sở (đồng)',
} as const;
const FC = FORMULA_CATALOGUE;

/** The DM_DanhHieu multiplier column for each recipient type, in the order the formula tries them. */
export const MULTIPLIER_COLUMNS: readonly (readonly [string, string])[] = [
  [RECIPIENT.individual, 'Hệ số cá nhân'],
  [RECIPIENT.collective, 'Hệ số tập thể'],
  [RECIPIENT.household, 'Hệ số hộ gia đình'],
];

/**
 * The catalogue entry a typed name stands for, in the catalogue's spelling: the alias table
 * first, then the entry itself; "" when neither. An award alias must lead to an entry of
 * DM_DanhHieu (so a signer's name never passes for an award); a signer alias gives its target
 * as is, so a workbook whose DM_CapQuyetDinh still lists bodies ("Ủy ban nhân dân tỉnh") names
 * the same signer. TRIM lets stray spaces through; Excel compares case-insensitively.
 */
function entryFormula(inputHeader: string, table: string, nameColumn: string, targetMustExist: boolean): string {
  const typed = `TRIM(${thisRow(KT, inputHeader)})`;
  const names = column(table, nameColumn);
  const target = `INDEX(${column(FC.aliases, FC.aliasEntry)},MATCH(${typed},${column(FC.aliases, FC.alias)},0))`;
  const viaAlias = targetMustExist ? `INDEX(${names},MATCH(${target},${names},0))` : target;
  const direct = `INDEX(${names},MATCH(${typed},${names},0))`;
  return `=IF(${typed}="","",IFERROR(${viaAlias},IFERROR(${direct},"")))`;
}

/**
 * Σ of `sumColumn` (or the count of its numbers when `sumColumn` is null) over the
 * DM_DanhHieu rows of the entry whose validity covers the decision date. A blank "Hiệu lực
 * từ / đến" is open, so the window is taken as every row of the name minus those starting
 * after the date, minus those ending before it, plus those doing both (inclusion–exclusion
 * with SUMIFS/COUNTIFS, which Excel 2019 and LibreOffice both evaluate without array formulas).
 */
function inForce(multiplierColumn: string, count: boolean): string {
  const name = thisRow(KT, KTH.awardEntry);
  const date = thisRow(KT, KTH.decisionDate);
  const values = column(FC.awards, multiplierColumn);
  const byName = `${column(FC.awards, FC.awardName)},${name}`;
  const later = `${column(FC.awards, FC.from)},">"&${date}`;
  const ended = `${column(FC.awards, FC.to)},"<"&${date}`;
  const term = (criteria: string) => (count ? `COUNTIFS(${criteria},${values},">=0")` : `SUMIFS(${values},${criteria})`);
  return `(${term(byName)}-${term(`${byName},${later}`)}-${term(`${byName},${ended}`)}+${term(`${byName},${later},${ended}`)})`;
}

/**
 * Multiplier of the entry in force on the decision date for the row's recipient type; "" when
 * no row (or more than one) gives a number, so an unverified multiplier never reads as 0.
 */
function multiplierFormula(): string {
  const who = thisRow(KT, KTH.recipientType);
  let formula = '""';
  for (const [type, header] of [...MULTIPLIER_COLUMNS].reverse()) {
    formula = `IF(${who}="${type}",IF(${inForce(header, true)}=1,${inForce(header, false)},""),${formula})`;
  }
  return `=IFERROR(IF(OR(${thisRow(KT, KTH.awardEntry)}="",N(${thisRow(KT, KTH.decisionDate)})=0),"",${formula}),"")`;
}

/** Lương cơ sở in force on the decision date: the last DM_LuongCoSo row starting on or before it. */
const baseSalaryFormula = `INDEX(${column(FC.salaries, FC.salary)},MATCH(${thisRow(KT, KTH.decisionDate)},${column(FC.salaries, FC.salaryFrom)},1))`;

/** The amount the decision states wins; else multiplier × lương cơ sở, rounded up to 10.000. */
const unitAmountFormula =
  `=IFERROR(IF(OR(${thisRow(KT, KTH.award)}="",${thisRow(KT, KTH.recipientType)}="",N(${thisRow(KT, KTH.decisionDate)})=0),"",` +
  `IF(N(${thisRow(KT, KTH.decidedAmount)})>0,${thisRow(KT, KTH.decidedAmount)},` +
  `IF(${thisRow(KT, KTH.multiplier)}="","",CEILING(ROUND(${thisRow(KT, KTH.multiplier)}*${baseSalaryFormula},0),10000)))),"")`;

export const KHEN_THUONG: TableSpec = {
  key: 'awards',
  name: KT,
  sheet: 'Khen thưởng',
  title: 'KẾT QUẢ THI ĐUA, KHEN THƯỞNG',
  totalsRow: true,
  columns: [
    stt(KT),
    text('decisionNumber', KTH.decisionNumber, {
      width: 18,
      note: 'Số/ký hiệu văn bản, ví dụ 123/QĐ-UBND hoặc 09/2022/QĐ-UBND (Nghị định 30/2020/NĐ-CP, Phụ lục I).',
    }),
    {
      key: 'decisionDate',
      header: KTH.decisionDate,
      kind: 'input',
      type: 'date',
      numberFormat: F.date,
      required: true,
      width: 14,
      note: 'Ngày ký quyết định (dd/mm/yyyy); dùng để xác định nghị định và mức lương cơ sở áp dụng.',
    },
    text('authority', KTH.authority, {
      width: 24,
      list: { kind: 'catalogue', table: FC.signers, column: FC.signerName },
      note: 'Người ký quyết định, ghi như trong quyết định (ví dụ Chủ tịch UBND tỉnh, Giám đốc Sở).',
    }),
    text('award', KTH.award, {
      required: true,
      width: 36,
      list: { kind: 'catalogue', table: FC.awards, column: FC.awardName },
      note: 'Tên trong danh mục hoặc cách ghi trong quyết định có ở DM_TenGoi (ví dụ Bằng khen của Chủ tịch UBND tỉnh).',
    }),
    text('recipientType', KTH.recipientType, {
      required: true,
      width: 14,
      list: { kind: 'fixed', values: RECIPIENT_TYPES },
    }),
    count('quantity', KTH.quantity, { min: 1, width: 10 }),
    text('recipientName', KTH.recipientName),
    text('movement', KTH.movement, { width: 24 }),
    {
      key: 'unitAmount',
      header: KTH.unitAmount,
      kind: 'computed',
      type: 'money',
      numberFormat: F.money,
      formula: unitAmountFormula,
      note:
        'Tiền thưởng theo quyết định nếu có; nếu không: Hệ số × mức lương cơ sở có hiệu lực tại ngày quyết định ' +
        '(DM_LuongCoSo), làm tròn lên hàng chục nghìn đồng (NĐ 91/2017 Điều 68 khoản 2; NĐ 152/2025 Điều 49 khoản 2).',
      width: 16,
    },
    {
      key: 'amount',
      header: KTH.amount,
      kind: 'computed',
      type: 'money',
      numberFormat: F.money,
      formula: `=IF(N(${thisRow(KT, KTH.unitAmount)})=0,"",${thisRow(KT, KTH.unitAmount)}*N(${thisRow(KT, KTH.quantity)}))`,
      total: SUM,
      note: 'Mức thưởng × Số lượng.',
      width: 18,
    },
    note(),
    {
      key: 'decidedAmount',
      header: KTH.decidedAmount,
      kind: 'input',
      type: 'money',
      numberFormat: F.money,
      min: 1,
      width: 16,
      note: 'Mức thưởng cho một tập thể/cá nhân khi quyết định ghi số tiền (bắt buộc với Kỷ niệm chương: "không quá" hệ số tối đa).',
    },
    {
      key: 'awardEntry',
      header: KTH.awardEntry,
      kind: 'computed',
      type: 'text',
      // General, not "@": a formula in a text-formatted cell is stored as text
      numberFormat: F.general,
      formula: entryFormula(KTH.award, FC.awards, FC.awardName, true),
      note: 'Danh hiệu, hình thức trong DM_DanhHieu mà tên đã ghi chỉ đến (qua DM_TenGoi); để trống khi không nhận ra. Tổng hợp cộng theo cột này.',
      width: 30,
    },
    {
      key: 'signerEntry',
      header: KTH.signerEntry,
      kind: 'computed',
      type: 'text',
      // General, not "@": a formula in a text-formatted cell is stored as text
      numberFormat: F.general,
      formula: entryFormula(KTH.authority, FC.signers, FC.signerName, false),
      note: 'Người ký trong DM_CapQuyetDinh mà cột Cấp quyết định chỉ đến (qua DM_TenGoi).',
      width: 26,
    },
    {
      key: 'multiplier',
      header: KTH.multiplier,
      kind: 'computed',
      type: 'decimal',
      numberFormat: F.general,
      formula: multiplierFormula(),
      note: 'Hệ số của dòng DM_DanhHieu có hiệu lực tại ngày quyết định, theo đối tượng; để trống khi văn bản không quy định hoặc chưa xác minh.',
      width: 8,
    },
    reportingUnit(),
  ],
};

// ---------------------------------------------------------------- Xếp loại
const XL = 'XepLoai';
export const XEP_LOAI_HEADERS = {
  unit: 'Đơn vị / Nhóm',
  recipientType: 'Đối tượng',
  excellent: 'Hoàn thành xuất sắc',
  good: 'Hoàn thành tốt',
  done: 'Hoàn thành',
  notDone: 'Không hoàn thành',
  total: 'Tổng số',
  excellentRate: 'Tỷ lệ xuất sắc',
} as const;
const XLH = XEP_LOAI_HEADERS;

export const XEP_LOAI: TableSpec = {
  key: 'ratings',
  name: XL,
  sheet: 'Xếp loại',
  title: 'KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG',
  totalsRow: true,
  columns: [
    stt(XL),
    text('unit', XLH.unit, { required: true }),
    text('recipientType', XLH.recipientType, { width: 14, list: { kind: 'fixed', values: RATED_RECIPIENT_TYPES } }),
    count('excellent', XLH.excellent),
    count('good', XLH.good),
    count('done', XLH.done),
    count('notDone', XLH.notDone),
    sumColumn(XL, 'total', XLH.total, [XLH.excellent, XLH.good, XLH.done, XLH.notDone], 'Tổng của bốn mức xếp loại.'),
    rate(XL, 'excellentRate', XLH.excellentRate, [XLH.excellent], [XLH.total], 'Hoàn thành xuất sắc ÷ Tổng số.'),
    note(),
    reportingUnit(),
  ],
};

// ---------------------------------------------------------------- TTHC (Biểu 06)
const TT = 'TTHC';
export const TTHC_HEADERS = {
  field: 'Lĩnh vực / Đơn vị',
  received: 'Tổng số nhận',
  online: 'Nhận trực tuyến',
  inPerson: 'Nhận trực tiếp, bưu chính',
  carriedOver: 'Từ kỳ trước',
  resolved: 'Tổng số đã giải quyết',
  early: 'Giải quyết trước hạn',
  onTime: 'Giải quyết đúng hạn',
  late: 'Giải quyết quá hạn',
  pending: 'Tổng số đang giải quyết',
  pendingWithin: 'Đang giải quyết trong hạn',
  pendingOverdue: 'Đang giải quyết quá hạn',
  returned: 'Trả lại, rút, tạm dừng',
  difference: 'Chênh lệch',
  onlineRate: 'Tỷ lệ trực tuyến',
  earlyRate: 'Tỷ lệ trước hạn',
  onTimeRate: 'Tỷ lệ đúng hạn',
  lateRate: 'Tỷ lệ quá hạn',
  earlyOrOnTimeRate: 'Tỷ lệ trước và đúng hạn',
  resolvedRate: 'Tỷ lệ đã giải quyết',
} as const;
const TH = TTHC_HEADERS;

export const TTHC: TableSpec = {
  key: 'dossiers',
  name: TT,
  sheet: 'TTHC',
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu 06, Thông tư 01/2020/TT-VPCP)',
  totalsRow: true,
  columns: [
    stt(TT),
    text('field', TH.field, { required: true }),
    sumColumn(TT, 'received', TH.received, [TH.online, TH.inPerson, TH.carriedOver], 'Nhận trực tuyến + Nhận trực tiếp, bưu chính + Từ kỳ trước.'),
    count('online', TH.online, { note: 'Số hồ sơ nhận trực tuyến trong kỳ.' }),
    count('inPerson', TH.inPerson, { note: 'Số hồ sơ nhận trực tiếp hoặc qua dịch vụ bưu chính công ích trong kỳ.' }),
    count('carriedOver', TH.carriedOver, { note: 'Số hồ sơ từ kỳ trước chuyển sang.' }),
    sumColumn(TT, 'resolved', TH.resolved, [TH.early, TH.onTime, TH.late], 'Giải quyết trước hạn + đúng hạn + quá hạn.'),
    count('early', TH.early),
    count('onTime', TH.onTime),
    count('late', TH.late),
    sumColumn(TT, 'pending', TH.pending, [TH.pendingWithin, TH.pendingOverdue], 'Đang giải quyết trong hạn + quá hạn.'),
    count('pendingWithin', TH.pendingWithin),
    count('pendingOverdue', TH.pendingOverdue),
    count('returned', TH.returned, { required: false, note: 'Hồ sơ trả lại, công dân rút hoặc tạm dừng giải quyết — giải thích chênh lệch.' }),
    {
      key: 'difference',
      header: TH.difference,
      kind: 'computed',
      type: 'integer',
      numberFormat: '#,##0;-#,##0;0',
      formula: `=${thisRow(TT, TH.received)}-${thisRow(TT, TH.resolved)}-${thisRow(TT, TH.pending)}-N(${thisRow(TT, TH.returned)})`,
      total: SUM,
      note: 'Tổng số nhận − Tổng số đã giải quyết − Tổng số đang giải quyết − Trả lại, rút, tạm dừng. Khác 0 là chưa khớp.',
      width: 11,
    },
    rate(TT, 'onlineRate', TH.onlineRate, [TH.online], [TH.online, TH.inPerson], 'Nhận trực tuyến ÷ (Nhận trực tuyến + Nhận trực tiếp, bưu chính); không tính hồ sơ từ kỳ trước.'),
    rate(TT, 'earlyRate', TH.earlyRate, [TH.early], [TH.resolved], 'Giải quyết trước hạn ÷ Tổng số đã giải quyết.'),
    rate(TT, 'onTimeRate', TH.onTimeRate, [TH.onTime], [TH.resolved], 'Giải quyết đúng hạn ÷ Tổng số đã giải quyết.'),
    rate(TT, 'lateRate', TH.lateRate, [TH.late], [TH.resolved], 'Giải quyết quá hạn ÷ Tổng số đã giải quyết.'),
    rate(TT, 'earlyOrOnTimeRate', TH.earlyOrOnTimeRate, [TH.early, TH.onTime], [TH.resolved], '(Giải quyết trước hạn + đúng hạn) ÷ Tổng số đã giải quyết.'),
    rate(TT, 'resolvedRate', TH.resolvedRate, [TH.resolved], [TH.received], 'Tổng số đã giải quyết ÷ Tổng số nhận.'),
    note(),
    reportingUnit(),
  ],
};

// ---------------------------------------------------------------- Cắt giảm TTHC
const CG = 'CatGiamTTHC';
export const CAT_GIAM_HEADERS = {
  procedure: 'Tên thủ tục',
  field: 'Lĩnh vực',
  legalDays: 'Thời hạn quy định (ngày)',
  cutDays: 'Thời hạn sau cắt giảm (ngày)',
  daysCut: 'Số ngày cắt giảm',
  cutRate: 'Tỷ lệ cắt giảm',
} as const;
const CGH = CAT_GIAM_HEADERS;

export const CAT_GIAM_TTHC: TableSpec = {
  key: 'deadlineCuts',
  name: CG,
  sheet: 'Cắt giảm TTHC',
  title: 'CẮT GIẢM THỜI HẠN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  totalsRow: true,
  columns: [
    stt(CG),
    // no "Ghi chú" column here: the procedure's note says what the totals row counts
    text('procedure', CGH.procedure, { required: true, width: 40, note: ALL_ROWS_COUNT }),
    text('field', CGH.field, { width: 20 }),
    {
      key: 'legalDays',
      header: CGH.legalDays,
      kind: 'input',
      type: 'decimal',
      numberFormat: F.days,
      required: true,
      min: 0,
      minExclusive: true,
      total: SUM,
      width: 14,
      note: 'Thời hạn giải quyết theo quy định (ngày làm việc, có thể lẻ 0,5 ngày).',
    },
    {
      key: 'cutDays',
      header: CGH.cutDays,
      kind: 'input',
      type: 'decimal',
      numberFormat: F.days,
      required: true,
      min: 0,
      maxColumn: 'legalDays',
      total: SUM,
      width: 14,
    },
    {
      key: 'daysCut',
      header: CGH.daysCut,
      kind: 'computed',
      type: 'decimal',
      numberFormat: F.days,
      formula: `=IF(OR(${thisRow(CG, CGH.legalDays)}="",${thisRow(CG, CGH.cutDays)}=""),"",N(${thisRow(CG, CGH.legalDays)})-N(${thisRow(CG, CGH.cutDays)}))`,
      total: SUM,
      note: 'Thời hạn quy định − Thời hạn sau cắt giảm.',
      width: 12,
    },
    {
      key: 'cutRate',
      header: CGH.cutRate,
      kind: 'computed',
      type: 'rate',
      numberFormat: F.rate,
      formula: `=IF(OR(N(${thisRow(CG, CGH.legalDays)})=0,${thisRow(CG, CGH.daysCut)}=""),"",${thisRow(CG, CGH.daysCut)}/${thisRow(CG, CGH.legalDays)})`,
      total: {
        kind: 'formula',
        formula: `=${safeRatio(columnSum(CG, CGH.daysCut), `SUMIFS(${column(CG, CGH.legalDays)},${column(CG, CGH.cutDays)},"<>")`)}`,
      },
      note:
        'Số ngày cắt giảm ÷ Thời hạn quy định; dòng tổng = tổng số ngày cắt giảm ÷ tổng thời hạn quy định ' +
        'của các thủ tục đã có thời hạn sau cắt giảm.',
      width: 11,
    },
    reportingUnit(),
  ],
};

// ---------------------------------------------------------------- GCN
const GC = 'GCN';
export const GCN_HEADERS = {
  unit: 'Đơn vị',
  recipient: 'Đối tượng',
  kind: 'Loại đăng ký',
  target: 'Chỉ tiêu giao (GCN)',
  issued: 'Số GCN đã cấp',
  parcels: 'Số thửa',
  area: 'Diện tích (ha)',
  achievement: 'Tỷ lệ đạt chỉ tiêu',
  remaining: 'Còn phải cấp',
} as const;
const GH = GCN_HEADERS;

export const GCN: TableSpec = {
  key: 'certificates',
  name: GC,
  sheet: 'GCN',
  title: 'KẾT QUẢ CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT',
  totalsRow: true,
  columns: [
    stt(GC),
    text('unit', GH.unit, { required: true }),
    text('recipient', GH.recipient, { width: 20, list: { kind: 'fixed', values: GCN_RECIPIENTS } }),
    text('kind', GH.kind, { width: 14, list: { kind: 'fixed', values: GCN_KINDS } }),
    count('target', GH.target, { required: false, note: 'Chỉ tiêu được giao trong năm; để trống nếu không giao.' }),
    count('issued', GH.issued),
    count('parcels', GH.parcels, { note: 'Một GCN có thể gồm nhiều thửa đất nông nghiệp: số thửa ≥ số GCN.' }),
    {
      key: 'area',
      header: GH.area,
      kind: 'input',
      type: 'decimal',
      numberFormat: F.decimal,
      required: true,
      min: 0,
      total: SUM,
      width: 12,
    },
    {
      key: 'achievement',
      header: GH.achievement,
      kind: 'computed',
      type: 'rate',
      numberFormat: F.rate,
      formula: `=IF(N(${thisRow(GC, GH.target)})=0,"",N(${thisRow(GC, GH.issued)})/${thisRow(GC, GH.target)})`,
      total: {
        kind: 'formula',
        formula: `=${safeRatio(
          `SUMIFS(${column(GC, GH.issued)},${column(GC, GH.target)},">0")`,
          `SUM(${column(GC, GH.target)})`,
        )}`,
      },
      note: 'Số GCN đã cấp ÷ Chỉ tiêu giao; để trống khi không giao chỉ tiêu; có thể vượt 100%. Dòng tổng chỉ tính các dòng có chỉ tiêu.',
      width: 11,
    },
    {
      key: 'remaining',
      header: GH.remaining,
      kind: 'computed',
      type: 'integer',
      numberFormat: F.integer,
      formula: `=IF(N(${thisRow(GC, GH.target)})=0,"",MAX(${thisRow(GC, GH.target)}-N(${thisRow(GC, GH.issued)}),0))`,
      total: SUM,
      note: 'Chỉ tiêu giao − Số GCN đã cấp, không âm; để trống khi không giao chỉ tiêu.',
      width: 11,
    },
    note(),
    reportingUnit(),
  ],
};

// ---------------------------------------------------------------- Chỉ tiêu
const CT = 'ChiTieu';
export const CHI_TIEU_HEADERS = {
  group: 'Nhóm',
  target: 'Chỉ tiêu / nhiệm vụ',
  unitOfMeasure: 'Đơn vị tính',
  plan: 'Kế hoạch',
  done: 'Thực hiện',
  completion: 'Tỷ lệ hoàn thành',
} as const;
const CTH = CHI_TIEU_HEADERS;

export const CHI_TIEU: TableSpec = {
  key: 'targets',
  name: CT,
  sheet: 'Chỉ tiêu',
  title: 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ',
  totalsRow: false,
  columns: [
    stt(CT),
    text('group', CTH.group, { width: 22 }),
    text('target', CTH.target, { required: true, width: 44 }),
    text('unitOfMeasure', CTH.unitOfMeasure, { width: 12 }),
    {
      key: 'plan',
      header: CTH.plan,
      kind: 'input',
      type: 'decimal',
      numberFormat: F.general,
      required: true,
      min: 0,
      width: 12,
    },
    {
      key: 'done',
      header: CTH.done,
      kind: 'input',
      type: 'decimal',
      numberFormat: F.general,
      required: true,
      min: 0,
      width: 12,
    },
    {
      key: 'completion',
      header: CTH.completion,
      kind: 'computed',
      type: 'rate',
      numberFormat: F.rate,
      formula: `=${safeRatio(`N(${thisRow(CT, CTH.done)})`, thisRow(CT, CTH.plan))}`,
      note: 'Thực hiện ÷ Kế hoạch (các chỉ tiêu khác đơn vị tính nên không cộng dồn).',
      width: 11,
    },
    note(),
    reportingUnit(),
  ],
};

/** The data tables in workbook order. */
export const DATA_TABLES: readonly TableSpec[] = [KHEN_THUONG, XEP_LOAI, TTHC, CAT_GIAM_TTHC, GCN, CHI_TIEU];
