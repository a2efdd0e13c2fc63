import { isNewerFormat } from '../domain/setup/planSetup';
import type { Conflict } from '../domain/setup/ops';
import { planSetup } from '../domain/setup/planSetup';
import { applyPlan } from './applyPlan';
import type { XlsxDocument } from './document';
import { materializeHandTypedTables } from './materialize';
import { readSnapshot, type XlsxSnapshot } from './readSnapshot';

export interface SetupResult {
  /** Vietnamese one-line summaries of what was created */
  created: string[];
  conflicts: Conflict[];
  /** number of plan steps applied */
  steps: number;
  /** steps the file adapter left out, one Vietnamese sentence each */
  notes: string[];
  /** false when the workbook is of a newer format: nothing was changed */
  changed: boolean;
}

/**
 * "Tạo / cập nhật bảng mẫu" on a file: typed contract blocks become tables, then the setup
 * plan adds what is missing and rewrites computed columns. `snapshot` is the one already read.
 */
export function setupWorkbook(document: XlsxDocument, snapshot: XlsxSnapshot = readSnapshot(document)): SetupResult {
  const plan = planSetup(snapshot, { dataValidation: true });
  if (isNewerFormat(snapshot)) return { created: [], conflicts: plan.conflicts, steps: 0, notes: [], changed: false };
  const tablesMade = materializeHandTypedTables(document, snapshot);
  const notes = applyPlan(document, plan.ops);
  return { created: [...tablesMade, ...plan.created], conflicts: plan.conflicts, steps: plan.ops.length, notes, changed: true };
}
