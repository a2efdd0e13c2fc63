import { checkExport, importCheckPlan, importNeedsSetup, planImport, type ExportReading } from '../domain/import/bieu06';
import { vi } from '../domain/messages';
import type { Conflict } from '../domain/setup/ops';
import type { Finding } from '../domain/validation/finding';
import type { ValidationResult } from '../domain/validation';
import { applyPlan } from './applyPlan';
import type { XlsxDocument } from './document';
import { readSnapshot } from './readSnapshot';
import { setupWorkbook } from './setup';

export interface ImportResult {
  /** false: nothing was changed and the file must not be written (refusals say why) */
  changed: boolean;
  /** in Vietnamese: the command line's text */
  refusals: string[];
  conflicts: Conflict[];
  /** what setup created first (a workbook without the TTHC or KiemTra table, or without a format version) */
  created: string[];
  added: string[];
  replaced: string[];
  unchanged: string[];
  /** the export's own findings (reading and totals), then the import's */
  exportFindings: Finding[];
  importFindings: Finding[];
  /** the check of the workbook after the import ("Kiểm tra" lists it after the export's findings) */
  validation: ValidationResult | null;
  notes: string[];
}

/**
 * Imports a read Biểu 06 export into the workbook's TTHC table (see planImport), setting the
 * template up first as the pane does (see importNeedsSetup), then rewrites "Kiểm tra".
 */
export function importTthcWorkbook(document: XlsxDocument, reading: ExportReading, now: Date): ImportResult {
  const exportFindings = [...reading.findings, ...checkExport(reading)];
  const result: ImportResult = {
    changed: false,
    refusals: [],
    conflicts: [],
    created: [],
    added: [],
    replaced: [],
    unchanged: [],
    exportFindings,
    importFindings: [],
    validation: null,
    notes: [],
  };
  let snapshot = readSnapshot(document);
  // The pane's rule (setupFirst.ts): the template first when a table or the format version is missing.
  if (importNeedsSetup(snapshot)) {
    const setup = setupWorkbook(document, snapshot);
    result.conflicts = setup.conflicts;
    result.created = setup.created;
    result.notes.push(...setup.notes);
    snapshot = readSnapshot(document);
  }
  const plan = planImport(snapshot, reading);
  result.added = plan.added;
  result.replaced = plan.replaced;
  result.unchanged = plan.unchanged;
  result.importFindings = plan.findings;
  if (plan.refusals.length > 0) {
    result.refusals = plan.refusals.map(vi);
    return result;
  }
  result.notes.push(...applyPlan(document, plan.ops));
  const check = importCheckPlan(readSnapshot(document), [...exportFindings, ...plan.findings], now);
  result.notes.push(...applyPlan(document, check.ops));
  result.validation = check.validation;
  result.changed = true;
  return result;
}
