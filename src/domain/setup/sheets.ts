/** Setup of the other sheets: "Kiểm tra" (findings table), "Tổng hợp" (marked as Tổng kết's own) and the format version written last. */
import { tableCaptionMsg } from '../contract/captions';
import { msg } from '../messages';
import { CHECK_SHEET, CHECK_TABLE, FORMAT_VERSION, SUMMARY_MARKER_NAME, SUMMARY_SHEET } from '../contract/layout';
import type { PlanCell, PlanOp } from './ops';
import { type SetupPlanner, findTable, values } from './planner';

export function planCheckSheet(p: SetupPlanner): void {
  p.ensureSheet(CHECK_SHEET);
  const headerRow = CHECK_TABLE.headerRow;
  const top: PlanCell[][] = [
    [{ value: 'KẾT QUẢ KIỂM TRA DỮ LIỆU', style: 'title' }],
    [{ value: 'Thời điểm kiểm tra', style: 'label' }, { value: 'Chưa kiểm tra' }],
    [{ value: 'Số lỗi', style: 'label' }, { value: null }],
    [{ value: 'Số cảnh báo', style: 'label' }, { value: null }],
  ];
  const topOp: PlanOp = { kind: 'writeCells', sheet: CHECK_SHEET, row: 0, column: 0, cells: top };
  const existing = findTable(p.snapshot, CHECK_TABLE.name) ?? p.unnamedOwnTable(CHECK_SHEET, CHECK_TABLE.name, headerRow, 0, CHECK_TABLE.columns);
  if (existing) {
    if (p.finishing && existing.sheet === CHECK_SHEET && existing.headerRow === headerRow && existing.firstColumn === 0) {
      if (p.ownOrEmpty(CHECK_SHEET, 0, 0, values(top))) p.ops.push(topOp);
      p.decorate(CHECK_SHEET, CHECK_TABLE.name, 0, existing.headers, CHECK_TABLE.columns);
    }
    return;
  }
  const own = [...values(top), [], CHECK_TABLE.columns.map((c) => c.header)];
  if (!p.free(CHECK_SHEET, 0, 0, own, headerRow + 2, CHECK_TABLE.columns.length)) {
    p.conflict(CHECK_SHEET, CHECK_TABLE.name, msg('setup.checkSheetBusy', { sheet: CHECK_SHEET }));
    return;
  }
  p.ops.push(topOp);
  // Text format: a cell address such as "E7" or a message starting with a digit stays text.
  p.table(CHECK_SHEET, CHECK_TABLE.name, headerRow, 0, CHECK_TABLE.columns);
  p.create(tableCaptionMsg(CHECK_TABLE.name, true));
}

export function planSummarySheet(p: SetupPlanner): void {
  p.ensureSheet(SUMMARY_SHEET);
  const marked = p.snapshot.names[SUMMARY_MARKER_NAME]?.sheet === SUMMARY_SHEET;
  if (marked) return;
  const cells: PlanCell[][] = [
    [{ value: 'TỔNG HỢP SỐ LIỆU', style: 'title' }],
    [{ value: 'Chưa tính tổng hợp: bấm "Tính tổng hợp" trong ngăn Tổng kết.', style: 'note' }],
  ];
  const used = p.snapshot.usedExtents?.[SUMMARY_SHEET];
  // Setup's own two cells, left by a run that stopped before marking the sheet, are no obstacle.
  const ownOnly = !used || (used.rows <= cells.length && used.columns <= 1 && p.ownOrEmpty(SUMMARY_SHEET, 0, 0, values(cells)));
  if (!p.isNewSheet(SUMMARY_SHEET) && !ownOnly) {
    p.conflict(
      SUMMARY_SHEET,
      '',
      msg('setup.summaryNotOurs', { sheet: SUMMARY_SHEET }),
    );
    return;
  }
  p.ops.push({ kind: 'writeCells', sheet: SUMMARY_SHEET, row: 0, column: 0, cells });
  p.ops.push({ kind: 'addName', name: SUMMARY_MARKER_NAME, sheet: SUMMARY_SHEET, row: 0, column: 0 });
}

export function planFormatVersion(p: SetupPlanner): void {
  if (p.snapshot.formatVersion === null || p.snapshot.formatVersion < FORMAT_VERSION) {
    p.ops.push({ kind: 'setFormatVersion', version: FORMAT_VERSION });
  }
}
