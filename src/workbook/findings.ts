import { checkSheetPlan, checkTableRows, timestampOf } from '../domain/check/checkSheet';
import type { WorkbookSnapshot } from '../domain/snapshot';
import type { Finding, FindingCounts } from '../domain/validation/finding';
import { applyPlan } from './applyPlan';
import type { XlsxDocument } from './document';

/**
 * Writes the "Kiểm tra" sheet: the time of the check, the counts and the KiemTra rows.
 * Only that table's rows and those cells change; nothing happens without the table.
 */
export function writeFindings(
  document: XlsxDocument,
  snapshot: WorkbookSnapshot,
  findings: readonly Finding[],
  counts: FindingCounts,
  at: Date,
): void {
  applyPlan(document, checkSheetPlan(checkTableRows(snapshot), findings, counts, timestampOf(at)));
}
