import { DATA_TABLES } from '../../src/domain/contract';
import { CHECK_SHEET, SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { computeSummary } from '../../src/excel/compute';
import { COMPUTE_TIME, OVERWRITTEN_TTHC_ROW, OVERWRITTEN_VALUE, filledWorkbook } from '../helpers/computedSim';
import { cellOf, firstDataRow } from '../helpers/simTables';
import { tableInfo, type Sim } from './simHost';

const now = () => COMPUTE_TIME;
const STAMP = '20/12/2025 14:30';

type CellEntry = Record<string, unknown>;

function sheetCells(sim: Sim, sheet: string): Record<string, CellEntry> {
  const found = sim.workbook.snapshot().sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`No sheet ${sheet}`);
  return found.cells;
}

/** Every input cell of every data table (value, number format, formats), by sheet!address. */
function inputCells(sim: Sim): Record<string, CellEntry | undefined> {
  const cells: Record<string, CellEntry | undefined> = {};
  for (const spec of DATA_TABLES) {
    const info = tableInfo(sim, spec.name);
    const all = sheetCells(sim, spec.sheet);
    const rows = Number(/(\d+)$/.exec(info.bodyAddress)?.[1]) - firstDataRow(sim, spec.name) + 1;
    for (const column of spec.columns.filter((c) => c.kind === 'input')) {
      for (let i = 0; i < rows; i++) {
        const address = cellOf(sim, spec.name, column.header, i);
        cells[`${spec.sheet}!${address}`] = all[address];
      }
    }
  }
  return cells;
}

function bodyRowCount(sim: Sim, table: string): number {
  const info = tableInfo(sim, table);
  return Number(/(\d+)$/.exec(info.bodyAddress)?.[1]) - firstDataRow(sim, table) + 1;
}

/** The whole workbook with the computation time stamps blanked and chart identities dropped. */
function comparable(sim: Sim, stamps: readonly string[]): unknown {
  const snapshot = sim.workbook.snapshot();
  const sheets = snapshot.sheets.map((s) => ({ ...s, charts: s.charts.map((c) => ({ ...(c as object), id: undefined, name: undefined })) }));
  let json = JSON.stringify({ ...snapshot, sheets });
  for (const stamp of stamps) json = json.split(stamp).join('<time>');
  return JSON.parse(json);
}

