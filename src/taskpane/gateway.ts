import { createTemplate, type SetupOutcome } from '../excel/setup';
import { describeFailure, type ExcelFailure } from '../excel/errors';

export type Step = 'read' | 'write' | 'check' | 'compute';

/** What the pane asks of the workbook; the Office.js implementation lives in src/excel. */
export interface WorkbookGateway {
  createTemplate(onStep: (step: Step) => void): Promise<SetupOutcome>;
  describeFailure(error: unknown): ExcelFailure;
}

export function officeGateway(): WorkbookGateway {
  return {
    createTemplate: (onStep) => createTemplate(onStep),
    describeFailure,
  };
}
