/** What every check receives: the snapshot, and what was decided once for the whole workbook. */
import type { RuleSet } from '../rules/ruleSets';
import type { WorkbookSnapshot } from '../snapshot';
import type { Catalogues } from './catalogueData';
import type { ColumnSpec } from '../contract/types';
import type { Finding, Severity } from './finding';
import { finding } from './makeFinding';
import { msg, type Msg } from '../messages';
import type { LocatedTable } from './locatedTable';

export interface Period {
  /** ISO dates; null when the header cell is missing or not a date */
  from: string | null;
  to: string | null;
  /** NgayBaoCao, or null */
  reportDate: string | null;
}

export interface ValidationContext {
  snapshot: WorkbookSnapshot;
  catalogues: Catalogues;
  /** contract data tables present in the workbook, by table name */
  tables: ReadonlyMap<string, LocatedTable>;
  period: Period;
  ruleSet: RuleSet;
  /** ISO date of the check, when the caller gives it */
  today: string | null;
}

export type Emit = (finding: Finding) => void;

/** Basis of a rule that comes from the workbook contract itself: the column of a table, by its sheet. */
export function contractBasis(table: LocatedTable, header: string): Msg {
  return msg('basis.contract', { sheet: table.sheet, column: header });
}

/** Where a finding about a table cell points. */
export function at(table: LocatedTable, row: number, key: string): Pick<Finding, 'sheet' | 'cell' | 'table' | 'column'> {
  const header = table.spec.columns.find((c) => c.key === key)?.header ?? '';
  return { sheet: table.sheet, cell: table.address(row, key), table: table.spec.name, column: header };
}

/** The header of a contract column, for messages. */
export function headerOf(table: LocatedTable, key: string): string {
  return table.spec.columns.find((c) => c.key === key)?.header ?? key;
}

/** Builds the findings of one cell, whose basis is its column's contract rule. */
export function cellFindings(table: LocatedTable, row: number, column: ColumnSpec) {
  const where = at(table, row, column.key);
  const basis = contractBasis(table, column.header);
  return (severity: Severity, rule: string, message: Msg, suggestion: Msg): Finding => finding(where, severity, rule, message, suggestion, basis);
}
