/**
 * A simulated workbook filled as a user fills it for a year-end report, ready for "Tính tổng
 * hợp": the template, the report header, the realistic rows of every table plus rows that
 * make the totals interesting (rates whose average differs from the ratio of the sums, empty
 * denominators, a value typed over a formula).
 */
import { createTemplate } from '../../src/excel/setup';
import { installSim, type Sim } from '../excel/simHost';
import { REALISTIC_ROWS } from './realisticRows';
import { cellOf, fillTable, typeHeader } from './simTables';
import type { RowInput } from './snapshot';

/** Rows added to the realistic ones: empty denominators and lopsided rates. */
export const EDGE_ROWS: Readonly<Record<string, readonly RowInput[]>> = {
  XepLoai: [
    // a unit with no one rated: Tổng số 0, Tỷ lệ xuất sắc empty
    { unit: 'Ban quản lý dự án', recipientType: 'Tập thể', excellent: 0, good: 0, done: 0, notDone: 0 },
  ],
  TTHC: [
    // nothing received or resolved: every rate's denominator is 0
    { field: 'Lâm nghiệp', online: 0, inPerson: 0, carriedOver: 0, early: 0, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0, returned: 0 },
    // a tiny field at 100%: the average of the rows' rates is far from the ratio of the sums
    { field: 'Thú y', online: 1, inPerson: 0, carriedOver: 0, early: 1, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0, returned: 0 },
    // carried-over only, nothing new received in the period: Tỷ lệ trực tuyến has no denominator
    { field: 'Khoáng sản', online: 0, inPerson: 0, carriedOver: 4, early: 0, onTime: 3, late: 1, pendingWithin: 0, pendingOverdue: 0, returned: 0 },
  ],
  CatGiamTTHC: [
    // no legal duration typed: Tỷ lệ cắt giảm has no denominator
    { procedure: 'Thủ tục chưa xác định thời hạn', field: 'Đất đai' },
    { procedure: 'Cấp phép xả thải nhỏ', field: 'Môi trường', legalDays: 2, cutDays: 1 },
  ],
  GCN: [
    // a target of 0 and no certificates: no ratio, nothing left to issue
    { unit: 'Xã Hòa Bình', recipient: 'Tổ chức', kind: 'Biến động', target: 0, issued: 0, parcels: 0, area: 0 },
    // a unit over target: Còn phải cấp is 0, never negative
    { unit: 'Xã An Phú', recipient: 'Tổ chức', kind: 'Lần đầu', target: 10, issued: 25, parcels: 30, area: 4.5 },
  ],
  ChiTieu: [
    // no plan: Tỷ lệ hoàn thành empty
    { group: 'Đăng ký đất đai', target: 'Chỉnh lý biến động hồ sơ địa chính', unitOfMeasure: 'hồ sơ', done: 130 },
    { group: 'Thanh tra', target: 'Kiểm tra đột xuất', unitOfMeasure: 'cuộc', plan: 3, done: 1 },
  ],
};

/** Every contract table's rows for the compute tests. */
export function computeRows(): Record<string, RowInput[]> {
  const rows: Record<string, RowInput[]> = {};
  for (const [table, realistic] of Object.entries(REALISTIC_ROWS)) rows[table] = [...realistic, ...(EDGE_ROWS[table] ?? [])];
  return rows;
}

/** Row of TTHC whose "Tổng số nhận" the user overwrote with a typed number (0-based). */
export const OVERWRITTEN_TTHC_ROW = 1;
export const OVERWRITTEN_VALUE = 1600;

/** The fixed clock of the compute tests. */
export const COMPUTE_TIME = new Date(2025, 11, 20, 14, 30);

/**
 * Installs a fresh simulator, creates the template and fills every table. When
 * `overwriteFormula` is set, one TTHC "Tổng số nhận" cell holds a typed number instead of
 * its formula (as a user typing over it).
 */
export async function filledWorkbook(
  options: { overwriteFormula?: boolean; apiVersion?: string } = {},
): Promise<{ sim: Sim; rows: Record<string, RowInput[]> }> {
  const sim = installSim(options.apiVersion ? { apiVersion: options.apiVersion } : {});
  await createTemplate();
  typeHeader(sim);
  const rows = computeRows();
  for (const [table, tableRows] of Object.entries(rows)) await fillTable(sim, table, tableRows);
  if (options.overwriteFormula) {
    sim.workbook.setCell('TTHC', cellOf(sim, 'TTHC', 'Tổng số nhận', OVERWRITTEN_TTHC_ROW), OVERWRITTEN_VALUE);
  }
  return { sim, rows };
}
