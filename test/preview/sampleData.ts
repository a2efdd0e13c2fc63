/**
 * Sample figures for the preview, typed into the simulated workbook through the same
 * Excel API a user's paste would go through (development only).
 */
import { DATA_TABLES } from '../../src/domain/contract';
import { REPORT_ROWS } from '../helpers/computeFixtures';
import { DEFAULT_HEADER } from '../helpers/snapshot';

export async function loadSampleData(): Promise<void> {
  await Excel.run(async (context) => {
    for (const [name, value] of Object.entries(DEFAULT_HEADER)) {
      if (name === 'BoQuyTac') continue; // computed from the period
      context.workbook.names.getItem(name).getRange().values = [[value]];
    }
    for (const spec of DATA_TABLES) {
      const rows = REPORT_ROWS[spec.name] ?? [];
      if (rows.length === 0) continue;
      // null leaves a cell as it is: computed columns keep their formulas.
      const values = rows.map((row) => spec.columns.map((c) => (c.kind === 'input' ? (row[c.key] ?? null) : null)));
      // The API takes null as "leave this cell"; its typings do not say so.
      const cells = values as unknown as (string | number | boolean)[][];
      const table = context.workbook.tables.getItem(spec.name);
      table.getDataBodyRange().getRow(0).values = [cells[0]];
      if (cells.length > 1) table.rows.add(undefined, cells.slice(1));
    }
    await context.sync();
  });
}
