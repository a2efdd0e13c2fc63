/**
 * GCN: a certificate covers at least one parcel and some area (Luật Đất đai 2024 Điều
 * 131–132 on registration kinds); each (unit, recipient, kind) is one row.
 */
import { FirstRows } from './firstRows';
import { numericValue, textValue } from '../cells';
import { at, contractBasis, type Emit } from '../context';
import { formatNumberVi } from '../formatVi';
import type { LocatedTable } from '../locatedTable';

export function checkCertificates(table: LocatedTable, emit: Emit): void {
  const seen = new FirstRows();
  const name = table.spec.name;
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    const issued = numericValue(table.cell(row, 'issued'));
    const parcels = numericValue(table.cell(row, 'parcels'));
    const area = numericValue(table.cell(row, 'area'));
    if (issued !== null && parcels !== null && parcels >= 0 && parcels < issued) {
      emit({
        severity: 'warning',
        ...at(table, row, 'parcels'),
        message: `Số thửa (${formatNumberVi(parcels)}) ít hơn Số GCN đã cấp (${formatNumberVi(issued)}): mỗi giấy chứng nhận gồm ít nhất một thửa đất.`,
        suggestion: 'Kiểm tra lại Số thửa và Số GCN đã cấp (một GCN có thể gồm nhiều thửa, không có chiều ngược lại).',
        basis: `Luật Đất đai 2024; ${contractBasis(name, 'Số thửa')}`,
        rule: 'certificate.parcels',
      });
    }
    if (issued !== null && issued > 0 && area === 0) {
      emit({
        severity: 'warning',
        ...at(table, row, 'area'),
        message: `Đã cấp ${formatNumberVi(issued)} GCN nhưng Diện tích (ha) bằng 0.`,
        suggestion: 'Nhập diện tích (ha) của các thửa đất đã cấp giấy chứng nhận.',
        basis: contractBasis(name, 'Diện tích (ha)'),
        rule: 'certificate.area',
      });
    }
    const unit = textValue(table.cell(row, 'unit'));
    if (unit === '') continue;
    const recipient = textValue(table.cell(row, 'recipient'));
    const kind = textValue(table.cell(row, 'kind'));
    const first = seen.earlier([unit, recipient, kind], row);
    if (first === undefined) continue;
    emit({
      severity: 'warning',
      ...at(table, row, 'unit'),
      message: `Dòng này trùng với dòng ở ô ${table.address(first, 'unit')}: cùng đơn vị "${unit}", đối tượng "${recipient}", loại đăng ký "${kind}".`,
      suggestion: 'Gộp số liệu vào một dòng, hoặc sửa Đối tượng / Loại đăng ký cho đúng.',
      basis: contractBasis(name, 'Đơn vị'),
      rule: 'certificate.duplicate',
    });
  }
}
