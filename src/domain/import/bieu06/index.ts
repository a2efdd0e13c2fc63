export { checkExport } from './checkExport';
export { BIEU06_BASIS } from './findings';
export type { ExportGrid, MergedRange } from './grid';
export { importCheckPlan, importedRows, importNote, IMPORT_MARK, planImport, type ImportPlan, type ImportedRow } from './planImport';
export { previewExport } from './preview';
export { columnLabel, columnMessage, mappingLines, readBieu06, type ExportColumn, type ExportPreview, type ExportReading, type ExportRow, type MappingLine, type ReadResult } from './readExport';
export { importNeedsSetup, withTemplateTthc } from './setupFirst';
