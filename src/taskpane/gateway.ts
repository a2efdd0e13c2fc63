import { checkData, selectCell, type CheckOutcome } from '../excel/check';
import { computeSummary, type ComputeOutcome } from '../excel/compute';
import { describeFailure, type ExcelFailure } from '../excel/errors';
import { inspectWorkbook, type WorkbookInspection } from '../excel/inspect';
import { createTemplate, type SetupOutcome } from '../excel/setup';

export type Step = 'read' | 'write' | 'check' | 'compute';

/** What the pane asks of the workbook; the Office.js implementation lives in src/excel. */
export interface WorkbookGateway {
  inspectWorkbook(): Promise<WorkbookInspection>;
  createTemplate(onStep: (step: Step) => void): Promise<SetupOutcome>;
  checkData(onStep: (step: Step) => void): Promise<CheckOutcome>;
  computeSummary(onStep: (step: Step) => void): Promise<ComputeOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  describeFailure(error: unknown): ExcelFailure;
}

export function officeGateway(): WorkbookGateway {
  return {
    inspectWorkbook,
    createTemplate: (onStep) => createTemplate(onStep),
    checkData: (onStep) => checkData(onStep),
    computeSummary: (onStep) => computeSummary(onStep),
    selectCell,
    describeFailure,
  };
}
