/**
 * "Tạo / cập nhật bảng mẫu" planned by area: the report header (header.ts), the catalogues
 * (catalogues.ts), the data tables (dataTables.ts), the other sheets (sheets.ts), sharing
 * one SetupPlanner (planner.ts).
 */
import { INFO_SHEET } from '../contract/header';
import { FORMAT_VERSION, SHEET_ORDER } from '../contract/layout';
import { DATA_TABLES } from '../contract/tables';
import type { WorkbookSnapshot } from '../snapshot';
import { headerRenames, withContractHeaders } from './headerSpelling';
import type { SetupPlan } from './ops';
import { planCatalogues } from './catalogues';
import { planDataTable } from './dataTables';
import { planHeader } from './header';
import { SetupPlanner, type HostCapabilities } from './planner';
import { planCheckSheet, planFormatVersion, planSummarySheet } from './sheets';

export type { HostCapabilities } from './planner';
export { SETUP_AREA } from './setupArea';

/** Was the workbook made by a newer Tổng kết (a later format version)? Then nothing is changed. */
export function isNewerFormat(snapshot: WorkbookSnapshot): boolean {
  return snapshot.formatVersion !== null && snapshot.formatVersion > FORMAT_VERSION;
}

/**
 * What "Tạo / cập nhật bảng mẫu" must do to bring a workbook to the contract: creates what is
 * missing, rewrites only formula cells of computed columns, and reports every conflict
 * instead of overwriting. Running the plan's result through it again plans no new content.
 */
export function planSetup(typed: WorkbookSnapshot, caps: HostCapabilities): SetupPlan {
  const snapshot = withContractHeaders(typed);
  const planner = new SetupPlanner(snapshot, caps);
  if (isNewerFormat(snapshot)) {
    planner.conflict(
      '',
      '',
      `Sổ này theo mẫu phiên bản ${snapshot.formatVersion}, mới hơn phiên bản ${FORMAT_VERSION} của Tổng kết đang dùng; ` +
        'hãy cập nhật Tổng kết. Không thay đổi gì.',
    );
    return { ops: [], conflicts: planner.conflicts, created: [] };
  }
  for (const rename of headerRenames(typed)) {
    planner.ops.push({ kind: 'renameColumn', ...rename });
    planner.created.push(`Tiêu đề cột "${rename.from}" của bảng ${rename.table} viết lại đúng mẫu: "${rename.to}"`);
  }
  // Sheets are created in contract order, before any content, so positions are stable.
  for (const sheet of SHEET_ORDER) planner.ensureSheet(sheet);
  planHeader(planner);
  // Catalogues first: the data tables' formulas refer to them.
  planCatalogues(planner);
  for (const table of DATA_TABLES) planDataTable(planner, table);
  planSummarySheet(planner);
  planCheckSheet(planner);
  // A workbook no setup has finished in opens on its header sheet, where the clerk starts
  // typing; before the version, which marks the setup finished.
  if (snapshot.formatVersion === null) planner.ops.push({ kind: 'activateSheet', sheet: INFO_SHEET });
  planFormatVersion(planner);
  return { ops: planner.ops, conflicts: planner.conflicts, created: planner.created };
}
