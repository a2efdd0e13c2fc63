import { checkSheetPlan, timestampOf } from '../domain/check/checkSheet';
import { crossCheckFigures } from '../domain/compute-plan/crossCheck';
import { planCompute, type ComputePlan } from '../domain/compute-plan/planCompute';
import { SUMMARY_SHEET } from '../domain/contract/layout';
import { readSpec } from '../domain/readSpec';
import type { CellValue } from '../domain/snapshot';
import { parseCell, rangeAddress } from '../domain/util/a1';
import { countFindings, type Finding } from '../domain/validation/finding';
import { applyPlan } from './applyPlan';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

export interface ComputeOutcome {
  plan: ComputePlan;
  /** key figures whose value after Excel's recalculation differs from the domain's */
  mismatches: Finding[];
  syncs: number;
}

/**
 * "Tính tổng hợp": one read; the domain's plan (structure, formulas, totals rows, summary
 * sheet, check results); writes in payload-sized requests with calculation suspended where
 * the host allows; Excel's own results for the key figures are read back with the last write
 * and compared with the domain's. Protection is never toggled (that would clear the user's undo history).
 */
export async function computeSummary(
  onProgress: (step: 'read' | 'compute' | 'write' | 'check') => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<ComputeOutcome> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    onProgress('read');
    const read = await readSnapshot(context, readSpec('compute'), features);
    onProgress('compute');
    const plan = planCompute(read.snapshot, features, now());
    // A missing column would make zeros: nothing is written, the pane says which column.
    if (plan.refused.length > 0) return { plan, mismatches: [], syncs: read.syncs };
    onProgress('write');
    const figures = plan.summaryPlan.figures;
    const cells = figures.map((f) => parseCell(f.address));
    // Excel's own results for the key figures come back with the last write: no extra round trip.
    let readBack: Excel.Range | null = null;
    const writes = await applyPlan(context, plan.ops, { formatPartId: read.formatPartId, chartsBySheet: read.chartsBySheet, highlights: read.highlights }, {
      beforeEachSync: features.suspendCalculation ? () => context.application.suspendApiCalculationUntilNextSync() : undefined,
      withLastBatch:
        figures.length === 0
          ? undefined
          : () => {
              const rows = Math.max(...cells.map((c) => c.row)) + 1;
              const columns = Math.max(...cells.map((c) => c.column)) + 1;
              // Calculation may be suspended for this request: the figures are computed first.
              context.application.calculate('Recalculate');
              readBack = context.workbook.worksheets.getItem(SUMMARY_SHEET).getRange(rangeAddress(0, 0, rows, columns)).load('values');
            },
    });

    onProgress('check');
    let mismatches: Finding[] = [];
    let syncs = read.syncs + writes;
    const area = readBack as Excel.Range | null;
    if (area) {
      const values = area.values as CellValue[][];
      mismatches = crossCheckFigures(figures, (address) => {
        const { row, column } = parseCell(address);
        return values[row]?.[column] ?? null;
      });
      if (mismatches.length > 0) {
        // A figure Excel computed differently is a finding like any other: "Kiểm tra" lists it.
        const findings = [...mismatches, ...plan.validation.findings];
        syncs += await applyPlan(context, checkSheetPlan(plan.checkRowsAfter, findings, countFindings(findings), timestampOf(now())), {
          formatPartId: read.formatPartId,
        });
      }
    }
    return { plan, mismatches, syncs };
  });
}
