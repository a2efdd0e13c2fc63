/**
 * What merging units' workbooks into a consolidated workbook changes: per table, the rows a
 * re-sent unit had (removed: never doubled) and the rows it sends now (appended, labelled
 * with the unit in "Đơn vị báo cáo"); the "Nguồn" sheet's rows; the period when the
 * consolidated workbook has none yet. Any refusal refuses the whole merge.
 */
import { DATA_TABLES, REPORTING_UNIT_HEADER } from '../contract/tables';
import { FORMAT_VERSION, SOURCE_TABLE } from '../contract/layout';
import type { TableSpec } from '../contract/types';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { isoToSerial, localIsoDate } from '../util/dates';
import { msg, type Msg } from '../messages';
import { INFO_SHEET, NAMED_CELLS } from '../contract/header';
import { isBlank } from '../validation/cells';
import { headerKey } from '../contract/columnHeader';
import { findTable } from '../validation/locatedTable';
import { checkReportHeader, namedCell } from '../validation/reportHeader';
import { textKey } from '../validation/textKey';
import { validateWorkbook, type ValidationResult } from '../validation';
import { catalogueDifferences } from './catalogueDifferences';
import { mergedColumns, type UnitReport } from './unitReport';

/** Rows of one table: remove some (0-based body rows), then write new ones from `writeAt` on. */
export interface RowsChange {
  table: string;
  /** ascending */
  remove: number[];
  /** first body row (after the removal) the new rows go to: trailing empty rows are reused */
  writeAt: number;
  /** in the table's own column order; null where the table computes or the unit sent nothing */
  rows: CellValue[][];
}

export interface UnitMergeSummary {
  file: string;
  unit: string;
  /** rows added and rows of an earlier merge replaced, by table name */
  added: Record<string, number>;
  replaced: Record<string, number>;
  /** the unit's own check: its rows are merged anyway, the clerk is told what is wrong */
  check: ValidationResult;
  /** catalogue entries that differ from the consolidated workbook's (which is used) */
  catalogueWarnings: Msg[];
}

export interface MergePlan {
  changes: RowsChange[];
  /** rows of a "Nguồn" table to create (the consolidated workbook has none yet) */
  newSourceRows: CellValue[][] | null;
  /** report-header cells to fill (the period, when the consolidated workbook has none) */
  headerCells: { sheet: string; row: number; column: number; value: CellValue }[];
  units: UnitMergeSummary[];
  /** the period every unit reports on (ISO) */
  period: { from: string; to: string };
}

export type MergeOutcome = { ok: true; plan: MergePlan } | { ok: false; refusals: Msg[] };

/** A named cell's caption, as the "Thông tin" sheet shows it. */
function label(name: string): string {
  return NAMED_CELLS.find((n) => n.name === name)?.label ?? name;
}

function unitKey(text: CellValue): string {
  return isBlank(text) ? '' : textKey(String(text));
}

/** The table's body row indexes: which belong to merged units, and where new rows may start. */
function rowsChange(table: TableSnapshot, unitHeader: string, replacedUnits: ReadonlySet<string>, rows: CellValue[][]): { change: RowsChange; removedByUnit: Map<string, number> } {
  const unitIndex = table.headers.findIndex((h) => headerKey(h) === headerKey(unitHeader));
  const values: unknown[] = Array.isArray(table.values) ? table.values : [];
  const remove: number[] = [];
  const removedByUnit = new Map<string, number>();
  const keptBlank: boolean[] = [];
  values.forEach((raw, i) => {
    const row = Array.isArray(raw) ? (raw as CellValue[]) : [];
    const key = unitKey(row[unitIndex] ?? null);
    if (key !== '' && replacedUnits.has(key)) {
      remove.push(i);
      removedByUnit.set(key, (removedByUnit.get(key) ?? 0) + 1);
    } else {
      keptBlank.push(isBlankRow(row, table.formulas?.[i]));
    }
  });
  let writeAt = keptBlank.length;
  while (writeAt > 0 && keptBlank[writeAt - 1]) writeAt--;
  return { change: { table: table.name, remove, writeAt, rows }, removedByUnit };
}

/** A row with nothing typed in it (formulas and STT do not count). */
function isBlankRow(row: readonly CellValue[], formulas: readonly CellValue[] | undefined): boolean {
  return row.every((value, i) => {
    const formula = formulas?.[i];
    return isBlank(value) || (typeof formula === 'string' && formula.startsWith('='));
  });
}

/** A unit's row in the target table's column order. */
function targetRow(spec: TableSpec, targetHeaders: readonly string[], unit: string, values: readonly CellValue[]): CellValue[] {
  const merged = mergedColumns(spec).map(headerKey);
  return targetHeaders.map((h) => {
    const key = headerKey(h);
    if (key === headerKey(REPORTING_UNIT_HEADER)) return unit;
    const at = merged.indexOf(key);
    return at < 0 ? null : (values[at] ?? null);
  });
}

function serialAt(date: Date): number {
  const minutes = date.getHours() * 60 + date.getMinutes();
  return isoToSerial(localIsoDate(date)) + minutes / 1440;
}

function sourceRow(unit: UnitReport, now: Date): CellValue[] {
  const byKey: Record<string, CellValue> = {
    unit: unit.unit,
    periodFrom: unit.periodFrom ? isoToSerial(unit.periodFrom) : null,
    periodTo: unit.periodTo ? isoToSerial(unit.periodTo) : null,
    reportDate: unit.reportDate ? isoToSerial(unit.reportDate) : null,
    file: unit.file,
    mergedAt: serialAt(now),
    sha256: unit.sha256,
  };
  for (const spec of DATA_TABLES) byKey[`rows.${spec.name}`] = unit.tables[spec.name]?.rows.length ?? 0;
  return SOURCE_TABLE.columns.map((c) => byKey[c.key] ?? null);
}