describe('Tính tổng hợp on the simulated Excel', () => {
  it('writes formulas, totals rows, the summary sheet and charts, and keeps every typed cell', async () => {
    const { sim, rows } = await filledWorkbook({ overwriteFormula: true });
    const overwritten = cellOf(sim, 'TTHC', 'Tổng số nhận', OVERWRITTEN_TTHC_ROW);
    const inputsBefore = inputCells(sim);
    const infoBefore = sheetCells(sim, 'Thông tin');
    const cataloguesBefore = sheetCells(sim, 'Danh mục');
    sim.counters.reset();

    const outcome = await computeSummary(undefined, now);
    const { plan } = outcome;

    // The tables did not change size, and no typed cell changed.
    for (const spec of DATA_TABLES) expect({ table: spec.name, rows: bodyRowCount(sim, spec.name) }).toEqual({ table: spec.name, rows: rows[spec.name].length });
    expect(inputCells(sim)).toEqual(inputsBefore);
    expect(sheetCells(sim, 'Thông tin')).toEqual(infoBefore);
    expect(sheetCells(sim, 'Danh mục')).toEqual(cataloguesBefore);

    // Every auto/computed cell holds the contract's live formula, the typed-over one included.
    for (const spec of DATA_TABLES) {
      for (const column of spec.columns.filter((c) => c.kind !== 'input')) {
        for (let i = 0; i < rows[spec.name].length; i++) {
          const address = cellOf(sim, spec.name, column.header, i);
          const formula = sim.workbook.getCell(spec.sheet, address).formula;
          expect({ table: spec.name, column: column.header, row: i, formula }).toEqual({ table: spec.name, column: column.header, row: i, formula: column.formula });
        }
      }
    }
    expect(plan.restored).toEqual([{ sheet: 'TTHC', cell: overwritten, table: 'TTHC', column: 'Tổng số nhận', typed: OVERWRITTEN_VALUE }]);
    expect(sim.workbook.getCell('TTHC', overwritten).value).toBe(plan.computed.tables.TTHC.rows[OVERWRITTEN_TTHC_ROW]['Tổng số nhận']);

    // Totals rows: a label, sums of every row (SUM: hidden rows count), and ratios of sums for rates.
    for (const spec of DATA_TABLES) {
      const info = tableInfo(sim, spec.name);
      expect({ table: spec.name, totals: info.showTotals }).toEqual({ table: spec.name, totals: spec.totalsRow });
      if (!spec.totalsRow) continue;
      const totalsRow = Number(/(\d+)$/.exec(info.totalsAddress ?? '')?.[1]);
      const cell = (header: string) => sim.workbook.getCell(spec.sheet, `${cellOf(sim, spec.name, header, 0).replace(/\d+$/, '')}${totalsRow}`);
      expect(cell('STT').value).toBe('Tổng cộng');
      for (const column of spec.columns) {
        if (column.total?.kind === 'sum') expect(cell(column.header).formula).toBe(`=SUM(${spec.name}[[${column.header}]])`);
        if (column.total?.kind === 'formula') expect(cell(column.header).formula).toBe(column.total.formula);
      }
    }

    // The summary sheet: every key figure as a live formula with the domain's value, the
    // paragraphs, the time stamp, the charts; Excel's results agree with the domain.
    expect(plan.summaryPlan.figures.length).toBeGreaterThan(50);
    for (const figure of plan.summaryPlan.figures) {
      const cell = sim.workbook.getCell(SUMMARY_SHEET, figure.address);
      expect({ key: figure.key, formula: cell.formula }).toEqual({ key: figure.key, formula: figure.formula });
      if (typeof figure.expected === 'number') expect(cell.value).toBeCloseTo(figure.expected, 6);
      else expect({ key: figure.key, value: cell.value }).toEqual({ key: figure.key, value: figure.expected });
    }
    const summaryTexts = Object.values(sheetCells(sim, SUMMARY_SHEET)).map((c) => c.value);
    expect(plan.paragraphs.length).toBeGreaterThan(3);
    for (const paragraph of plan.paragraphs) expect(summaryTexts).toContain(paragraph.text);
    expect(summaryTexts).toContain(`Thời điểm tính: ${STAMP}`);
    const charts = sim.workbook.charts(SUMMARY_SHEET);
    expect(charts.map((c) => [c.type, c.title, c.sourceAddress])).toEqual(
      plan.summaryPlan.charts.map((c) => [c.type, c.title, `'${SUMMARY_SHEET}'!${c.source.address}`]),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(outcome.mismatches).toEqual([]);

    // The check ran too: its findings are on "Kiểm tra".
    expect(sim.workbook.getCell(CHECK_SHEET, 'B2').value).toBe(STAMP);
    expect(sim.workbook.getCell(CHECK_SHEET, 'B3').value).toBe(plan.validation.counts.error);
    expect(bodyRowCount(sim, 'KiemTra')).toBe(Math.max(1, plan.validation.findings.length));

    // Protection is never toggled (it would clear the user's undo history); payloads fit.
    expect(sim.counters.protectionToggles).toBe(0);
    expect(outcome.syncs).toBe(sim.counters.syncs);
    // one request learns the tables, one reads them, one writes and reads Excel's figures back
    expect(outcome.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...sim.counters.requests.map((r) => Math.max(r.bytes, r.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
  });

  it('gives an identical workbook when run again (apart from the time stamps), replacing the summary sheet', async () => {
    const { sim } = await filledWorkbook({ overwriteFormula: true });
    await computeSummary(undefined, now);
    const first = comparable(sim, [STAMP]);
    const summaryCells = Object.keys(sheetCells(sim, SUMMARY_SHEET)).length;
    const later = new Date(2025, 11, 21, 9, 5);
    const again = await computeSummary(undefined, () => later);
    expect(again.plan.restored).toEqual([]);
    expect(again.mismatches).toEqual([]);
    expect(sim.workbook.charts(SUMMARY_SHEET)).toHaveLength(again.plan.summaryPlan.charts.length);
    expect(Object.keys(sheetCells(sim, SUMMARY_SHEET))).toHaveLength(summaryCells);
    expect(Object.values(sheetCells(sim, SUMMARY_SHEET)).map((c) => c.value)).toContain('Thời điểm tính: 21/12/2025 09:05');
    expect(comparable(sim, ['21/12/2025 09:05'])).toEqual(first);
  });
});
