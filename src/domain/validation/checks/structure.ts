/**
 * The workbook's shape: contract tables and columns present, nothing typed under a table
 * (Excel does not count it), computed cells still holding their formulas.
 */
import { CATALOGUES, CATALOGUE_SHEET } from '../../contract/catalogues';
import { DATA_TABLES } from '../../contract/tables';
import type { TableSnapshot, WorkbookSnapshot } from '../../snapshot';
import { cellAddress } from '../../util/a1';
import { cellAt, isBlank, quoteCell } from '../cells';
import { at, contractBasis, type Emit } from '../context';
import { columnPresence, type ContractColumn } from '../../contract/columnHeader';
import { findTable, type LocatedTable } from '../locatedTable';

interface TableShape {
  name: string;
  sheet: string;
  columns: readonly ContractColumn[];
  catalogue: boolean;
}

const SHAPES: readonly TableShape[] = [
  ...DATA_TABLES.map((t) => ({ name: t.name, sheet: t.sheet, columns: t.columns, catalogue: false })),
  ...CATALOGUES.map((c) => ({ name: c.name, sheet: CATALOGUE_SHEET, columns: c.columns, catalogue: true })),
];

function origin(table: TableSnapshot): { row: number; column: number } {
  const safe = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
  return { row: safe(table.headerRow), column: safe(table.firstColumn) };
}

function sheetOf(table: TableSnapshot, shape: TableShape): string {
  return typeof table.sheet === 'string' && table.sheet !== '' ? table.sheet : shape.sheet;
}

export function checkTablesPresent(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const shape of SHAPES) {
    const table = findTable(snapshot, shape.name);
    if (!table) {
      emit({
        severity: 'warning',
        sheet: shape.sheet,
        cell: 'A1',
        table: shape.name,
        column: '',
        message: shape.catalogue
          ? `Không tìm thấy bảng danh mục ${shape.name}; đang dùng danh mục mặc định.`
          : `Không tìm thấy bảng ${shape.name} trên trang ${shape.sheet}; số liệu của bảng này không được kiểm tra.`,
        suggestion: 'Chạy "Tạo sổ" để bổ sung bảng theo mẫu, hoặc đặt lại đúng tên bảng.',
        basis: `Mẫu sổ Tổng kết, bảng ${shape.name}`,
        rule: 'structure.tableMissing',
      });
      continue;
    }
    const { missing } = columnPresence(shape.columns, Array.isArray(table.headers) ? table.headers : []);
    const { row, column } = origin(table);
    const where = { sheet: sheetOf(table, shape), cell: cellAddress(row, column), table: shape.name };
    for (const { header, kind, required } of missing) {
      emit({
        severity: 'error',
        ...where,
        column: header,
        message:
          `Bảng ${shape.name} thiếu cột "${header}"; các kiểm tra và công thức dùng cột này không thực hiện được` +
          (kind === 'input' && required ? ', nên "Tính tổng hợp" không tính (để không ra số 0 sai).' : '.'),
        suggestion: `Sửa lại tiêu đề cột cho đúng "${header}" (nếu đã bị đổi tên), hoặc chạy "Tạo bảng mẫu" để thêm cột.`,
        basis: contractBasis(shape.name, header),
        rule: 'structure.columnMissing',
      });
    }
  }
}

/** One warning per row typed just under a table, at its first non-empty cell. */
export function checkRowsBelow(snapshot: WorkbookSnapshot, emit: Emit): void {
  for (const shape of SHAPES) {
    const table = findTable(snapshot, shape.name);
    if (!table || !Array.isArray(table.below)) continue;
    const { row, column } = origin(table);
    const bodyRows = Array.isArray(table.values) ? table.values.length : 0;
    const firstBelow = row + 1 + bodyRows + (table.showTotals === true ? 1 : 0);
    table.below.forEach((cells, k) => {
      if (!Array.isArray(cells)) return;
      const j = cells.findIndex((_, i) => !isBlank(cellAt(cells, i)));
      if (j < 0) return;
      emit({
        severity: 'warning',
        sheet: sheetOf(table, shape),
        cell: cellAddress(firstBelow + k, column + j),
        table: shape.name,
        column: typeof table.headers?.[j] === 'string' ? table.headers[j] : '',
        message: `Ô có dữ liệu ${quoteCell(cellAt(cells, j))} nằm ngoài bảng ${shape.name} nên không được tính.`,
        suggestion: 'Kéo dãn bảng (hoặc chèn dòng trong bảng) để bao gồm dòng này, hoặc xóa dữ liệu thừa.',
        basis: `Mẫu sổ Tổng kết, bảng ${shape.name}: chỉ số liệu trong bảng được tính`,
        rule: 'structure.outsideTable',
      });
    });
  }
}

/** Is a typed value what the formula would show (the same number, or the same text)? */
function sameAsFormula(typed: unknown, computed: unknown): boolean {
  if (typeof typed === 'number' && typeof computed === 'number') return Math.abs(typed - computed) <= 1e-9 * Math.max(1, Math.abs(computed));
  if (typeof typed === 'string' && typeof computed === 'string') return typed.trim() === computed.trim();
  return false;
}

/**
 * A computed or numbering cell whose formula was replaced by a typed value that differs from
 * what the formula gives. A typed value equal to it (the STT a clerk numbers by hand) changes
 * nothing the report shows: no finding; "Tính tổng hợp" still puts the formula back.
 */
export function checkFormulasKept(table: LocatedTable, emit: Emit, computedValue: (row: number, header: string) => unknown = () => undefined): void {
  const formulas: unknown[] = Array.isArray(table.snapshot.formulas) ? table.snapshot.formulas : [];
  const columns = table.spec.columns.filter((c) => c.kind !== 'input' && table.index.has(c.key));
  for (let row = 0; row < formulas.length && row < table.rowCount; row++) {
    for (const column of columns) {
      const formula = cellAt(formulas[row], table.index.get(column.key)!);
      if (isBlank(formula) || (typeof formula === 'string' && formula.startsWith('='))) continue;
      if (sameAsFormula(formula, computedValue(row, column.header))) continue;
      emit({
        severity: 'warning',
        ...at(table, row, column.key),
        message: `Ô ${column.header} đang là giá trị gõ tay ${quoteCell(formula)} thay cho công thức, nên có thể không khớp với số liệu.`,
        suggestion: '"Tính tổng hợp" sẽ khôi phục công thức; nếu cần số khác, sửa các cột nhập liệu của dòng này.',
        basis: `${contractBasis(table.spec.name, column.header)} (cột tính tự động)`,
        rule: 'structure.formulaOverwritten',
      });
    }
  }
}
