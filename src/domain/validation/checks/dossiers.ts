/**
 * TTHC (Biểu 06): every received dossier is resolved, pending, or returned/withdrawn/
 * suspended. The totals are recomputed from the input columns: the computed cells may
 * have been typed over.
 */
import { isBlank, numericValue } from '../cells';
import { at, type Emit } from '../context';
import { formatNumberVi } from '../formatVi';
import type { LocatedTable } from '../locatedTable';

const RECEIVED = ['online', 'inPerson', 'carriedOver'] as const;
const RESOLVED = ['early', 'onTime', 'late'] as const;
const PENDING = ['pendingWithin', 'pendingOverdue'] as const;
const BASIS = 'Thông tư 01/2020/TT-VPCP, Biểu 06; Mẫu sổ Tổng kết, bảng TTHC, cột Chênh lệch';

function sum(table: LocatedTable, row: number, keys: readonly string[]): number | null {
  let total = 0;
  for (const key of keys) {
    const value = numericValue(table.cell(row, key));
    // counts that are not whole and non-negative are reported cell by cell
    if (value === null || value < 0 || !Number.isInteger(value)) return null;
    total += value;
  }
  return total;
}

export function checkDossiers(table: LocatedTable, emit: Emit): void {
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    const received = sum(table, row, RECEIVED);
    const resolved = sum(table, row, RESOLVED);
    const pending = sum(table, row, PENDING);
    const returnedCell = table.cell(row, 'returned');
    const returned = isBlank(returnedCell) ? 0 : sum(table, row, ['returned']);
    // An incomplete row is already reported cell by cell; its difference would only add noise.
    if (received === null || resolved === null || pending === null || returned === null) continue;
    const difference = received - resolved - pending - returned;
    if (Math.abs(difference) < 1e-9) {
      checkShownDifference(table, row, emit);
      continue;
    }
    const n = formatNumberVi;
    emit({
      severity: 'error',
      ...at(table, row, table.index.has('difference') ? 'difference' : 'received'),
      message:
        `Tổng số nhận ${n(received)} ≠ đã giải quyết ${n(resolved)} + đang giải quyết ${n(pending)} + ` +
        `trả lại, rút, tạm dừng ${n(returned)} (chênh lệch ${n(difference)}).`,
      suggestion:
        difference > 0
          ? `Còn ${n(difference)} hồ sơ chưa được phân loại: kiểm tra số đã giải quyết, đang giải quyết, hoặc ghi số hồ sơ trả lại, rút, tạm dừng.`
          : `Số hồ sơ đã và đang giải quyết vượt số nhận ${n(-difference)}: kiểm tra số nhận trực tuyến, trực tiếp, từ kỳ trước.`,
      basis: BASIS,
      rule: 'dossier.difference',
    });
  }
}

/**
 * The counts reconcile, yet the workbook's own Chênh lệch cell shows a difference: one of the
 * total columns holds a typed number instead of its formula, so the sheet contradicts itself.
 */
function checkShownDifference(table: LocatedTable, row: number, emit: Emit): void {
  if (!table.index.has('difference')) return;
  const shown = numericValue(table.cell(row, 'difference'));
  if (shown === null || Math.abs(shown) < 1e-9) return;
  const n = formatNumberVi;
  emit({
    severity: 'error',
    ...at(table, row, 'difference'),
    message:
      `Ô Chênh lệch đang hiện ${n(shown)} dù các số liệu nhập đã khớp: một ô tổng (Tổng số nhận, đã giải quyết hoặc ` +
      'đang giải quyết) của dòng này đã bị gõ đè bằng số thay cho công thức.',
    suggestion: 'Bấm "Tính tổng hợp" để khôi phục công thức, hoặc xóa số đã gõ trong các ô tổng của dòng này.',
    basis: BASIS,
    rule: 'dossier.shownDifference',
  });
}
