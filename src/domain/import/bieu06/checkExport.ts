import type { Finding } from '../../validation/finding';
import { formatNumberVi } from '../../validation/formatVi';
import { TOTAL_PARTS, type CountField } from './columns';
import { exportFinding } from './findings';
import { columnLabel, type ExportColumn, type ExportReading, type ExportRow } from './readExport';

function countField(column: ExportColumn): CountField | null {
  if (column.classified.kind !== 'field') return null;
  const f = column.classified.field;
  return f === 'stt' || f === 'field' ? null : f;
}

function signed(n: number): string {
  return n > 0 ? `+${formatNumberVi(n)}` : formatNumberVi(n);
}

/** A readable cell's number; blank counts as 0; NaN (unreadable) makes the comparison impossible. */
function valueOf(row: ExportRow, index: number): number {
  return row.values[index] ?? 0;
}

/**
 * The export checks itself: each row's "Tổng số" columns against their parts (the Biểu 06
 * identities), the "Tổng cộng" row and group subtotal rows against the sums of their rows.
 * Every difference names the export's column by its number and header, and the amount.
 */
export function checkExport(reading: ExportReading): Finding[] {
  const { source, sheet, columns } = reading;
  const findings: Finding[] = [];
  const indexed = columns.map((column, index) => ({ column, index, field: countField(column) }));

  const identities = (row: ExportRow, label: string) => {
    for (const total of indexed) {
      const parts = total.field ? TOTAL_PARTS[total.field] : undefined;
      if (!parts) continue;
      const partColumns = indexed.filter((c) => c.field !== null && parts.includes(c.field));
      if (partColumns.length === 0) continue;
      const involved = [total, ...partColumns].map((c) => row.values[c.index]);
      if (involved.some((v) => v !== null && Number.isNaN(v))) continue;
      const stated = valueOf(row, total.index);
      const sum = partColumns.reduce((s, c) => s + valueOf(row, c.index), 0);
      if (stated === sum) continue;
      findings.push(
        exportFinding({ source, sheet, row: row.row, column: total.column.column }, 'error', columnLabel(total.column),
          `${label}: ${columnLabel(total.column)} ghi ${formatNumberVi(stated)}, nhưng ${partColumns.map((c) => c.column.number).join(' + ')} = ${formatNumberVi(sum)} (chênh ${signed(stated - sum)}).`,
          'Số liệu của hệ thống một cửa không khớp; đối chiếu lại với hệ thống trước khi dùng cho báo cáo. Bảng TTHC tính tổng từ các cột thành phần.',
          'import.bieu06.identity'),
      );
    }
  };

  const sums = (row: ExportRow, members: readonly ExportRow[], label: string, what: string) => {
    for (const c of indexed) {
      if (c.field === null) continue;
      const values = [row, ...members].map((r) => r.values[c.index]);
      if (values.some((v) => v !== null && Number.isNaN(v))) continue;
      const stated = valueOf(row, c.index);
      const sum = members.reduce((s, m) => s + valueOf(m, c.index), 0);
      if (stated === sum) continue;
      findings.push(
        exportFinding({ source, sheet, row: row.row, column: c.column.column }, 'error', columnLabel(c.column),
          `${label}: ${columnLabel(c.column)} ghi ${formatNumberVi(stated)}, ${what} được ${formatNumberVi(sum)} (chênh ${signed(stated - sum)}).`,
          'Dòng tổng của biểu không bằng tổng các dòng; đối chiếu lại với hệ thống một cửa. Bảng TTHC tự cộng lại từ các dòng đã nhập.',
          'import.bieu06.total'),
      );
    }
  };

  for (const row of reading.rows) identities(row, `Dòng "${row.name}" (dòng ${row.row + 1} của biểu)`);
  for (const g of reading.groups) {
    identities(g.row, `Dòng "${g.row.name}" (dòng ${g.row.row + 1} của biểu)`);
    sums(g.row, g.members, `Dòng "${g.row.name}" (dòng ${g.row.row + 1} của biểu)`, `cộng ${g.members.length} dòng thuộc nhóm`);
  }
  if (reading.totals) {
    const label = `Dòng "${reading.totals.name}" (dòng ${reading.totals.row + 1} của biểu)`;
    identities(reading.totals, label);
    sums(reading.totals, reading.rows, label, `cộng ${reading.rows.length} dòng số liệu`);
  }
  return findings;
}
