export { readUnitReport, mergedColumns, type UnitReport } from './unitReport';
export { planMerge, type MergeOutcome, type MergePlan, type RowsChange, type UnitMergeSummary } from './planMerge';
export { catalogueDifferences } from './catalogueDifferences';
export { adoptStoppedSource, mergeOps, sourceSheetOps } from './mergeOps';
export type { ChosenUnit, ChosenWorkbook } from './chosenWorkbook';
