import { checkSheetPlan, checkTableRows, timestampOf } from '../domain/check/checkSheet';
import { highlightPlan } from '../domain/check/highlightRules';
import { readSpec } from '../domain/readSpec';
import { validateWorkbook, type ValidationResult } from '../domain/validation';
import { localIsoDate } from '../domain/util/dates';
import { applyPlan } from './applyPlan';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

export interface CheckOutcome extends ValidationResult {
  syncs: number;
  /** false when the workbook has no "Kiểm tra" table to write the findings into */
  wroteCheckSheet: boolean;
}

/**
 * "Kiểm tra dữ liệu": one read, the domain's findings, then the Kiểm tra sheet and the error
 * highlights written back. No typed cell is changed.
 */
export async function checkData(
  onProgress: (step: 'read' | 'check' | 'write') => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<CheckOutcome> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    onProgress('read');
    const read = await readSnapshot(context, readSpec('check'), features);
    onProgress('check');
    const at = now();
    const result = validateWorkbook(read.snapshot, { today: localIsoDate(at) });
    onProgress('write');
    const sheetOps = checkSheetPlan(checkTableRows(read.snapshot), result.findings, result.counts, timestampOf(at));
    const ops = [...sheetOps, ...highlightPlan(read.snapshot)];
    const writes = await applyPlan(context, ops, { formatPartId: read.formatPartId, highlights: read.highlights });
    return { ...result, syncs: read.syncs + writes, wroteCheckSheet: sheetOps.length > 0 };
  });
}

/** Shows a finding's cell to the user: activates its sheet and selects the cell. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
