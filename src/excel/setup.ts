import type { Msg } from '../domain/messages';
import type { Conflict } from '../domain/setup/ops';
import { readSpec } from '../domain/readSpec';
import { planSetup } from '../domain/setup/planSetup';
import { applyPlan } from './applyPlan';
import { detectFeatures } from './host';
import { readSnapshot } from './readSnapshot';

export interface SetupOutcome {
  /** what was created, one Vietnamese line each (empty when the workbook was already complete) */
  created: string[];
  /** the same as messages, for the pane in another language */
  createdText: Msg[];
  conflicts: Conflict[];
  dataValidation: boolean;
  syncs: number;
}

/**
 * "Tạo / cập nhật bảng mẫu": one read, the domain's plan, the plan's writes. Safe to run
 * again at any time: a run that stopped half-way is completed by the next one.
 */
export async function createTemplate(onProgress: (step: 'read' | 'write') => void = () => undefined): Promise<SetupOutcome> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    onProgress('read');
    const read = await readSnapshot(context, readSpec('setup'), features);
    const plan = planSetup(read.snapshot, features);
    onProgress('write');
    const writes = await applyPlan(context, plan.ops, { formatPartId: read.formatPartId });
    const syncs = read.syncs + writes;
    return { created: plan.created, createdText: plan.createdText, conflicts: plan.conflicts, dataValidation: features.dataValidation, syncs };
  });
}
