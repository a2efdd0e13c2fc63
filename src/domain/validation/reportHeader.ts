/**
 * The report header on "Thông tin": unit, period and report date. Returns the period the
 * other checks use; a date typed as text is reported and still used, so one typing slip
 * does not hide every date check of the workbook.
 */
import { INFO_FIRST_ROW, INFO_SHEET, NAMED_CELLS } from '../contract/header';
import type { NamedCellSpec } from '../contract/types';
import type { CellValue, NamedCellSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellAddress } from '../util/a1';
import { isBlank, quoteCell, serialToIsoSafe } from './cells';
import type { Emit, Period } from './context';
import type { Finding, Severity } from './finding';
import { formatDateVi } from './formatVi';
import { parseVietnameseDate } from './parseVietnameseDate';

export function namedCellBasis(label: string): string {
  return `Mẫu sổ Tổng kết, trang ${INFO_SHEET}, ô ${label}`;
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
  message: string,
  suggestion: string,
): Finding {
  const cell = namedCell(snapshot, spec.name);
  const index = NAMED_CELLS.indexOf(spec);
  const row = cell && Number.isInteger(cell.row) && cell.row >= 0 ? cell.row : INFO_FIRST_ROW + index;
  const column = cell && Number.isInteger(cell.column) && cell.column >= 0 ? cell.column : 1;
  return {
    severity,
    sheet: cell && typeof cell.sheet === 'string' && cell.sheet !== '' ? cell.sheet : INFO_SHEET,
    cell: cellAddress(row, column),
    table: '',
    column: spec.label,
    message,
    suggestion,
    basis: namedCellBasis(spec.label),
    rule,
  };
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
      emit(namedCellFinding(snapshot, spec, 'error', 'header.missing', `Sổ không có ô tên ${spec.name} (${spec.label}).`,
        'Chạy lại "Tạo sổ" hoặc đặt lại tên ô theo mẫu.'));
    }
    return null;
  }
  if (isBlank(value)) {
    if (spec.required) {
      emit(namedCellFinding(snapshot, spec, 'error', 'header.required', `Chưa nhập ${spec.label}.`,
        `Nhập ${spec.label} theo định dạng dd/mm/yyyy.`));
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
      const ambiguity = parsed.ambiguous ? ' Ngày và tháng đều ≤ 12: kiểm tra lại thứ tự ngày/tháng.' : '';
      emit(namedCellFinding(snapshot, spec, 'error', 'header.textDate',
        `${spec.label} đang là văn bản ${quoteCell(value)}, không phải ngày.${ambiguity}`,
        `Nhập lại ${formatDateVi(parsed.iso)} dưới dạng ngày (dd/mm/yyyy).`));
      return parsed.iso;
    }
  }
  emit(namedCellFinding(snapshot, spec, 'error', 'header.notDate',
    `${spec.label} phải là một ngày hợp lệ; ô đang có ${quoteCell(value)}.`,
    `Nhập ${spec.label} theo định dạng dd/mm/yyyy.`));
  return null;
}

export function checkReportHeader(snapshot: WorkbookSnapshot, emit: Emit): Period {
  const unitSpec = specOf('DonViBaoCao');
  const unit = namedCell(snapshot, unitSpec.name);
  if (!unit) {
    emit(namedCellFinding(snapshot, unitSpec, 'error', 'header.missing', `Sổ không có ô tên ${unitSpec.name} (${unitSpec.label}).`,
      'Chạy lại "Tạo sổ" hoặc đặt lại tên ô theo mẫu.'));
  } else if (isBlank(cellValue(unit))) {
    emit(namedCellFinding(snapshot, unitSpec, 'error', 'header.required', `Chưa nhập ${unitSpec.label}.`,
      'Nhập tên đầy đủ của cơ quan, đơn vị báo cáo, ví dụ "Sở Nông nghiệp và Môi trường".'));
  }

  const fromSpec = specOf('KyBaoCaoTu');
  const toSpec = specOf('KyBaoCaoDen');
  const reportSpec = specOf('NgayBaoCao');
  const from = readDate(snapshot, fromSpec, emit);
  const to = readDate(snapshot, toSpec, emit);
  const reportDate = readDate(snapshot, reportSpec, emit);

  if (from && to && to < from) {
    emit(namedCellFinding(snapshot, toSpec, 'error', 'header.periodOrder',
      `${toSpec.label} ${formatDateVi(to)} trước ${fromSpec.label} ${formatDateVi(from)}.`,
      'Kiểm tra lại kỳ báo cáo: ngày kết thúc không được trước ngày bắt đầu.'));
  }
  if (to && reportDate && reportDate < to) {
    emit(namedCellFinding(snapshot, reportSpec, 'warning', 'header.reportBeforePeriodEnd',
      `${reportSpec.label} ${formatDateVi(reportDate)} trước ngày kết thúc kỳ báo cáo ${formatDateVi(to)}.`,
      'Kiểm tra lại ngày báo cáo hoặc kỳ báo cáo: báo cáo thường được lập sau khi kết thúc kỳ.'));
  }
  const periodValid = !(from && to && to < from);
  return { from: periodValid ? from : null, to: periodValid ? to : null, reportDate };
}
