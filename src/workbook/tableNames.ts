import type { TableModel } from './document';

/**
 * Excel matches table names without regard to case, so "KhenThuong" and "khenthuong" in one
 * file are one name twice (Excel repairs such a file by dropping a table); which one a
 * formula means is anyone's guess. The first such pair, or null.
 */
export function caseOnlyDuplicateTables(tables: readonly TableModel[]): [TableModel, TableModel] | null {
  const seen = new Map<string, TableModel>();
  for (const table of tables) {
    const key = table.name.toLowerCase();
    const first = seen.get(key);
    if (first) return [first, table];
    seen.set(key, table);
  }
  return null;
}

/** The refusal, naming both tables, their sheets and how to rename one. */
export function caseOnlyDuplicateSentence(file: string, [first, second]: [TableModel, TableModel]): string {
  return (
    `Tệp "${file}" có hai bảng trùng tên (Excel không phân biệt chữ hoa, chữ thường): "${first.name}" ở trang "${first.sheet}" và ` +
    `"${second.name}" ở trang "${second.sheet}". Hãy đổi tên một bảng trong Excel (chọn một ô của bảng, Thiết kế bảng → Tên bảng) rồi chạy lại.`
  );
}
