/**
 * "Tạo / cập nhật bảng mẫu" planned by area: the report header (header.ts), the catalogues
 * (catalogues.ts), the data tables (dataTables.ts), the other sheets (sheets.ts), sharing
 * one SetupPlanner (planner.ts).
 */
import { INFO_SHEET } from '../contract/header';
import { printLayoutOps } from '../print/printLayout';
import { FORMAT_VERSION, SHEET_ORDER, SUMMARY_SHEET } from '../contract/layout';
import { DATA_TABLES } from '../contract/tables';
import type { WorkbookSnapshot } from '../snapshot';
import { headerRenames, withContractHeaders } from './headerSpelling';
import type { SetupPlan } from './ops';
import { msg } from '../messages';
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
    planner.conflict('', '', msg('setup.newerFormat', { version: snapshot.formatVersion, current: FORMAT_VERSION }));
    return { ops: [], conflicts: planner.conflicts, created: [], createdText: [] };
  }
  for (const rename of headerRenames(typed)) {
    planner.ops.push({ kind: 'renameColumn', ...rename });
    const sheet = DATA_TABLES.find((t) => t.name === rename.table)?.sheet ?? rename.table;
    planner.create(msg('created.headerRenamed', { from: rename.from, to: rename.to, sheet }));
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
  // The sheets this run creates print on A4 from the start; sheets that were there keep the
  // clerk's print settings until "Tính tổng hợp", and "Tổng hợp" gets its layout with its content.
  const created = SHEET_ORDER.filter((sheet) => sheet !== SUMMARY_SHEET && planner.isNewSheet(sheet));
  planner.ops.push(...printLayoutOps({ sheets: created, unit: reportingUnit(snapshot), summary: null }));
  planFormatVersion(planner);
  return { ops: planner.ops, conflicts: planner.conflicts, created: planner.created, createdText: planner.createdText };
}

/** DonViBaoCao as typed, for the print footer ("" when blank or absent). */
function reportingUnit(snapshot: WorkbookSnapshot): string {
  const names = snapshot.names !== null && typeof snapshot.names === 'object' ? snapshot.names : {};
  const value: unknown = Object.prototype.hasOwnProperty.call(names, 'DonViBaoCao') ? names.DonViBaoCao?.value : null;
  return typeof value === 'string' ? value.trim() : '';
}
