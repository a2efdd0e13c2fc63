import { checkExport, importCheckPlan, planImport, type ExportReading, type ImportPlan } from '../domain/import/bieu06';
import { readSpec } from '../domain/readSpec';
import type { Finding } from '../domain/validation/finding';
import type { ValidationResult } from '../domain/validation';
import { applyPlan } from './applyPlan';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

export interface ImportOutcome {
  plan: ImportPlan;
  /** the export's own findings (reading, totals), listed first on "Kiểm tra" */
  exportFindings: Finding[];
  /** the check of the workbook after the import; null when nothing was written (refusals) */
  validation: ValidationResult | null;
  syncs: number;
}

/** The preview: what an import would do to this workbook (one read, nothing written). */
export async function previewImport(reading: ExportReading): Promise<ImportPlan> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const read = await readSnapshot(context, readSpec('import'), features);
    return planImport(read.snapshot, reading);
  });
}

/**
 * "Nhập Biểu 06": one read, the domain's plan (rows written in place, appended in
 * payload-sized requests), then "Kiểm tra" rewritten from a second read so that it lists the
 * export's findings and the check of the workbook as the import left it.
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
    const read = await readSnapshot(context, readSpec('import'), features);
    const plan = planImport(read.snapshot, reading);
    if (plan.refusals.length > 0) return { plan, exportFindings, validation: null, syncs: read.syncs };
    onProgress('write');
    const writes = await applyPlan(context, plan.ops, { formatPartId: read.formatPartId });
    onProgress('check');
    const after = await readSnapshot(context, readSpec('import'), features);
    const check = importCheckPlan(after.snapshot, [...exportFindings, ...plan.findings], now());
    const checkWrites = await applyPlan(context, check.ops, { formatPartId: after.formatPartId });
    return { plan, exportFindings, validation: check.validation, syncs: read.syncs + writes + after.syncs + checkWrites };
  });
}
