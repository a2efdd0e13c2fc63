import { CATALOGUES } from '../contract/catalogues';
import { INFO_FIRST_ROW, NAMED_CELLS } from '../contract/header';
import { CHECK_TABLE, TABLE_HEADER_ROW, catalogueFirstColumn } from '../contract/layout';
import { DATA_TABLES } from '../contract/tables';
import { needsListRange } from './nativeValidation';

/**
 * The rectangle from A1, on every contract sheet, where setup writes its titles, notes,
 * labels, table headers and list ranges. The Office.js adapter reads it for setup
 * (`WorkbookSnapshot.setupArea`) so that a run cut short by a failed request recognises its
 * own half-written cells as its own, instead of as a user's data in the way.
 */
export const SETUP_AREA = (() => {
  const listRanges = DATA_TABLES.flatMap((t) => t.columns.filter((c) => c.list?.kind === 'fixed' && needsListRange(c.list.values)));
  const longestList = Math.max(0, ...listRanges.map((c) => (c.list?.kind === 'fixed' ? c.list.values.length : 0)));
  return {
    rows: Math.max(TABLE_HEADER_ROW + 2, INFO_FIRST_ROW + NAMED_CELLS.length, CHECK_TABLE.headerRow + 2, TABLE_HEADER_ROW + 1 + longestList, 2),
    columns: Math.max(
      ...DATA_TABLES.map((t) => t.columns.length),
      catalogueFirstColumn(CATALOGUES.length) + 2 * listRanges.length,
      CHECK_TABLE.columns.length,
      3,
    ),
  };
})();
