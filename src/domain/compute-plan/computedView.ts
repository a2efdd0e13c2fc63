import type { ComputedWorkbook } from '../compute';
import { isExcelError } from '../compute/values';
import { sameHeader } from '../contract/columnHeader';
import { FORMULA_CELL, type CellValue, type WorkbookSnapshot } from '../snapshot';

/**
 * The workbook as it will stand once "Tính tổng hợp" has written its formulas: every computed
 * cell holds its formula and the value the domain computed for it. The check written to
 * "Kiểm tra" describes that state, not the one before the formulas were restored.
 */
export function computedView(snapshot: WorkbookSnapshot, computed: ComputedWorkbook): WorkbookSnapshot {
  return {
    ...snapshot,
    tables: snapshot.tables.map((table) => {
      const result = computed.tables[table.name];
      if (!result) return table;
      // Headers as the user typed them (Unicode form, spaces) name the computed columns too.
      const columns = table.headers.map((h) => result.computedHeaders.find((c) => sameHeader(c, h)) ?? null);
      const cell = (value: CellValue | ComputedWorkbook['tables'][string]['rows'][number][string]): CellValue =>
        isExcelError(value) ? value.error : (value as CellValue);
      return {
        ...table,
        values: table.values.map((row, r) => row.map((v, c) => (columns[c] ? cell(result.rows[r]?.[columns[c]!] ?? '') : v))),
        formulas: table.formulas.map((row, r) => row.map((f, c) => (columns[c] && result.rows[r] ? FORMULA_CELL : f))),
      };
    }),
  };
}
