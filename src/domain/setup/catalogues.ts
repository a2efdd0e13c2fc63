/** Setup of the catalogues sheet: the catalogue tables with their default rows, and the list ranges native validation needs. */
import { CATALOGUES, CATALOGUE_SHEET } from '../contract/catalogues';
import { catalogueTitle, tableCaptionMsg } from '../contract/captions';
import { msg } from '../messages';
import { TABLE_HEADER_ROW, TITLE_ROW, catalogueFirstColumn } from '../contract/layout';
import { sameHeader } from '../contract/columnHeader';
import { DATA_TABLES } from '../contract/tables';
import type { CatalogueSpec } from '../contract/types';
import { isEmptyCell, type CellValue } from '../snapshot';
import { isoToSerial } from '../util/dates';
import { rangeAddress } from '../util/a1';
import { listRangeName, needsListRange } from './nativeValidation';
import type { PlanCell, PlanOp } from './ops';
import { type SetupPlanner, findTable } from './planner';

export function planCatalogues(p: SetupPlanner): void {
  p.ensureSheet(CATALOGUE_SHEET);
  CATALOGUES.forEach((spec, index) => catalogue(p, spec, catalogueFirstColumn(index)));
  listRanges(p, catalogueFirstColumn(CATALOGUES.length));
}

function catalogue(p: SetupPlanner, spec: CatalogueSpec, column: number): void {
  const existing = findTable(p.snapshot, spec.name) ?? p.unnamedOwnTable(CATALOGUE_SHEET, spec.name, TABLE_HEADER_ROW, column, spec.columns);
  const rows: CellValue[][] = spec.rows.map((row) =>
    spec.columns.map((c) => {
      const value = row[c.key] ?? null;
      return c.type === 'date' && typeof value === 'string' ? isoToSerial(value) : value;
    }),
  );
  const title: PlanOp = { kind: 'writeCells', sheet: CATALOGUE_SHEET, row: TITLE_ROW, column, cells: [[{ value: spec.title, style: 'title' }]] };
  if (existing) {
    const missing = spec.columns.filter((c) => !c.optional && !existing.headers.some((h) => sameHeader(h, c.header)));
    if (missing.length > 0) {
      p.conflict(
        CATALOGUE_SHEET,
        spec.name,
        msg('setup.catalogueColumnsMissing', { cat: catalogueTitle(spec.name), columns: missing.map((c) => c.header) }),
      );
    } else if (p.finishing && existing.sheet === CATALOGUE_SHEET && existing.headerRow === TABLE_HEADER_ROW && existing.firstColumn === column) {
      if (p.ownOrEmpty(CATALOGUE_SHEET, TITLE_ROW, column, [[spec.title]])) p.ops.push(title);
      // Created but not yet filled: the default rows go in (an empty catalogue holds nothing typed).
      if (existing.values.length === rows.length && existing.values.every((r) => r.every(isEmptyCell))) {
        p.ops.push({ kind: 'writeCells', sheet: CATALOGUE_SHEET, row: TABLE_HEADER_ROW + 1, column, cells: rows.map((r) => r.map((value) => ({ value }))) });
      }
      p.decorate(CATALOGUE_SHEET, spec.name, column, existing.headers, spec.columns);
    }
    return;
  }
  const width = spec.columns.length;
  const own = [[spec.title], [], spec.columns.map((c) => c.header)];
  let at = column;
  // A catalogue added by a later version finds its place taken in an older workbook (by the
  // list ranges, say): it goes right of everything on the sheet instead.
  if (!p.free(CATALOGUE_SHEET, TITLE_ROW, at, own, TABLE_HEADER_ROW + 2, width)) {
    const used = p.snapshot.usedExtents?.[CATALOGUE_SHEET];
    const right = Math.max(used?.columns ?? 0, ...p.snapshot.tables.filter((t) => t.sheet === CATALOGUE_SHEET).map((t) => t.firstColumn + t.headers.length)) + 1;
    if (right > at && p.free(CATALOGUE_SHEET, TITLE_ROW, right, own, TABLE_HEADER_ROW + 2, width)) at = right;
  }
  if (!p.free(CATALOGUE_SHEET, TITLE_ROW, at, own, TABLE_HEADER_ROW + 2, width)) {
    p.conflict(
      CATALOGUE_SHEET,
      spec.name,
      msg('setup.catalogueBlocked', { range: rangeAddress(TITLE_ROW, column, TABLE_HEADER_ROW + 2, width), sheet: CATALOGUE_SHEET, cat: catalogueTitle(spec.name) }),
    );
    return;
  }
  p.ops.push({ ...title, column: at });
  p.table(CATALOGUE_SHEET, spec.name, TABLE_HEADER_ROW, at, spec.columns, rows);
  p.create(tableCaptionMsg(spec.name, true));
}

/** Fixed lists whose values hold commas, as named ranges for native validation. */
function listRanges(p: SetupPlanner, firstColumn: number): void {
  if (!p.caps.dataValidation) return;
  let column = firstColumn;
  for (const table of DATA_TABLES) {
    for (const spec of table.columns) {
      if (spec.list?.kind !== 'fixed' || !needsListRange(spec.list.values)) continue;
      const name = listRangeName(table, spec);
      const width: PlanOp = { kind: 'columnWidths', sheet: CATALOGUE_SHEET, widths: [{ column, width: 24 }] };
      if (p.snapshot.names[name]) {
        if (p.finishing) p.ops.push(width);
      } else {
        const cells: PlanCell[][] = [
          [{ value: `${table.name} — ${spec.header}`, style: 'label' }],
          ...spec.list.values.map((v) => [{ value: v, numberFormat: '@' }]),
        ];
        p.ops.push({ kind: 'writeCells', sheet: CATALOGUE_SHEET, row: TABLE_HEADER_ROW, column, cells });
        p.ops.push({
          kind: 'addName',
          name,
          sheet: CATALOGUE_SHEET,
          row: TABLE_HEADER_ROW + 1,
          column,
          rowCount: spec.list.values.length,
        });
        p.ops.push(width);
      }
      column += 2;
    }
  }
}
