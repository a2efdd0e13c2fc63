/**
 * Sample figures for the preview, typed into the simulated workbook through the same
 * Excel API a user's paste would go through (development only).
 */
import { DATA_TABLES } from '../../src/domain/contract';
import { REPORT_ROWS } from '../helpers/computeFixtures';
import { DEFAULT_HEADER } from '../helpers/snapshot';

/** What the sample loader did, in the words the preview shows. */
export type SampleOutcome = { kind: 'loaded' } | { kind: 'noTemplate' } | { kind: 'alreadyLoaded' };

export const SAMPLE_MESSAGES: Record<SampleOutcome['kind'], string> = {
  loaded: 'Đã nạp số liệu mẫu vào các bảng.',
  noTemplate: 'Chưa có bảng mẫu: bấm "Tạo bảng mẫu" trong ngăn Tổng kết trước, rồi nạp số liệu mẫu.',
  alreadyLoaded: 'Các bảng đã có số liệu; không nạp thêm để tránh trùng dòng.',
};

export async function loadSampleData(): Promise<SampleOutcome> {
  return Excel.run(async (context) => {
    // Before "Tạo bảng mẫu" there is nothing to fill; a second click must not add the rows twice.
    const tables = DATA_TABLES.filter((spec) => (REPORT_ROWS[spec.name] ?? []).length > 0).map((spec) => ({
      spec,
      table: context.workbook.tables.getItemOrNullObject(spec.name),
    }));
    await context.sync();
    if (tables.some((t) => t.table.isNullObject)) return { kind: 'noTemplate' };
    const firstRows = tables.map((t) => t.table.getDataBodyRange().getRow(0).load('values'));
    await context.sync();
    if (firstRows.some((row) => row.values[0].some((v) => v !== '' && v !== null && typeof v !== 'number'))) return { kind: 'alreadyLoaded' };

    for (const [name, value] of Object.entries(DEFAULT_HEADER)) {
      if (name === 'BoQuyTac') continue; // computed from the period
      context.workbook.names.getItem(name).getRange().values = [[value]];
    }
    for (const { spec, table } of tables) {
      const rows = REPORT_ROWS[spec.name] ?? [];
      // null leaves a cell as it is: computed columns keep their formulas.
      const values = rows.map((row) => spec.columns.map((c) => (c.kind === 'input' ? (row[c.key] ?? null) : null)));
      // The API takes null as "leave this cell"; its typings do not say so.
      const cells = values as unknown as (string | number | boolean)[][];
      table.getDataBodyRange().getRow(0).values = [cells[0]];
      if (cells.length > 1) table.rows.add(undefined, cells.slice(1));
    }
    await context.sync();
    return { kind: 'loaded' };
  });
}
