import { checkExport } from './checkExport';
import type { ExportGrid } from './grid';
import { mappingLines, readBieu06, type ExportPreview } from './readExport';

/** Reads an export and says everything the preview needs, before anything is written. */
export function previewExport(grids: readonly ExportGrid[], source: string): ExportPreview {
  const read = readBieu06(grids, source);
  if (!read.ok) return read;
  return { ok: true, reading: read.reading, mapping: mappingLines(read.reading), exportFindings: [...read.reading.findings, ...checkExport(read.reading)] };
}
