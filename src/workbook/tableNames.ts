import { msg, vi, type Msg } from '../domain/messages';
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
export function caseOnlyDuplicateMessage(file: string, [first, second]: [TableModel, TableModel]): Msg {
  return msg('file.caseDuplicate', { file, first: first.name, firstSheet: first.sheet, second: second.name, secondSheet: second.sheet });
}

/** The same, in Vietnamese (the command line's text). */
export function caseOnlyDuplicateSentence(file: string, pair: [TableModel, TableModel]): string {
  return vi(caseOnlyDuplicateMessage(file, pair));
}
