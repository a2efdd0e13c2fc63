import { capitalised, tableCaption } from '../domain/contract/captions';
import type { XlsxDocument } from './document';
import { newTableModel } from './applyPlan';
import type { XlsxSnapshot } from './readSnapshot';

/**
 * Turns the hand-typed contract blocks of a snapshot into Excel tables over the same cells:
 * nothing is moved or rewritten, the cells only become a table's header and rows.
 * Returns Vietnamese lines for the result message.
 */
export function materializeHandTypedTables(document: XlsxDocument, snapshot: XlsxSnapshot): string[] {
  const made: string[] = [];
  for (const table of snapshot.tables) {
    if (!table.handTyped) continue;
    document.tables.push(newTableModel(table.name, table.sheet, table.headers, table.headerRow, table.firstColumn, table.values.length));
    made.push(`${capitalised(tableCaption(table.name))} (từ vùng tiêu đề gõ tay)`);
  }
  return made;
}
