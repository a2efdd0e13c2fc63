/** Unit and period from the named cells of "Thông tin". */
import type { CellValue, WorkbookSnapshot } from '../../snapshot';
import { isValidIsoDate, serialToIso, toIso } from '../../util/dates';
import type { ReportInfo } from '../summaryTypes';

/** Serials Excel can show as dates (01/01/1900 … 31/12/9999). */
const LAST_SERIAL = 2_958_465;

export function dateOfCell(value: CellValue | undefined): string | null {
  if (typeof value === 'number') return value >= 1 && value <= LAST_SERIAL ? serialToIso(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vi ? [vi[3], vi[2], vi[1]] : [];
  if (y === undefined) return null;
  return isValidIsoDate(Number(y), Number(m), Number(d)) ? toIso(Number(y), Number(m), Number(d)) : null;
}

export function reportInfo(snapshot: WorkbookSnapshot): ReportInfo {
  const names = snapshot.names ?? {};
  const unit = names.DonViBaoCao?.value;
  const unitText = typeof unit === 'string' ? unit.trim() : typeof unit === 'number' ? String(unit) : '';
  return {
    unit: unitText === '' ? null : unitText,
    periodFrom: dateOfCell(names.KyBaoCaoTu?.value),
    periodTo: dateOfCell(names.KyBaoCaoDen?.value),
    reportDate: dateOfCell(names.NgayBaoCao?.value),
  };
}
