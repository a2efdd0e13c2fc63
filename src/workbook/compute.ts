import { highlightPlan } from '../domain/check/highlightRules';
import type { RestoredCell } from '../domain/compute-plan/restoreFormulas';
import { restoreFormulasPlan } from '../domain/compute-plan/restoreFormulas';
import { totalsRowsPlan, type TotalsSkipped } from '../domain/compute-plan/totalsRows';
import { computeTables } from '../domain/compute';
import { summarize, summarySheetPlan } from '../domain/report';
import type { Conflict } from '../domain/setup/ops';
import { validateWorkbook, type ValidationResult } from '../domain/validation';
import { applyPlan } from './applyPlan';
import { writeRuleSetResult, writeTableResults } from './cachedResults';
import type { XlsxDocument } from './document';
import { writeFindings } from './findings';
import { readSnapshot } from './readSnapshot';
import { setupWorkbook } from './setup';
import { writeSummarySheet } from './summarySheet';

export interface ComputeResult {
  /** what the setup step created (missing structure) */
  created: string[];
  conflicts: Conflict[];
  /** computed cells whose typed value was replaced by the column's formula */
  restored: RestoredCell[];
  /** tables with a totals row */
  totals: string[];
  totalsSkipped: TotalsSkipped[];
  /** what the file adapter left out (charts …) */
  notes: string[];
  validation: ValidationResult;
}

function isoDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * "Tính tổng hợp" on a file: the setup plan (missing structure), every computed column as a
 * live formula, totals rows, cached results for every formula the domain computes, the
 * "Tổng hợp" sheet, then the check written to "Kiểm tra" with its highlights.
 */
export function computeWorkbook(document: XlsxDocument, now: Date): ComputeResult {
  const setup = setupWorkbook(document);
  const structured = readSnapshot(document);
  const restore = restoreFormulasPlan(structured);
  const totals = totalsRowsPlan(structured);
  const notes = [...setup.notes, ...applyPlan(document, [...restore.ops, ...totals.ops])];

  const formulas = readSnapshot(document);
  const computed = computeTables(formulas);
  writeTableResults(document, computed);
  writeRuleSetResult(document, formulas);
  const summary = summarize(formulas, computed);
  notes.push(...writeSummarySheet(document, summarySheetPlan(summary, { computedAt: now })));

  const final = readSnapshot(document);
  const validation = validateWorkbook(final, { today: isoDate(now) });
  writeFindings(document, final, validation.findings, validation.counts, now);
  notes.push(...applyPlan(document, highlightPlan(final)));

  return {
    created: setup.created,
    conflicts: setup.conflicts,
    restored: restore.restored,
    totals: totals.ops.flatMap((op) => (op.kind === 'totalsRow' ? [op.table] : [])),
    totalsSkipped: totals.skipped,
    notes,
    validation,
  };
}
