/**
 * A unit's workbook as the merge sees it: who sent it, for which period, and its data rows
 * (input columns only: computed columns are formulas of the consolidated workbook).
 */
import { DATA_TABLES, REPORTING_UNIT_HEADER } from '../contract/tables';
import type { TableSpec } from '../contract/types';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { isBlank } from '../validation/cells';
import { findTable, locateTable } from '../validation/locatedTable';
import { checkReportHeader, namedCell } from '../validation/reportHeader';

/** The input columns a merge copies, in contract order ("Đơn vị báo cáo" is set by the merge). */
export function mergedColumns(spec: TableSpec): string[] {
  return spec.columns.filter((c) => c.kind === 'input' && c.header !== REPORTING_UNIT_HEADER).map((c) => c.header);
}

export interface UnitTableRows {
  /** values in `mergedColumns(spec)` order, one array per row that holds some input */
  rows: CellValue[][];
}

export interface UnitReport {
  /** how the user named the file (its base name), for messages and the "Nguồn" sheet */
  file: string;
  sha256: string;
  /** DonViBaoCao as typed (trimmed); "" when blank */
  unit: string;
  /** ISO dates; null when missing or unreadable */
  periodFrom: string | null;
  periodTo: string | null;
  reportDate: string | null;
  formatVersion: number | null;
  tables: Readonly<Record<string, UnitTableRows>>;
  snapshot: WorkbookSnapshot;
}

function unitText(snapshot: WorkbookSnapshot): string {
  const cell = namedCell(snapshot, 'DonViBaoCao');
  const value = cell?.value;
  return typeof value === 'string' ? value.normalize('NFC').replace(/\s+/gu, ' ').trim() : isBlank(value ?? null) ? '' : String(value);
}

export function readUnitReport(snapshot: WorkbookSnapshot, file: string, sha256: string): UnitReport {
  // The header's findings belong to the unit's own check; the merge only needs its dates.
  const period = checkReportHeader(snapshot, () => undefined);
  const tables: Record<string, UnitTableRows> = {};
  for (const spec of DATA_TABLES) {
    const table = findTable(snapshot, spec.name);
    if (!table) {
      tables[spec.name] = { rows: [] };
      continue;
    }
    const located = locateTable(spec, table);
    const keys = spec.columns.filter((c) => mergedColumns(spec).includes(c.header)).map((c) => c.key);
    const rows: CellValue[][] = [];
    for (let r = 0; r < located.rowCount; r++) {
      const values = keys.map((key) => located.cell(r, key));
      if (values.some((v) => !isBlank(v))) rows.push(values);
    }
    tables[spec.name] = { rows };
  }
  return {
    file,
    sha256,
    unit: unitText(snapshot),
    periodFrom: period.from,
    periodTo: period.to,
    reportDate: period.reportDate,
    formatVersion: snapshot.formatVersion,
    tables,
    snapshot,
  };
}
