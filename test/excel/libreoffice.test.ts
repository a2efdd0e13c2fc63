/**
 * LibreOffice as an independent engine: the simulated workbook exported to .xlsx, stripped of
 * every cached formula result, recalculated by LibreOffice, then compared with the domain.
 */
import { DATA_TABLES } from '../../src/domain/contract';
import { SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { isExcelError, type ComputedValue } from '../../src/domain/compute/values';
import { computeSummary } from '../../src/excel/compute';
import { createTemplate } from '../../src/excel/setup';
import { COMPUTE_TIME, filledWorkbook } from '../helpers/computedSim';
import { recalculate } from '../helpers/libreoffice';
import { cellOf } from '../helpers/simTables';
import { withoutCachedResults } from '../helpers/xlsxCache';
import { toXlsx } from '../sim/xlsx';
import { installSim, tableInfo, type Sim } from './simHost';

const ERROR_TEXT = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)|Err:\d+)$/;

/** The workbook as LibreOffice computes it, by sheet, from an export without cached results. */
async function recalculated(sim: Sim): Promise<Record<string, string[][]>> {
  const { bytes, removed } = await withoutCachedResults(await toXlsx(sim.workbook));
  expect(removed).toBeGreaterThan(10);
  return recalculate(bytes, sim.workbook.sheetNames());
}

function at(sheets: Record<string, string[][]>, sheet: string, address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Bad address ${address}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return sheets[sheet]?.[Number(match[2]) - 1]?.[column - 1] ?? '';
}

/** LibreOffice's unformatted text as a value: numbers (percent-formatted ones too), text, "". */
function parsed(text: string): number | string {
  const percent = /^(-?\d+(\.\d+)?(E-?\d+)?)%$/i.exec(text);
  if (percent) return Number(percent[1]) / 100;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(text)) return Number(text);
  return text;
}

/** null when LibreOffice's text is the domain's value (numbers to 1e-9 relative; "" is empty). */
function difference(text: string, expected: ComputedValue): string | null {
  const actual = parsed(text);
  if (typeof expected === 'number') {
    if (typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) return null;
  } else if (isExcelError(expected)) {
    if (actual === expected.error) return null;
  } else if (typeof expected === 'boolean') {
    if (String(actual).toUpperCase() === String(expected).toUpperCase()) return null;
  } else if (actual === expected) return null;
  return `LibreOffice ${JSON.stringify(text)}, domain ${JSON.stringify(expected)}`;
}

/** Every cell showing a formula error, as "sheet!R1C1: text". */
function errorCells(sheets: Record<string, string[][]>): string[] {
  const errors: string[] = [];
  for (const [sheet, rows] of Object.entries(sheets)) {
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (ERROR_TEXT.test(text.trim())) errors.push(`${sheet}!R${r + 1}C${c + 1}: ${text}`);
      }),
    );
  }
  return errors;
}


describe('LibreOffice recalculating the simulated workbook', () => {
  it('finds no formula error anywhere in the workbook "Tạo bảng mẫu" creates', async () => {
    const sim = installSim();
    await createTemplate();
    const sheets = await recalculated(sim);
    expect(errorCells(sheets)).toEqual([]);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(DATA_TABLES.map((t) => t.sheet)));
  });

  it('computes every computed cell, totals-row cell and summary figure as the domain does', async () => {
    const { sim } = await filledWorkbook({ overwriteFormula: true });
    const { plan } = await computeSummary(undefined, () => COMPUTE_TIME);
    const sheets = await recalculated(sim);
    const mismatches: string[] = [];
    let compared = 0;
    const compare = (where: string, sheet: string, address: string, expected: ComputedValue) => {
      const text = at(sheets, sheet, address);
      const problem = difference(text, expected);
      if (problem) mismatches.push(`${where} (${sheet}!${address}): ${problem}`);
      compared++;
    };

    for (const spec of DATA_TABLES) {
      const computed = plan.computed.tables[spec.name];
      expect(computed).toBeDefined();
      computed.rows.forEach((row, i) => {
        for (const [header, expected] of Object.entries(row)) {
          compare(`${spec.name}[${header}] row ${i + 1}`, spec.sheet, cellOf(sim, spec.name, header, i), expected);
        }
      });
      if (!computed.totals) continue;
      const totalsRow = Number(/(\d+)$/.exec(tableInfo(sim, spec.name).totalsAddress ?? '')?.[1]);
      expect({ table: spec.name, totalsRow: totalsRow > 0 }).toEqual({ table: spec.name, totalsRow: true });
      for (const [header, expected] of Object.entries(computed.totals)) {
        const column = cellOf(sim, spec.name, header, 0).replace(/\d+$/, '');
        compare(`${spec.name}[${header}] totals row`, spec.sheet, `${column}${totalsRow}`, expected);
      }
    }
    for (const figure of plan.summaryPlan.figures) compare(`figure ${figure.key}`, SUMMARY_SHEET, figure.address, figure.expected);

    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(250);
    expect(errorCells(sheets)).toEqual([]);

    // The fixture exercises what matters: empty denominators, and rates whose average over
    // the rows is not the ratio of the summed counts (the totals row must be the latter).
    const tthc = plan.computed.tables.TTHC;
    const rates = tthc.rows.map((r) => r['Tỷ lệ trực tuyến']);
    expect(rates.filter((r) => r === '').length).toBeGreaterThanOrEqual(2);
    const numeric = rates.filter((r): r is number => typeof r === 'number');
    const average = numeric.reduce((a, b) => a + b, 0) / numeric.length;
    expect(Math.abs(average - Number(tthc.totals?.['Tỷ lệ trực tuyến']))).toBeGreaterThan(0.01);
    expect(plan.computed.tables.ChiTieu.rows.some((r) => r['Tỷ lệ hoàn thành'] === '')).toBe(true);
    expect(plan.computed.tables.GCN.rows.some((r) => r['Tỷ lệ đạt chỉ tiêu'] === '' && r['Còn phải cấp'] === '')).toBe(true);
  });
});
