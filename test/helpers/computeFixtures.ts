/**
 * Snapshots for the computation and report tests: a small but complete year-end report
 * whose figures are worked out by hand in the tests, and single-table builders.
 */
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import { buildSnapshot, serial, type RowInput, type SnapshotOptions } from './snapshot';

export { buildSnapshot, serial };

/** A snapshot holding only the given rows (other tables present and empty). */
export function snapshotWith(rows: Readonly<Record<string, readonly RowInput[]>>, options: Omit<SnapshotOptions, 'rows'> = {}): WorkbookSnapshot {
  return buildSnapshot({ ...options, rows });
}

const d = (iso: string): CellValue => serial(iso);

export const AWARD_ROWS: readonly RowInput[] = [
  { decisionNumber: '123/QĐ-UBND', decisionDate: d('2025-01-10'), award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: 150 },
  { decisionNumber: '123/QĐ-UBND', decisionDate: d('2025-01-10'), award: 'Chiến sĩ thi đua cơ sở', recipientType: 'Cá nhân', quantity: 20 },
  { decisionNumber: '124/QĐ-UBND', decisionDate: d('2025-01-10'), award: 'Tập thể lao động tiên tiến', recipientType: 'Tập thể', quantity: 25 },
  { decisionNumber: '09/QĐ-UBND', decisionDate: d('2025-02-03'), award: 'Bằng khen của bộ, ban, ngành, tỉnh', recipientType: 'Tập thể', quantity: 10 },
  // no default individual multiplier for this commendation: Mức thưởng stays empty
  { decisionNumber: '09/QĐ-UBND', decisionDate: d('2025-02-03'), award: 'Bằng khen của bộ, ban, ngành, tỉnh', recipientType: 'Cá nhân', quantity: 8 },
  { decisionNumber: '45/QĐ-STNMT', decisionDate: d('2024-06-30'), award: 'Giấy khen', recipientType: 'Tập thể', quantity: 5 },
];

export const RATING_ROWS: readonly RowInput[] = [
  { unit: 'Phòng A', recipientType: 'Tập thể', excellent: 2, good: 10, done: 1, notDone: 0 },
  { unit: 'Phòng B', recipientType: 'Cá nhân', excellent: 5, good: 30, done: 4, notDone: 1 },
  { unit: 'Phòng C', recipientType: 'Cá nhân', excellent: 3, good: 12, done: 0, notDone: 0 },
];

export const DOSSIER_ROWS: readonly RowInput[] = [
  {
    field: 'Đất đai',
    online: 6000,
    inPerson: 3000,
    carriedOver: 400,
    early: 8000,
    onTime: 900,
    late: 200,
    pendingWithin: 250,
    pendingOverdue: 30,
    returned: 20,
  },
  {
    field: 'Môi trường',
    online: 2112,
    inPerson: 848,
    carriedOver: 120,
    early: 2120,
    onTime: 600,
    late: 130,
    pendingWithin: 80,
    pendingOverdue: 10,
    returned: 0,
  },
];

export const DEADLINE_CUT_ROWS: readonly RowInput[] = [
  { procedure: 'Thủ tục 1', field: 'Đất đai', legalDays: 20, cutDays: 15 },
  { procedure: 'Thủ tục 2', field: 'Đất đai', legalDays: 30, cutDays: 20 },
  { procedure: 'Thủ tục 3', field: 'Môi trường', legalDays: 10, cutDays: 10 },
  { procedure: 'Thủ tục 4', field: 'Môi trường', legalDays: 12.5, cutDays: 10 },
];

export const CERTIFICATE_ROWS: readonly RowInput[] = [
  { unit: 'Xã A', recipient: 'Tổ chức', kind: 'Lần đầu', target: 300, issued: 230, parcels: 240, area: 45.5 },
  { unit: 'Xã A', recipient: 'Hộ gia đình, cá nhân', kind: 'Lần đầu', target: 2000, issued: 2200, parcels: 2600, area: 650.25 },
  { unit: 'Xã B', recipient: 'Hộ gia đình, cá nhân', kind: 'Biến động', target: 2700, issued: 2800, parcels: 3280, area: 555 },
  { unit: 'Xã C', recipient: 'Hộ gia đình, cá nhân', kind: 'Biến động', target: '', issued: 100, parcels: 120, area: 10 },
];

export const TARGET_ROWS: readonly RowInput[] = [
  { group: 'Nhiệm vụ trọng tâm', target: 'Hoàn thành nhiệm vụ trọng tâm', unitOfMeasure: 'nhiệm vụ', plan: 10, done: 12 },
  { group: 'Thanh tra', target: 'Thanh tra chuyên ngành', unitOfMeasure: 'cuộc', plan: 10, done: 8 },
  { group: 'Đơn thư', target: 'Giải quyết đơn thư', unitOfMeasure: 'đơn', plan: 50, done: 50 },
];

/** The rows of the complete report, by table name. */
export const REPORT_ROWS: Readonly<Record<string, readonly RowInput[]>> = {
  KhenThuong: AWARD_ROWS,
  XepLoai: RATING_ROWS,
  TTHC: DOSSIER_ROWS,
  CatGiamTTHC: DEADLINE_CUT_ROWS,
  GCN: CERTIFICATE_ROWS,
  ChiTieu: TARGET_ROWS,
};

/** The complete report used by the paragraph and plan tests. */
export function reportSnapshot(): WorkbookSnapshot {
  return snapshotWith(REPORT_ROWS);
}

/** The fixed time of computation of the fixtures (wall clock, no zone). */
export const COMPUTED_AT = '2025-12-20T14:30';
