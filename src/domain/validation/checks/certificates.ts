/**
 * GCN: a certificate covers at least one parcel and some area (Luật Đất đai 2024 Điều
 * 131–132 on registration kinds); each (unit, recipient, kind) is one row.
 */
import { FirstRows } from './firstRows';
import { numericValue, textValue } from '../cells';
import { at, contractBasis, type Emit } from '../context';
import { finding } from '../makeFinding';
import { msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';

export function checkCertificates(table: LocatedTable, emit: Emit): void {
  const seen = new FirstRows();
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    const issued = numericValue(table.cell(row, 'issued'));
    const parcels = numericValue(table.cell(row, 'parcels'));
    const area = numericValue(table.cell(row, 'area'));
    if (issued !== null && parcels !== null && parcels >= 0 && parcels < issued) {
      emit(finding(at(table, row, 'parcels'), 'warning', 'certificate.parcels', msg('certificate.parcels', { parcels, issued }),
        msg('certificate.parcels.fix'), msg('basis.withContract', { law: msg('law.land'), sheet: table.sheet, column: 'Số thửa' })));
    }
    if (issued !== null && issued > 0 && area === 0) {
      emit(finding(at(table, row, 'area'), 'warning', 'certificate.area', msg('certificate.area', { issued }), msg('certificate.area.fix'),
        contractBasis(table, 'Diện tích (ha)')));
    }
    const unit = textValue(table.cell(row, 'unit'));
    if (unit === '') continue;
    const recipient = textValue(table.cell(row, 'recipient'));
    const kind = textValue(table.cell(row, 'kind'));
    const first = seen.earlier([unit, recipient, kind], row);
    if (first === undefined) continue;
    emit(finding(at(table, row, 'unit'), 'warning', 'certificate.duplicate',
      msg('certificate.duplicate', { cell: table.address(first, 'unit'), unit, recipient, kind }), msg('certificate.duplicate.fix'), contractBasis(table, 'Đơn vị')));
  }
}
