import { CHECK_SHEET, CHECK_TABLE } from '../contract/layout';
import type { PlanOp } from '../setup/ops';
import { clipCellText } from '../report/cellText';
import { formatDateTime } from '../report/format';
import type { WorkbookSnapshot } from '../snapshot';
import { SEVERITY_LABEL, type Finding, type FindingCounts } from '../validation/finding';

/** Local wall-clock time of a check, as the Kiểm tra sheet shows it. */
export interface Timestamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function timestampOf(date: Date): Timestamp {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  };
}

/** The findings as rows of the KiemTra table, in its column order (no cell over Excel's 32.767 characters). */
export function findingRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [SEVERITY_LABEL[f.severity], f.sheet, f.cell, f.column, f.message, f.suggestion, f.basis].map((text) => clipCellText(text)));
}

/** Data rows of the KiemTra table as read, or null when the workbook has no such table. */
export function checkTableRows(snapshot: WorkbookSnapshot): number | null {
  const table = snapshot.tables.find((t) => t.name === CHECK_TABLE.name);
  return table && table.sheet === CHECK_SHEET ? table.values.length : null;
}

/**
 * Rewrites the "Kiểm tra" sheet: when the check ran, the counts and every finding, so that a
 * recipient of the emailed workbook sees whether it was checked and what is still wrong.
 * `existingRows` is the KiemTra table's current row count; null plans nothing (no table).
 */
export function checkSheetPlan(
  existingRows: number | null,
  findings: readonly Finding[],
  counts: FindingCounts,
  at: Timestamp,
): PlanOp[] {
  if (existingRows === null) return [];
  return [
    {
      kind: 'writeCells',
      sheet: CHECK_SHEET,
      row: 1,
      column: 1,
      cells: [[{ value: formatDateTime(at), numberFormat: '@' }], [{ value: counts.error }], [{ value: counts.warning }]],
    },
    { kind: 'replaceTableRows', table: CHECK_TABLE.name, existingRows, rows: findingRows(findings) },
  ];
}
