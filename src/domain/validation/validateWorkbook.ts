/**
 * The validator's entry point: reads a workbook snapshot, never changes it, never throws,
 * and returns every finding in reading order with the rule set it applied.
 */
import { computeTables, type ComputedWorkbook } from '../compute';
import { DATA_TABLES } from '../contract/tables';
import type { WorkbookSnapshot } from '../snapshot';
import { readCatalogues } from './catalogueData';
import { checkAwards } from './checks/awards';
import { checkAwardCatalogue } from './checks/awardCatalogue';
import { checkCertificates } from './checks/certificates';
import { checkDossiers } from './checks/dossiers';
import { checkExcelLimits } from './checks/excelLimits';
import { checkBaseEmulationQuota, checkExcellentQuota } from './checks/quotas';
import { checkHiddenRows } from './checks/hiddenRows';
import { checkFormulasKept, checkRowsBelow, checkTablesPresent } from './checks/structure';
import { checkTableValues } from './checks/values';
import type { Emit, Period, ValidationContext } from './context';
import { countFindings, type Finding, type FindingCounts } from './finding';
import { finding } from './makeFinding';
import { msg } from '../messages';
import type { CheckStep } from '../messages/vi';
import { findTable, locateTable, type LocatedTable } from './locatedTable';
import { checkReportHeader } from './reportHeader';
import { chooseRuleSet, type RuleSetSource } from './ruleSetChoice';
import { compactFindings, sortFindings } from './sortFindings';

export interface ValidationOptions {
  /** ISO date of the check; used when the report date is blank */
  today?: string;
}

export interface ValidationResult {
  findings: Finding[];
  counts: FindingCounts;
  ruleSet: { id: string; basis: string; source: RuleSetSource };
}

/** Table-specific checks, by table name; the value checks run on every table. */
const TABLE_CHECKS: Readonly<Record<string, (ctx: ValidationContext, table: LocatedTable, emit: Emit) => void>> = {
  KhenThuong: (ctx, table, emit) => {
    checkAwards(ctx, table, emit);
    checkBaseEmulationQuota(ctx, table, emit);
  },
  XepLoai: checkExcellentQuota,
  TTHC: (_ctx, table, emit) => checkDossiers(table, emit),
  GCN: (_ctx, table, emit) => checkCertificates(table, emit),
};

/** A step of the check, named as a clerk knows it (the sheet's caption, never the table's identifier). */
type Step = { kind: CheckStep; sheet?: string };

function internalFailure(step: Step, error: unknown): Finding {
  return finding({ sheet: '', cell: 'A1', table: '', column: '' }, 'warning', 'internal.checkFailed',
    msg('internal.checkFailed', { step: msg('check.step', step), error: error instanceof Error ? error.message : String(error) }), msg('internal.checkFailed.fix'), msg('basis.internal'));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const NO_PERIOD: Period = { from: null, to: null, reportDate: null };
const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: {}, formatVersion: null };

export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidationOptions = {}): ValidationResult {
  const findings: Finding[] = [];
  const emit: Emit = (finding) => findings.push(finding);
  // A malformed snapshot must not stop the other checks: each step is isolated.
  function attempt<T>(step: Step | CheckStep, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      findings.push(internalFailure(typeof step === 'string' ? { kind: step } : step, error));
      return fallback;
    }
  }
  const today = typeof options?.today === 'string' && ISO_DATE.test(options.today) ? options.today : null;
  const source = snapshot !== null && typeof snapshot === 'object' ? snapshot : EMPTY_SNAPSHOT;

  const period = attempt('header', () => checkReportHeader(source, emit), NO_PERIOD);
  const choice = attempt('ruleSet', () => chooseRuleSet(source, period, today, emit), chooseRuleSet(EMPTY_SNAPSHOT, NO_PERIOD, today, () => undefined));
  const tables = attempt('tables', () => locateDataTables(source), new Map<string, LocatedTable>());
  const catalogues = attempt('catalogues', () => readCatalogues(source), readCatalogues(EMPTY_SNAPSHOT));

  attempt('structure', () => checkTablesPresent(source, emit), undefined);
  attempt('outsideTable', () => checkRowsBelow(source, emit), undefined);
  attempt('excelLimits', () => checkExcelLimits(source, emit), undefined);
  attempt('hiddenRows', () => checkHiddenRows(source, emit), undefined);
  attempt('awardCatalogue', () => checkAwardCatalogue(source, emit), undefined);
  const ctx: ValidationContext = { snapshot: source, catalogues, tables, period, ruleSet: choice.ruleSet, today };
  const computed = attempt<ComputedWorkbook>('computed', () => computeTables(source), { tables: {} });
  for (const table of tables.values()) {
    const value = (row: number, header: string) => computed.tables[table.spec.name]?.rows[row]?.[header];
    attempt({ kind: 'formulas', sheet: table.spec.sheet }, () => checkFormulasKept(table, emit, value), undefined);
    attempt({ kind: 'values', sheet: table.spec.sheet }, () => checkTableValues(ctx, table, emit), undefined);
    const specific = TABLE_CHECKS[table.spec.name];
    if (specific) attempt({ kind: 'rules', sheet: table.spec.sheet }, () => specific(ctx, table, emit), undefined);
  }

  const sorted = sortFindings(compactFindings(findings));
  return {
    findings: sorted,
    counts: countFindings(sorted),
    ruleSet: { id: choice.ruleSet.id, basis: choice.ruleSet.basis, source: choice.source },
  };
}

function locateDataTables(snapshot: WorkbookSnapshot): Map<string, LocatedTable> {
  const tables = new Map<string, LocatedTable>();
  for (const spec of DATA_TABLES) {
    const table = findTable(snapshot, spec.name);
    if (table) tables.set(spec.name, locateTable(spec, table));
  }
  return tables;
}
