/**
 * The report header on "Thông tin": unit, period and report date. Returns the period the
 * other checks use; a date typed as text is reported and still used, so one typing slip
 * does not hide every date check of the workbook.
 */
import { INFO_FIRST_ROW, INFO_SHEET, NAMED_CELLS } from '../contract/header';
import type { NamedCellSpec } from '../contract/types';
import type { CellValue, NamedCellSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAddress } from '../util/a1';
import { isBlank, serialToIsoSafe } from './cells';
import type { Emit, Period } from './context';
import type { Finding, Severity } from './finding';
import { finding } from './makeFinding';
import { msg, type Msg } from '../messages';
import { parseVietnameseDate } from './parseVietnameseDate';

export function namedCellBasis(label: string): Msg {
  return msg('basis.namedCell', { sheet: INFO_SHEET, label });
}

export function namedCell(snapshot: WorkbookSnapshot, name: string): NamedCellSnapshot | undefined {
  const names = snapshot.names !== null && typeof snapshot.names === 'object' ? snapshot.names : {};
  const cell = Object.prototype.hasOwnProperty.call(names, name) ? names[name] : undefined;
  return cell !== null && typeof cell === 'object' ? cell : undefined;
}

/** The finding's location: the named cell, or where the contract puts it when it is missing. */
export function namedCellFinding(
  snapshot: WorkbookSnapshot,
  spec: NamedCellSpec,
  severity: Severity,
  rule: string,
  message: Msg,
  suggestion: Msg,
): Finding {
  const cell = namedCell(snapshot, spec.name);
  const index = NAMED_CELLS.indexOf(spec);
  const row = cell && Number.isInteger(cell.row) && cell.row >= 0 ? cell.row : INFO_FIRST_ROW + index;
  const column = cell && Number.isInteger(cell.column) && cell.column >= 0 ? cell.column : 1;
  const sheet = cell && typeof cell.sheet === 'string' && cell.sheet !== '' ? cell.sheet : INFO_SHEET;
  return finding({ sheet, cell: cellAddress(row, column), table: '', column: spec.label }, severity, rule, message, suggestion, namedCellBasis(spec.label));
}

function specOf(name: string): NamedCellSpec {
  return NAMED_CELLS.find((n) => n.name === name)!;
}

function cellValue(cell: NamedCellSnapshot | undefined): CellValue {
  const value: unknown = cell?.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/** Reads one header date, reporting what is wrong with it; returns the date it stands for. */
function readDate(snapshot: WorkbookSnapshot, spec: NamedCellSpec, emit: Emit): string | null {
  const cell = namedCell(snapshot, spec.name);
  const value = cellValue(cell);
  if (!cell) {
    if (spec.required) {
      emit(namedCellFinding(snapshot, spec, 'error', 'header.missing', msg('header.missing', { label: spec.label, sheet: INFO_SHEET }), msg('header.missing.fix')));
    }
    return null;
  }
  if (isBlank(value)) {
    if (spec.required) {
      emit(namedCellFinding(snapshot, spec, 'error', 'header.required', msg('header.required', { label: spec.label }),
        msg('header.required.fix.date', { label: spec.label })));
    }
    return null;
  }
  if (typeof value === 'number') {
    const iso = serialToIsoSafe(value);
    if (iso) return iso;
  }
  if (typeof value === 'string') {
    const parsed = parseVietnameseDate(value);
    if (parsed) {
      emit(namedCellFinding(snapshot, spec, 'error', 'header.textDate',
        msg('header.textDate', { label: spec.label, value, ambiguous: parsed.ambiguous }),
        msg('header.textDate.fix', { date: parsed.iso })));
      return parsed.iso;
    }
  }
  emit(namedCellFinding(snapshot, spec, 'error', 'header.notDate', msg('header.notDate', { label: spec.label, value }),
    msg('header.required.fix.date', { label: spec.label })));
  return null;
}

export function checkReportHeader(snapshot: WorkbookSnapshot, emit: Emit): Period {
  const unitSpec = specOf('DonViBaoCao');
  const unit = namedCell(snapshot, unitSpec.name);
  if (!unit) {
    emit(namedCellFinding(snapshot, unitSpec, 'error', 'header.missing', msg('header.missing', { label: unitSpec.label, sheet: INFO_SHEET }),
      msg('header.missing.fix')));
  } else if (isBlank(cellValue(unit))) {
    emit(namedCellFinding(snapshot, unitSpec, 'error', 'header.required', msg('header.required', { label: unitSpec.label }),
      msg('header.required.fix.unit')));
  }

  const fromSpec = specOf('KyBaoCaoTu');
  const toSpec = specOf('KyBaoCaoDen');
  const reportSpec = specOf('NgayBaoCao');
  const from = readDate(snapshot, fromSpec, emit);
  const to = readDate(snapshot, toSpec, emit);
  const reportDate = readDate(snapshot, reportSpec, emit);

  if (from && to && to < from) {
    emit(namedCellFinding(snapshot, toSpec, 'error', 'header.periodOrder',
      msg('header.periodOrder', { toLabel: toSpec.label, to, fromLabel: fromSpec.label, from }), msg('header.periodOrder.fix')));
  }
  if (to && reportDate && reportDate < to) {
    emit(namedCellFinding(snapshot, reportSpec, 'warning', 'header.reportBeforePeriodEnd',
      msg('header.reportBeforePeriodEnd', { label: reportSpec.label, date: reportDate, end: to }), msg('header.reportBeforePeriodEnd.fix')));
  }
  const periodValid = !(from && to && to < from);
  return { from: periodValid ? from : null, to: periodValid ? to : null, reportDate };
}
