import {
  checkExport,
  importCheckPlan,
  importNeedsSetup,
  planImport,
  withTemplateTthc,
  type ExportReading,
  type ImportPlan,
} from '../domain/import/bieu06';
import type { Msg } from '../domain/messages';
import { readSpec } from '../domain/readSpec';
import type { Conflict } from '../domain/setup/ops';
import { planSetup } from '../domain/setup/planSetup';
import type { Finding } from '../domain/validation/finding';
import type { ValidationResult } from '../domain/validation';
import { applyPlan } from './applyPlan';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

/** The preview of an import: the plan, and whether the template is created first. */
export interface ImportPreview extends ImportPlan {
  /** the workbook has no TTHC (or "Kiểm tra") table: the import creates the template first */
  setupFirst: boolean;
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** the export's own findings (reading, totals), listed first on "Kiểm tra" */
  exportFindings: Finding[];
  /** the check of the workbook after the import; null when nothing was written (refusals) */
  validation: ValidationResult | null;
  /** what the template created before the import (empty when the workbook had it), one Vietnamese line each */
  created: string[];
  /** the same as messages, for the pane in another language */
  createdText: Msg[];
  /** what the template could not create, and why */
  conflicts: Conflict[];
  syncs: number;
}

/** The preview: what an import would do to this workbook (one read, nothing written). */
export async function previewImport(reading: ExportReading): Promise<ImportPreview> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const read = await readSnapshot(context, readSpec('import'), features);
    const setupFirst = importNeedsSetup(read.snapshot);
    const plan = planImport(setupFirst ? withTemplateTthc(read.snapshot) : read.snapshot, reading);
    return { ...plan, setupFirst };
  });
}

/**
 * "Nhập Biểu 06": one read; when the workbook has no TTHC table, the template first (the
 * plan of "Tạo bảng mẫu": nothing deleted or overwritten, resumable) and a new read; the
 * domain's plan (rows written in place, appended in payload-sized requests); then "Kiểm tra"
 * rewritten from a last read so that it lists the export's findings and the check of the
 * workbook as the import left it.
 */
export async function importTthc(
  reading: ExportReading,
  onProgress: (step: 'read' | 'write' | 'check') => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<ImportOutcome> {
  const exportFindings = [...reading.findings, ...checkExport(reading)];
  const features = detectFeatures();
  return Excel.run(async (context) => {
    onProgress('read');
    let read = await readSnapshot(context, readSpec('import'), features);
    let syncs = read.syncs;
    const setup = { created: [] as string[], createdText: [] as Msg[], conflicts: [] as Conflict[] };
    if (importNeedsSetup(read.snapshot)) {
      onProgress('write');
      const setupRead = await readSnapshot(context, readSpec('setup'), features);
      const plan = planSetup(setupRead.snapshot, features);
      Object.assign(setup, { created: plan.created, createdText: plan.createdText, conflicts: plan.conflicts });
      syncs += setupRead.syncs + (await applyPlan(context, plan.ops, { formatPartId: setupRead.formatPartId }));
      read = await readSnapshot(context, readSpec('import'), features);
      syncs += read.syncs;
    }
    const plan = planImport(read.snapshot, reading);
    // What kept the template from creating the table is the reason the clerk must act on.
    if (plan.refusals.length > 0 && importNeedsSetup(read.snapshot)) plan.refusals.push(...setup.conflicts.map((c) => c.text));
    if (plan.refusals.length > 0) return { plan, exportFindings, validation: null, ...setup, syncs };
    onProgress('write');
    const writes = await applyPlan(context, plan.ops, { formatPartId: read.formatPartId });
    onProgress('check');
    const after = await readSnapshot(context, readSpec('import'), features);
    const check = importCheckPlan(after.snapshot, [...exportFindings, ...plan.findings], now());
    const checkWrites = await applyPlan(context, check.ops, { formatPartId: after.formatPartId });
    return { plan, exportFindings, validation: check.validation, ...setup, syncs: syncs + writes + after.syncs + checkWrites };
  });
}