function refusalsOf(target: WorkbookSnapshot, units: readonly UnitReport[]): { refusals: Msg[]; period: { from: string; to: string } | null } {
  const refusals: Msg[] = [];
  const own = checkReportHeader(target, () => undefined);
  const first = units.find((u) => u.periodFrom && u.periodTo);
  const reference = own.from && own.to ? { from: own.from, to: own.to, firstFile: null } : first ? { from: first.periodFrom!, to: first.periodTo!, firstFile: first.file } : null;
  const seen = new Map<string, string>();
  for (const unit of units) {
    const name = { file: unit.file, unit: unit.unit };
    if (unit.formatVersion !== null && unit.formatVersion > FORMAT_VERSION) {
      refusals.push(msg('merge.newerFormat', { ...name, version: unit.formatVersion, current: FORMAT_VERSION }));
      continue;
    }
    if (unit.unit === '') {
      refusals.push(msg('merge.noUnit', { ...name, label: label('DonViBaoCao'), sheet: INFO_SHEET }));
      continue;
    }
    const key = unitKey(unit.unit);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      refusals.push(msg('merge.twice', { unit: unit.unit, earlier, file: unit.file }));
    } else {
      seen.set(key, unit.file);
    }
    if (!unit.periodFrom || !unit.periodTo) {
      const period = reference ? { from: reference.from, to: reference.to } : null;
      refusals.push(msg('merge.noPeriod', { ...name, fromLabel: label('KyBaoCaoTu'), toLabel: label('KyBaoCaoDen'), reference: period }));
    } else if (reference && (unit.periodFrom !== reference.from || unit.periodTo !== reference.to)) {
      refusals.push(
        msg('merge.otherPeriod', {
          ...name,
          period: { from: unit.periodFrom, to: unit.periodTo },
          reference: { from: reference.from, to: reference.to },
          firstFile: reference.firstFile,
        }),
      );
    }
  }
  for (const spec of DATA_TABLES) {
    const table = findTable(target, spec.name);
    if (!table) refusals.push(msg('merge.noTable', { sheet: spec.sheet }));
    else if (!table.headers.some((h) => headerKey(h) === headerKey(REPORTING_UNIT_HEADER))) {
      refusals.push(msg('merge.noUnitColumn', { sheet: table.sheet, column: REPORTING_UNIT_HEADER }));
    }
  }
  return { refusals, period: reference ? { from: reference.from, to: reference.to } : null };
}

/**
 * Plans the merge of `units` (in the order given) into `target`, a workbook already brought
 * to the contract. `now` is the time of the merge (the "Nguồn" sheet) and of the units' checks.
 */
export function planMerge(target: WorkbookSnapshot, units: readonly UnitReport[], now: Date): MergeOutcome {
  const { refusals, period } = refusalsOf(target, units);
  if (refusals.length > 0 || !period) return { ok: false, refusals: refusals.length > 0 ? refusals : [msg('merge.nothing')] };

  const replaced = new Set(units.map((u) => unitKey(u.unit)));
  const summaries: UnitMergeSummary[] = units.map((u) => ({
    file: u.file,
    unit: u.unit,
    added: {},
    replaced: {},
    check: validateWorkbook(u.snapshot, { today: localIsoDate(now) }),
    catalogueWarnings: catalogueDifferences(target, u.snapshot),
  }));
  const changes: RowsChange[] = [];
  for (const spec of DATA_TABLES) {
    const table = findTable(target, spec.name)!;
    const rows = units.flatMap((u) => (u.tables[spec.name]?.rows ?? []).map((values) => targetRow(spec, table.headers, u.unit, values)));
    const { change, removedByUnit } = rowsChange(table, REPORTING_UNIT_HEADER, replaced, rows);
    units.forEach((u, i) => {
      summaries[i].added[spec.name] = u.tables[spec.name]?.rows.length ?? 0;
      summaries[i].replaced[spec.name] = removedByUnit.get(unitKey(u.unit)) ?? 0;
    });
    if (change.remove.length > 0 || change.rows.length > 0) changes.push(change);
  }

  const sources = units.map((u) => sourceRow(u, now));
  const sourceTable = findTable(target, SOURCE_TABLE.name);
  let newSourceRows: CellValue[][] | null = null;
  if (sourceTable) {
    const headers = SOURCE_TABLE.columns.map((c) => headerKey(c.header));
    const rows = sources.map((row) => sourceTable.headers.map((h) => row[headers.indexOf(headerKey(h))] ?? null));
    changes.push(rowsChange(sourceTable, SOURCE_TABLE.columns[0].header, replaced, rows).change);
  } else {
    newSourceRows = sources;
  }

  const headerCells: MergePlan['headerCells'] = [];
  const own = checkReportHeader(target, () => undefined);
  if (!own.from || !own.to) {
    for (const [name, iso] of [['KyBaoCaoTu', period.from], ['KyBaoCaoDen', period.to]] as const) {
      const cell = namedCell(target, name);
      // Only a blank cell is filled: a date the clerk typed (even one unreadable) stays.
      if (cell && isBlank(cell.value)) headerCells.push({ sheet: cell.sheet, row: cell.row, column: cell.column, value: isoToSerial(iso) });
    }
  }
  return { ok: true, plan: { changes, newSourceRows, headerCells, units: summaries, period } };
}
