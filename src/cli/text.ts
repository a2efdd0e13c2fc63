import { tableCaption } from '../domain/contract/captions';
import type { Conflict } from '../domain/setup/ops';

/** Plain-text pieces shared by the commands' messages. */

export function listLines(items: readonly string[]): string[] {
  return items.map((item) => `  - ${item}`);
}

export function conflictLines(conflicts: readonly Conflict[]): string[] {
  return conflicts.map((c) => {
    const where = [c.sheet && `trang "${c.sheet}"`, c.table && tableCaption(c.table)].filter(Boolean).join(', ');
    return `  - ${where ? `[${where}] ` : ''}${c.message}`;
  });
}
