import type { ExportPreview, ExportReading } from '../domain/import/bieu06';
import type { CheckOutcome } from '../excel/check';
import type { ComputeOutcome } from '../excel/compute';
import { describeFailure, type ExcelFailure } from '../excel/errors';
import { inspectWorkbook, type WorkbookInspection } from '../excel/inspect';
import type { ImportOutcome, ImportPreview } from '../excel/importTthc';
import type { SetupOutcome } from '../excel/setup';
import type { CompareOutcome } from '../excel/compare';
import type { MergeUnitsOutcome } from '../excel/merge';
import type { ChosenUnit, ChosenWorkbook, UnitReport } from '../domain/merge';
import type { WorkbookSnapshot } from '../domain/snapshot';

export type Step = 'read' | 'write' | 'check' | 'compute';

/** What the pane asks of the workbook; the Office.js implementation lives in src/excel. */
export interface WorkbookGateway {
  inspectWorkbook(): Promise<WorkbookInspection>;
  createTemplate(onStep: (step: Step) => void): Promise<SetupOutcome>;
  checkData(onStep: (step: Step) => void): Promise<CheckOutcome>;
  computeSummary(onStep: (step: Step) => void): Promise<ComputeOutcome>;
  /** reads a chosen Biểu 06 export (the file's bytes; nothing is written) */
  readExport(name: string, bytes: ArrayBuffer): Promise<ExportPreview>;
  /** what importing the export would do to the workbook, before anything is written */
  previewImport(reading: ExportReading): Promise<ImportPreview>;
  importTthc(reading: ExportReading, onStep: (step: Step) => void): Promise<ImportOutcome>;
  /** reads a unit's workbook chosen for "Gộp sổ đơn vị" (its bytes, in the pane; nothing is written) */
  readUnitWorkbook(name: string, bytes: ArrayBuffer): Promise<ChosenUnit>;
  /** merges the units' workbooks into the open one (all or nothing), then recomputes */
  mergeUnits(units: readonly UnitReport[], onStep: (step: Step) => void): Promise<MergeUnitsOutcome>;
  /** reads last year's workbook chosen for "So sánh với năm trước" */
  readWorkbook(name: string, bytes: ArrayBuffer): Promise<ChosenWorkbook>;
  /** stores last year's key figures on "Năm trước", then recomputes */
  compareWithPrevious(previous: WorkbookSnapshot, file: string, onStep: (step: Step) => void): Promise<CompareOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  describeFailure(error: unknown): ExcelFailure;
}

export function officeGateway(): WorkbookGateway {
  return {
    inspectWorkbook,
    // The domain (rules, validation, computation, report text) loads with the first command,
    // not with the pane: the first screen needs only the buttons.
    createTemplate: async (onStep) => (await import('../excel/setup.js')).createTemplate(onStep),
    checkData: async (onStep) => (await import('../excel/check.js')).checkData(onStep),
    computeSummary: async (onStep) => (await import('../excel/compute.js')).computeSummary(onStep),
    // The import's code (and the .xlsx reader) loads on first use, not with the pane.
    readExport: async (name, bytes) => (await import('../workbook/exportBytes.js')).readExportPreview(bytes, name),
    previewImport: async (reading) => (await import('../excel/importTthc.js')).previewImport(reading),
    importTthc: async (reading, onStep) => (await import('../excel/importTthc.js')).importTthc(reading, onStep),
    // The .xlsx reader and the merge load when the clerk first uses them.
    readUnitWorkbook: async (name, bytes) => (await import('../workbook/workbookBytes.js')).readUnitWorkbook(name, bytes),
    mergeUnits: async (units, onStep) => (await import('../excel/merge.js')).mergeUnits(units, onStep),
    readWorkbook: async (name, bytes) => (await import('../workbook/workbookBytes.js')).readChosenWorkbook(name, bytes),
    compareWithPrevious: async (previous, file, onStep) => (await import('../excel/compare.js')).compareWithPrevious(previous, file, onStep),
    selectCell: async (sheet, cell) => (await import('../excel/check.js')).selectCell(sheet, cell),
    describeFailure,
  };
}
