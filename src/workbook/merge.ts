import { FORMAT_VERSION, SOURCE_TABLE } from '../domain/contract/layout';
import { planMerge, readUnitReport, sourceSheetOps, type MergePlan, type UnitReport } from '../domain/merge';
import { msg, vi } from '../domain/messages';
import { isNewerFormat } from '../domain/setup/planSetup';
import { applyPlan, cellAt } from './applyPlan';
import type { XlsxDocument } from './document';
import { applyRowsChange, growthBlocked } from './mergeRows';
import { readSnapshot } from './readSnapshot';
import { setupWorkbook } from './setup';

/**
 * What the merge keeps of a unit's workbook: its report (header, input rows, snapshot for the
 * check). Read it as soon as the file is loaded, so that the unit's whole workbook model can be
 * let go before the next file is read — fifty of them at once do not fit in memory.
 */
export function readUnitFile(document: XlsxDocument, file: string, sha256: string): UnitReport {
  return readUnitReport(readSnapshot(document), file, sha256);
}

/** Refusals in Vietnamese: the command line's text. */
export type MergeResult = { ok: true; plan: MergePlan; created: string[] } | { ok: false; refusals: string[] };

/**
 * Merges the units' workbooks into `target` in memory: the target is first brought to the
 * contract (a new or format-1 workbook), then the domain's plan is applied. On a refusal the
 * caller must not save anything (the target in memory may have been upgraded).
 */
export function mergeWorkbooks(target: XlsxDocument, reports: readonly UnitReport[], now: Date): MergeResult {
  const read = readSnapshot(target);
  if (isNewerFormat(read)) {
    return { ok: false, refusals: [vi(msg('merge.targetNewer', { version: read.formatVersion, current: FORMAT_VERSION }))] };
  }
  const setup = setupWorkbook(target, read);
  const snapshot = readSnapshot(target);
  const outcome = planMerge(snapshot, reports, now);
  if (!outcome.ok) return { ok: false, refusals: outcome.refusals.map(vi) };
  const { plan } = outcome;
  const blocked = plan.changes.map((change) => growthBlocked(target, change)).filter((m): m is string => m !== null);
  if (blocked.length > 0) return { ok: false, refusals: blocked };

  for (const cell of plan.headerCells) cellAt(target.workbook.getWorksheet(cell.sheet)!, cell.row, cell.column).value = cell.value;
  for (const change of plan.changes) applyRowsChange(target, change);
  if (plan.newSourceRows) applyPlan(target, sourceSheetOps(plan.newSourceRows, snapshot.sheets.includes(SOURCE_TABLE.sheet)));
  return { ok: true, plan, created: setup.created };
}
