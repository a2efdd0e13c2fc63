/**
 * An import into a workbook without the TTHC table (or the "Kiểm tra" table its findings go
 * to), or without a format version, creates the contract's template first, as "Tạo bảng mẫu"
 * / `tongket init` would — never deleting or overwriting anything — then imports. The pane's
 * "Nhập Biểu 06" and `tongket import-tthc` both decide by `importNeedsSetup`; a workbook of a
 * newer format is refused by the import's plan (planImport.ts). The preview shows what the
 * import would do to the table the template creates.
 */
import { CHECK_TABLE, TABLE_HEADER_ROW } from '../../contract/layout';
import { TTHC } from '../../contract/tables';
import { isNewerFormat } from '../../setup/planSetup';
import type { TableSnapshot, WorkbookSnapshot } from '../../snapshot';

const has = (snapshot: WorkbookSnapshot, name: string) => snapshot.tables.some((t) => t.name.toLowerCase() === name.toLowerCase());

/**
 * Does the import need the template first? When the TTHC or "Kiểm tra" table is missing, or
 * the workbook has no format version — the part setup writes last, so a template whose
 * creation stopped half-way is finished by the next import, as by the next "Tạo bảng mẫu".
 * A workbook set up by hand, or by a version of Tổng kết before format versions, gets the
 * template's columns, formulas, validation and "Kiểm tra" as "Tạo bảng mẫu" would give them.
 * Never for a workbook of a newer format (setup and the import refuse it).
 */
export function importNeedsSetup(snapshot: WorkbookSnapshot): boolean {
  if (isNewerFormat(snapshot)) return false;
  return !has(snapshot, TTHC.name) || !has(snapshot, CHECK_TABLE.name) || snapshot.formatVersion === null;
}

/** The snapshot as the import would find it after setup: an empty TTHC table where the template puts it. */
export function withTemplateTthc(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  if (has(snapshot, TTHC.name)) return snapshot;
  const headers = TTHC.columns.map((c) => c.header);
  const empty = headers.map(() => '');
  const table: TableSnapshot = {
    name: TTHC.name,
    sheet: TTHC.sheet,
    headerRow: TABLE_HEADER_ROW,
    firstColumn: 0,
    headers,
    values: [[...empty]],
    formulas: [TTHC.columns.map((c) => c.formula ?? '')],
    showTotals: TTHC.totalsRow,
    below: [],
  };
  return { ...snapshot, tables: [...snapshot.tables, table] };
}
