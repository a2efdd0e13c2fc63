import { FORMAT_VERSION } from '../domain/contract/layout';
import { adoptStoppedSource, mergeOps, planMerge, type MergePlan, type UnitReport } from '../domain/merge';
import { msg, type Msg } from '../domain/messages';
import { isNewerFormat } from '../domain/setup/planSetup';
import { isEmptyCell, type WorkbookSnapshot } from '../domain/snapshot';
import { findTable } from '../domain/validation/locatedTable';
import { readSpec } from '../domain/readSpec';
import { applyPlan } from './applyPlan';
import { computeSummary, type ComputeOutcome } from './compute';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

export type MergeUnitsOutcome =
  | {
      ok: true;
      plan: MergePlan;
      /** "Tính tổng hợp" run on the merged workbook */
      compute: ComputeOutcome;
      /** syncs of the merge's read and writes, then of the recomputation */
      mergeSyncs: number;
      syncs: number;
    }
  | { ok: false; refusals: Msg[]; syncs: number };

/**
 * Where a change would grow its table over cells that hold something just below it: Excel
 * would push them down, out of the place the clerk put them: one message per table.
 */
function growthBlocked(snapshot: WorkbookSnapshot, plan: MergePlan): Msg[] {
  const blocked: Msg[] = [];
  for (const change of plan.changes) {
    const table = findTable(snapshot, change.table);
    if (!table) continue;
    const kept = table.values.length - change.remove.length;
    const after = Math.max(kept, 1, change.writeAt + change.rows.length);
    const extra = after - Math.max(table.values.length, 1);
    const hit = table.below.slice(0, Math.max(0, extra)).findIndex((row) => row.some((v) => !isEmptyCell(v)));
    if (hit >= 0) {
      const row = table.headerRow + 1 + table.values.length + (table.showTotals ? 1 : 0) + hit + 1;
      blocked.push(msg('merge.growthBlocked', { sheet: table.sheet, extra, row }));
    }
  }
  return blocked;
}

/**
 * "Gộp sổ đơn vị": the units' workbooks (read in the pane from the files the clerk chose)
 * merged into the open workbook by the rules `tongket merge` follows — all or nothing: every
 * unit is checked before anything is written — then "Tính tổng hợp" as the command does.
 * One read; the writes in payload-sized requests; a merge stopped half-way is finished by
 * merging the same files again.
 */
export async function mergeUnits(
  units: readonly UnitReport[],
  onProgress: (step: 'read' | 'write' | 'compute' | 'check') => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<MergeUnitsOutcome> {
  const merged = await Excel.run(async (context) => {
    onProgress('read');
    const read = await readSnapshot(context, readSpec('merge'), detectFeatures());
    if (isNewerFormat(read.snapshot)) {
      const refusal = msg('merge.openNewer', { version: read.snapshot.formatVersion, current: FORMAT_VERSION });
      return { ok: false as const, refusals: [refusal], syncs: read.syncs };
    }
    // a merge stopped between creating "Nguồn" and naming it left the table unnamed
    const adopted = adoptStoppedSource(read.snapshot);
    const outcome = planMerge(adopted.snapshot, units, now());
    if (!outcome.ok) return { ...outcome, syncs: read.syncs };
    const blocked = growthBlocked(adopted.snapshot, outcome.plan);
    if (blocked.length > 0) return { ok: false as const, refusals: blocked, syncs: read.syncs };
    onProgress('write');
    const ops = [...adopted.ops, ...mergeOps(adopted.snapshot, outcome.plan)];
    const writes = await applyPlan(context, ops, { formatPartId: read.formatPartId });
    return { ok: true as const, plan: outcome.plan, syncs: read.syncs + writes };
  });
  if (!merged.ok) return merged;
  const compute = await computeSummary((step) => onProgress(step === 'read' ? 'compute' : step), now);
  return { ok: true, plan: merged.plan, compute, mergeSyncs: merged.syncs, syncs: merged.syncs + compute.syncs };
}
