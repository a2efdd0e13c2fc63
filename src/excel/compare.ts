import { planPreviousYear, readPreviousYear } from '../domain/comparison/previousYear';
import type { Msg } from '../domain/messages';
import type { WorkbookSnapshot } from '../domain/snapshot';
import { readSpec } from '../domain/readSpec';
import { applyPlan } from './applyPlan';
import { computeSummary, type ComputeOutcome } from './compute';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

export type CompareOutcome =
  | { ok: true; year: number; figures: number; compute: ComputeOutcome; syncs: number }
  | { ok: false; refusal: Msg; syncs: number };

/**
 * "So sánh với năm trước": last year's key figures (from its workbook, read in the pane)
 * stored on "Năm trước" — so the emailed workbook stands alone — then "Tính tổng hợp", whose
 * summary shows the change beside each figure. A workbook of the same or a later year, or of
 * a newer format, is refused with nothing written.
 */
export async function compareWithPrevious(
  previous: WorkbookSnapshot,
  file: string,
  onProgress: (step: 'read' | 'write' | 'compute' | 'check') => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<CompareOutcome> {
  const stored = await Excel.run(async (context) => {
    onProgress('read');
    const read = await readSnapshot(context, readSpec('merge'), detectFeatures());
    const outcome = readPreviousYear(read.snapshot, previous, file);
    if (!outcome.ok) return { ...outcome, syncs: read.syncs };
    onProgress('write');
    const writes = await applyPlan(context, planPreviousYear(read.snapshot, outcome.previous, file), { formatPartId: read.formatPartId });
    return { ok: true as const, year: outcome.previous.year, figures: outcome.previous.rows.length, syncs: read.syncs + writes };
  });
  if (!stored.ok) return stored;
  const compute = await computeSummary((step) => onProgress(step === 'read' ? 'compute' : step), now);
  return { ...stored, compute, syncs: stored.syncs + compute.syncs };
}
