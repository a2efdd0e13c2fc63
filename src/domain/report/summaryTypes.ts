/** The key figures of a report, each with its live formula and the value Excel should show. */
import type { ComputedValue } from '../compute/values';
import type { TTHC_HEADERS } from '../contract/tables';

export interface Figure {
  /** stable identifier, e.g. "tthc.onlineRate" */
  key: string;
  /** Vietnamese label written beside the figure */
  label: string;
  /** live Excel formula over the tables (English names, "," separators), with "=" */
  formula: string;
  /** what the formula gives on the snapshot: a number, "" (empty denominator) or an error */
  value: ComputedValue;
  /** Excel number format code */
  numberFormat: string;
}

export interface ReportInfo {
  /** DonViBaoCao, trimmed; null when blank or absent */
  unit: string | null;
  /** ISO dates from KyBaoCaoTu, KyBaoCaoDen, NgayBaoCao; null when blank or not a date */
  periodFrom: string | null;
  periodTo: string | null;
  reportDate: string | null;
}

export interface AwardLine {
  /** the catalogue entry (KhenThuong "Danh hiệu theo danh mục"), or the text as typed when none */
  title: string;
  /** is `title` a catalogue entry */
  inCatalogue: boolean;
  /** the signer entry (KhenThuong "Người ký theo danh mục"); null when not stated or not known */
  signer: string | null;
  recipientType: string;
  /** DM_DanhHieu's Nhóm for the title, null when not in the catalogue */
  group: string | null;
  /** Σ Số lượng */
  count: Figure;
  /** Σ Thành tiền (đồng) */
  money: Figure;
}

export interface AwardsSummary {
  hasData: boolean;
  lines: AwardLine[];
  /** Tập thể, Cá nhân, Hộ gia đình */
  byRecipient: { recipientType: string; count: Figure; money: Figure }[];
  total: { count: Figure; money: Figure };
  /**
   * Thành tiền by who pays ("cấp nào quyết định khen thưởng thì cấp đó chi tiền thưởng"): the
   * reporting unit (its own signers, DM_CapQuyetDinh "Đơn vị báo cáo chi trả") and the higher
   * levels (every other known signer); the rest has no known signer
   */
  paidBy: { unit: Figure; higher: Figure };
  /** Σ Số lượng of the rows with an award whose Mức thưởng could not be computed (domain-only, no formula) */
  countWithoutAmount: number;
}

export interface RatingGroup {
  /** Tập thể or Cá nhân; null for all rows */
  recipientType: string | null;
  excellent: Figure;
  good: Figure;
  done: Figure;
  notDone: Figure;
  total: Figure;
  /** Σ Hoàn thành xuất sắc ÷ Σ Tổng số */
  excellentRate: Figure;
}

export interface RatingsSummary {
  hasData: boolean;
  /** Tập thể, Cá nhân, then all rows */
  groups: RatingGroup[];
}

export type DossierFigureKey = Exclude<keyof typeof TTHC_HEADERS, 'field'>;

export interface DossiersSummary {
  hasData: boolean;
  /** Σ of every count column and every rate as a ratio of sums (contract definitions) */
  figures: Record<DossierFigureKey, Figure>;
}

export interface DeadlineCutsSummary {
  hasData: boolean;
  /** rows with both durations */
  reviewed: Figure;
  /** rows whose Số ngày cắt giảm > 0 */
  procedures: Figure;
  /** Σ Thời hạn quy định over rows with both durations */
  legalDays: Figure;
  /** Σ Thời hạn sau cắt giảm over rows with both durations */
  daysAfterCut: Figure;
  /** Σ Số ngày cắt giảm */
  daysCut: Figure;
  /** daysCut ÷ legalDays */
  cutRate: Figure;
}

export interface CertificateGroup {
  /** 'total', or the slug of a recipient or registration kind */
  slug: string;
  /** Vietnamese label ("Tổ chức", "Lần đầu", "Tổng cộng") */
  label: string;
  target: Figure;
  issued: Figure;
  /** Σ issued over rows with a target > 0 (the numerator of achievement) */
  issuedWithTarget: Figure;
  parcels: Figure;
  area: Figure;
  /** issuedWithTarget ÷ target; may exceed 100% */
  achievement: Figure;
}

export interface CertificatesSummary {
  hasData: boolean;
  total: CertificateGroup;
  byRecipient: CertificateGroup[];
  byKind: CertificateGroup[];
}

export interface TargetRow {
  /** 1-based data row of ChiTieu */
  row: number;
  group: string;
  name: string;
  unitOfMeasure: string;
  plan: Figure;
  done: Figure;
  completion: Figure;
}

export interface TargetsSummary {
  hasData: boolean;
  /** named targets (COUNTA of Chỉ tiêu / nhiệm vụ) */
  count: Figure;
  /** targets with Kế hoạch > 0 */
  withPlan: Figure;
  /** targets with Tỷ lệ hoàn thành ≥ 100% */
  completed: Figure;
  rows: TargetRow[];
}

/** One row of the per-unit breakdown; a figure is null when its table has no "Đơn vị báo cáo". */
export interface UnitFigures {
  /** the unit as first spelled in "Đơn vị báo cáo"; null for the reporting unit's own rows (blank) or the total */
  unit: string | null;
  /** Vietnamese label of the row */
  label: string;
  awardCount: Figure | null;
  awardMoney: Figure | null;
  received: Figure | null;
  resolved: Figure | null;
  earlyOrOnTimeRate: Figure | null;
  certificatesIssued: Figure | null;
}

export interface UnitsSummary {
  /** the merged units in order of first appearance (tables in contract order), then the reporting unit's own rows when there are any */
  rows: UnitFigures[];
  total: UnitFigures;
}

/** One key figure beside last year's (stored on "Năm trước"), with the change. */
export interface ComparisonLine {
  key: string;
  /** how the figure reads in a sentence */
  phrase: string;
  kind: 'count' | 'rate';
  unit?: string;
  current: Figure;
  previous: Figure;
  /** counts: this year − last year; rates: the difference in percentage points */
  change: Figure;
  /** counts only: change ÷ last year ("" when last year is 0) */
  changePercent: Figure | null;
}

export interface ComparisonSummary {
  /** year of this report's period end, and of last year's */
  year: number;
  previousYear: number;
  lines: ComparisonLine[];
}

/** A section is null when its table is absent from the workbook. */
export interface Summary {
  info: ReportInfo;
  awards: AwardsSummary | null;
  ratings: RatingsSummary | null;
  tthc: DossiersSummary | null;
  deadlineCuts: DeadlineCutsSummary | null;
  gcn: CertificatesSummary | null;
  targets: TargetsSummary | null;
  /** null unless some row comes from a merged unit ("Đơn vị báo cáo" filled) */
  units: UnitsSummary | null;
  /** null unless last year's figures are stored on "Năm trước" */
  comparison: ComparisonSummary | null;
  /** texts the formulas read from cells of "Tổng hợp" (see formulaTexts.ts), in address order */
  formulaTexts?: readonly string[];
}
