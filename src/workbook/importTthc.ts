import { checkExport, importCheckPlan, planImport, type ExportReading } from '../domain/import/bieu06';
import { CHECK_TABLE } from '../domain/contract/layout';
import { TTHC } from '../domain/contract/tables';
import { msg, vi } from '../domain/messages';
import type { Conflict } from '../domain/setup/ops';
import { isNewerFormat } from '../domain/setup/planSetup';
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
  /** what setup created first (a workbook without the TTHC or KiemTra table) */
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
 * Imports a read Biểu 06 export into the workbook's TTHC table (see planImport), creating
 * the contract's tables first when TTHC or KiemTra is missing, then rewrites "Kiểm tra".
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
  const has = (name: string) => snapshot.tables.some((t) => t.name.toLowerCase() === name.toLowerCase());
  if (isNewerFormat(snapshot) || !has(TTHC.name) || !has(CHECK_TABLE.name)) {
    const setup = setupWorkbook(document, snapshot);
    result.conflicts = setup.conflicts;
    if (!setup.changed) {
      result.refusals.push(vi(msg('import.newerFormat')));
      return result;
    }
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
