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
import { fillTable, typeHeader } from '../helpers/simTables';
import { serial, type RowInput } from '../helpers/snapshot';
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

  it('pays each award by the decree in force on its decision date, whatever words the decision used, to the đồng', async () => {
    const sim = installSim();
    await createTemplate();
    typeHeader(sim);
    const rows: (RowInput & { expected: number | '' })[] = [
      // NĐ 91/2017, lương cơ sở 1.490.000: Bằng khen of a ministry 1,0 (tập thể 2,0)
      { decisionNumber: '1234/QĐ-BTNMT', decisionDate: serial('2022-05-10'), authority: 'Bộ trưởng Bộ Tài nguyên và Môi trường', award: 'Bằng khen của Bộ trưởng Bộ Tài nguyên và Môi trường', recipientType: 'Tập thể', quantity: 2, expected: 2980000 },
      { decisionNumber: '1234/QĐ-BTNMT', decisionDate: serial('2022-05-10'), authority: 'Bộ trưởng', award: 'bằng khen của bộ trưởng', recipientType: 'Cá nhân', quantity: 3, expected: 1490000 },
      // NĐ 91/2017, lương cơ sở 1.800.000: Giấy khen 0,3; of a xã chairman 0,15 (tập thể 0,3)
      { decisionNumber: '45/QĐ-STNMT', decisionDate: serial('2023-08-01'), authority: 'Giám đốc Sở Tài nguyên và Môi trường', award: 'Giấy khen của Giám đốc Sở Tài nguyên và Môi trường', recipientType: 'Cá nhân', quantity: 4, expected: 540000 },
      { decisionNumber: '12/QĐ-UBND', decisionDate: serial('2023-08-01'), authority: 'Chủ tịch UBND xã', award: 'Giấy khen của Chủ tịch UBND xã', recipientType: 'Tập thể', quantity: 1, expected: 540000 },
      // NĐ 98/2023: form multipliers not verified — no amount, never 0
      { decisionNumber: '300/QĐ-UBND', decisionDate: serial('2024-03-01'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Cá nhân', quantity: 1, expected: '' },
      // NĐ 152/2025, lương cơ sở 2.340.000: Bằng khen of the province 1,5 (tập thể 3,0), of the Prime Minister 3,5
      { decisionNumber: '2251/QĐ-UBND', decisionDate: serial('2025-08-01'), authority: 'UBND tỉnh', award: 'Bằng khen của Chủ tịch UBND tỉnh', recipientType: 'Tập thể', quantity: 1, expected: 7020000 },
      { decisionNumber: '812/QĐ-TTg', decisionDate: serial('2025-08-01'), authority: 'Thủ tướng', award: 'Bằng khen của Thủ tướng', recipientType: 'Cá nhân', quantity: 1, expected: 8190000 },
      // titles under every decree, by their abbreviations and "cấp tỉnh" wording; spaces around are trimmed
      { decisionNumber: '46/QĐ-SNNMT', decisionDate: serial('2025-08-01'), authority: 'Giám đốc Sở', award: 'CSTĐCS', recipientType: 'Cá nhân', quantity: 3, expected: 2340000 },
      { decisionNumber: '47/QĐ-SNNMT', decisionDate: serial('2022-12-20'), authority: 'Giám đốc Sở', award: 'LĐTT', recipientType: 'Cá nhân', quantity: 10, expected: 450000 },
      { decisionNumber: '3020/QĐ-UBND', decisionDate: serial('2025-09-01'), authority: 'Chủ tịch UBND tỉnh', award: 'Chiến sĩ thi đua cấp tỉnh', recipientType: 'Cá nhân', quantity: 1, expected: 7020000 },
      { decisionNumber: '3021/QĐ-UBND', decisionDate: serial('2025-09-01'), authority: 'Chủ tịch UBND tỉnh', award: '  Cờ thi đua của UBND tỉnh ', recipientType: 'Tập thể', quantity: 1, expected: 18720000 },
      // Kỷ niệm chương: the decision's amount (within "không quá 0,6"); none before 2024
      { decisionNumber: '88/QĐ-BNNMT', decisionDate: serial('2025-09-01'), authority: 'Bộ trưởng', award: 'Kỷ niệm chương', recipientType: 'Cá nhân', quantity: 2, decidedAmount: 1000000, expected: 1000000 },
      { decisionNumber: '89/QĐ-BNNMT', decisionDate: serial('2025-09-01'), authority: 'Bộ trưởng', award: 'Kỷ niệm chương', recipientType: 'Cá nhân', quantity: 1, expected: '' },
      // a bare kind resolves to nothing: no amount
      { decisionNumber: '90/QĐ-UBND', decisionDate: serial('2025-09-01'), authority: 'Chủ tịch UBND tỉnh', award: 'Bằng khen', recipientType: 'Cá nhân', quantity: 1, expected: '' },
    ];
    await fillTable(sim, 'KhenThuong', rows.map(({ expected: _expected, ...row }) => row));
    const { plan } = await computeSummary(undefined, () => COMPUTE_TIME);
    const computed = plan.computed.tables.KhenThuong.rows;
    expect(computed.map((r) => r['Mức thưởng (đồng)'])).toEqual(rows.map((r) => r.expected));

    const sheets = await recalculated(sim);
    const mismatches: string[] = [];
    computed.forEach((row, i) => {
      for (const [header, expected] of Object.entries(row)) {
        const address = cellOf(sim, 'KhenThuong', header, i);
        const problem = difference(at(sheets, 'Khen thưởng', address), expected);
        if (problem) mismatches.push(`row ${i + 1} ${header}: ${problem}`);
      }
    });
    const awardFigures = plan.summaryPlan.figures.filter((f) => f.key.startsWith('awards.'));
    for (const figure of awardFigures) {
      const problem = difference(at(sheets, SUMMARY_SHEET, figure.address), figure.expected);
      if (problem) mismatches.push(`figure ${figure.key}: ${problem}`);
    }
    expect(mismatches).toEqual([]);
    const figure = (key: string) => awardFigures.find((f) => f.key === key)?.expected;
    // the aliases count under their entry on "Tổng hợp" too
    expect(figure('awards.line.Bằng khen của bộ, ban, ngành, tỉnh.Bộ trưởng, Thủ trưởng cơ quan ngang bộ.collective.count')).toBe(2);
    expect(figure('awards.line.Bằng khen của bộ, ban, ngành, tỉnh.Bộ trưởng, Thủ trưởng cơ quan ngang bộ.individual.count')).toBe(3);
    // who pays: the Sở's own Giấy khen and titles; everything else by the level that decided
    expect(figure('awards.paidBy.unit')).toBe(4 * 540000 + 3 * 2340000 + 10 * 450000);
    expect(figure('awards.total.money')).toBe(rows.reduce((s, r) => s + (r.expected === '' ? 0 : r.expected * Number(r.quantity)), 0));
    expect(figure('awards.paidBy.higher')).toBe(Number(figure('awards.total.money')) - Number(figure('awards.paidBy.unit')));
  });
});
