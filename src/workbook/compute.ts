import { isNewerFormat } from '../domain/setup/planSetup';
import { computeTables } from '../domain/compute';
import { planCompute, type ComputePlan } from '../domain/compute-plan/planCompute';
import type { RestoredCell } from '../domain/compute-plan/restoreFormulas';
import type { TotalsSkipped } from '../domain/compute-plan/totalsRows';
import type { Conflict } from '../domain/setup/ops';
import { planSetup, type HostCapabilities } from '../domain/setup/planSetup';
import type { ValidationResult } from '../domain/validation';
import type { Finding } from '../domain/validation/finding';
import { applyPlan } from './applyPlan';
import { writeRuleSetResult, writeTableResults } from './cachedResults';
import type { XlsxDocument } from './document';
import { materializeHandTypedTables } from './materialize';
import { readSnapshot, type XlsxSnapshot } from './readSnapshot';

export interface ComputeResult {
  /**
   * false when the workbook is of a newer format than this Tổng kết (the conflicts say why)
   * or lacks a column compute needs (`refused` says which): nothing was changed and the file
   * must not be written
   */
  changed: boolean;
  refused: Finding[];
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
  /** the check of the workbook as compute leaves it; "Kiểm tra" lists the same findings */
  validation: ValidationResult;
}

/** What a file can hold: everything the plan may write, native data validation included. */
const FILE_CAPABILITIES: HostCapabilities = { dataValidation: true };


/**
 * Stores the domain's result with every formula of the tables and with BoQuyTac, for viewers
 * that do not recalculate. The plan's results describe the workbook as read; what the plan
 * itself created (a table, the BoQuyTac cell) is computed from the workbook read again.
 */
function writeCachedResults(document: XlsxDocument, read: XlsxSnapshot, plan: ComputePlan): void {
  const grew = plan.ops.some((op) => op.kind === 'addTable' || op.kind === 'addName');
  const after = grew ? readSnapshot(document) : read;
  const created = grew ? computeTables(after).tables : {};
  writeTableResults(document, { tables: { ...created, ...plan.computed.tables } });
  writeRuleSetResult(document, after);
}

/**
 * "Tính tổng hợp" on a file: the add-in's plan (`planCompute`: missing structure, every
 * computed column as a live formula, totals rows, the "Tổng hợp" sheet, the check written to
 * "Kiểm tra", highlights) applied to the file, plus what only a file needs: hand-typed
 * contract blocks become tables first, and every formula is stored with its result. A
 * workbook of a newer format is left as it was.
 */
export function computeWorkbook(document: XlsxDocument, now: Date): ComputeResult {
  const read = readSnapshot(document);
  const plan = planCompute(read, FILE_CAPABILITIES, now);
  if (isNewerFormat(read) || plan.refused.length > 0) {
    // planCompute plans nothing for it; neither does the file adapter.
    return {
      changed: false,
      refused: plan.refused,
      created: [],
      conflicts: plan.conflicts,
      restored: [],
      totals: [],
      totalsSkipped: [],
      notes: [],
      validation: plan.validation,
    };
  }
  // Typed contract blocks become tables over the same cells; the snapshot already reads them as tables.
  const tablesMade = materializeHandTypedTables(document, read);
  const notes = applyPlan(document, plan.ops);
  writeCachedResults(document, read, plan);
  return {
    changed: true,
    refused: [],
    created: [...tablesMade, ...planSetup(read, FILE_CAPABILITIES).created],
    conflicts: plan.conflicts,
    restored: plan.restored,
    totals: plan.ops.flatMap((op) => (op.kind === 'totalsRow' ? [op.table] : [])),
    totalsSkipped: plan.totalsSkipped,
    notes,
    validation: plan.validation,
  };
}
