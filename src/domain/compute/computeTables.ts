/**
 * "Tính tổng hợp", row part: the value of every auto and computed column, and of the totals
 * row, for each contract table present in the snapshot — exactly what the contract's Excel
 * formulas give (see each table's module for the formula it mirrors).
 */
import type { TableSpec } from '../contract/types';
import type { WorkbookSnapshot } from '../snapshot';
import { AWARDS_COMPUTATION } from './awards';
import { readComputeCatalogues, type ComputeCatalogues } from './catalogues';
import { CERTIFICATES_COMPUTATION } from './certificates';
import { sumOfCells } from './coercion';
import { DEADLINE_CUTS_COMPUTATION } from './deadlineCuts';
import { DOSSIERS_COMPUTATION } from './dossiers';
import { RATINGS_COMPUTATION } from './ratings';
import { findSnapshotTable, readTableData, type TableData } from './tableData';
import { TARGETS_COMPUTATION } from './targets';
import type { ComputedTable, ComputedWorkbook, TableComputation } from './types';
import type { ComputedValue, ExcelValue } from './values';

export const TABLE_COMPUTATIONS: readonly TableComputation[] = [
  AWARDS_COMPUTATION,
  RATINGS_COMPUTATION,
  DOSSIERS_COMPUTATION,
  DEADLINE_CUTS_COMPUTATION,
  CERTIFICATES_COMPUTATION,
  TARGETS_COMPUTATION,
];

function computedHeaders(spec: TableSpec): string[] {
  return spec.columns.filter((c) => c.kind !== 'input').map((c) => c.header);
}

function computeRows(computation: TableComputation, data: TableData, catalogues: ComputeCatalogues): Record<string, ComputedValue>[] {
  const stt = computation.spec.columns.find((c) => c.kind === 'auto')?.header;
  const rows: Record<string, ComputedValue>[] = [];
  for (let i = 0; i < data.rowCount; i++) {
    const row = computation.row((header) => data.cell(i, header), catalogues);
    rows.push(stt ? { [stt]: i + 1, ...row } : row);
  }
  return rows;
}

function computeTotals(
  computation: TableComputation,
  data: TableData,
  rows: readonly Record<string, ComputedValue>[],
): Record<string, ComputedValue> {
  const computed = new Set(computedHeaders(computation.spec));
  const column = (header: string): ExcelValue[] =>
    computed.has(header) ? rows.map((r) => r[header] ?? '') : data.column(header);
  const formulas = computation.formulaTotals?.(column) ?? {};
  const totals: Record<string, ComputedValue> = {};
  for (const c of computation.spec.columns) {
    if (!c.total) continue;
    if (c.total.kind === 'label') totals[c.header] = c.total.text;
    else if (c.total.kind === 'sum') totals[c.header] = sumOfCells(column(c.header));
    else if (c.header in formulas) totals[c.header] = formulas[c.header];
    else throw new Error(`No computation for the totals formula of ${computation.spec.name}[${c.header}]`);
  }
  return totals;
}

export function computeTable(computation: TableComputation, data: TableData, catalogues: ComputeCatalogues): ComputedTable {
  const { spec } = computation;
  const rows = computeRows(computation, data, catalogues);
  return {
    name: spec.name,
    sheet: spec.sheet,
    computedHeaders: computedHeaders(spec),
    rows,
    totals: spec.totalsRow ? computeTotals(computation, data, rows) : null,
    missingColumns: spec.columns.filter((c) => c.kind === 'input' && !c.optional && !data.hasColumn(c.header)).map((c) => c.header),
  };
}

export function computeTables(snapshot: WorkbookSnapshot): ComputedWorkbook {
  const catalogues = readComputeCatalogues(snapshot);
  const tables: Record<string, ComputedTable> = {};
  for (const computation of TABLE_COMPUTATIONS) {
    const table = findSnapshotTable(snapshot, computation.spec.name);
    if (table) tables[computation.spec.name] = computeTable(computation, readTableData(table), catalogues);
  }
  return { tables };
}
