/**
 * `tongket compute` applies the add-in's own plan (planCompute): the same findings, the same
 * respect for a "Tổng hợp" sheet of the user's own and for newer-format workbooks, and only
 * Tổng kết's highlights replaced.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { findingJson } from '../../src/cli/commands/check';
import { findingRows } from '../../src/domain/check/checkSheet';
import { planCompute } from '../../src/domain/compute-plan/planCompute';
import { CHECK_TABLE, ERROR_FILL, FORMAT_VERSION, SUMMARY_MARKER_NAME, SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { parseCell } from '../../src/domain/util/a1';
import { setFormatVersion } from '../../src/workbook/customXml';
import { applyPlan } from '../../src/workbook/applyPlan';
import { findTable, newDocument } from '../../src/workbook/document';
import { EXIT } from '../../src/cli/errors';
import { loadWorkbookFile } from '../../src/workbook/file';
import { clearHighlights } from '../../src/workbook/highlights';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { addChartsToSheet } from '../helpers/chartFixtures';
import { editWorkbook, filledWorkbook, packageText, runCli, withoutDefinedName } from '../helpers/xlsxFixtures';

const NOW = new Date(2025, 11, 20, 14, 30);

/** Every cell of a sheet as exceljs reads it: address, value, formula and style. */
function cellsOf(worksheet: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push({ address: cell.address, value: cell.value, style: cell.style })),
  );
  return cells;
}

async function sheetCells(file: string, sheet: string): Promise<unknown[]> {
  return cellsOf((await loadWorkbookFile(file)).document.workbook.getWorksheet(sheet)!);
}

describe('compute and the add-in plan give the same results', () => {
  let file: string;
  let plan: ReturnType<typeof planCompute>;

  beforeAll(async () => {
    file = await filledWorkbook();
    plan = planCompute(readSnapshot((await loadWorkbookFile(file)).document), { dataValidation: true }, NOW);
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(EXIT.ok);
  });

  it('the fixture has findings of both kinds to compare', () => {
    expect(plan.validation.counts.error).toBeGreaterThan(0);
    expect(plan.validation.counts.warning).toBeGreaterThan(0);
  });

  it('`check --json` after compute lists exactly the findings of planCompute on the same workbook', async () => {
    const check = await runCli(['check', file, '--json'], NOW);
    const parsed = JSON.parse(check.stdout) as { findings: unknown[]; counts: unknown };
    expect(parsed.findings).toEqual(plan.validation.findings.map(findingJson));
    expect(parsed.counts).toEqual(plan.validation.counts);
  });

  it('"Kiểm tra" holds the plan\'s findings', async () => {
    const check = readSnapshot((await loadWorkbookFile(file)).document).tables.find((t) => t.name === CHECK_TABLE.name)!;
    expect(check.values.map((row) => row.map((v) => v ?? ''))).toEqual(findingRows(plan.validation.findings));
  });

  it('every figure of "Tổng hợp" is stored with the value the plan expects', async () => {
    const summary = (await loadWorkbookFile(file)).document.workbook.getWorksheet(SUMMARY_SHEET)!;
    expect(plan.summaryPlan.figures.length).toBeGreaterThan(20);
    for (const figure of plan.summaryPlan.figures) {
      const { row, column } = parseCell(figure.address);
      const cell = summary.getCell(row + 1, column + 1);
      expect({ address: figure.address, formula: `=${cell.formula}` }).toEqual({ address: figure.address, formula: figure.formula });
      // exceljs may read a stored 0 or "" back as no result
      const expected = cell.result === undefined && (figure.expected === 0 || figure.expected === '') ? undefined : figure.expected;
      expect({ address: figure.address, result: cell.result }).toEqual({ address: figure.address, result: expected });
    }
  });
});

describe('a "Tổng hợp" sheet Tổng kết did not create', () => {
  let file: string;
  let before: unknown[];
  let stdout: string;

  beforeAll(async () => {
    file = await filledWorkbook();
    await editWorkbook(file, (document) => {
      const sheet = document.workbook.getWorksheet(SUMMARY_SHEET)!;
      sheet.getCell('A1').value = 'Bảng tổng hợp của phòng';
      sheet.getCell('A1').font = { bold: true, size: 14 };
      sheet.getCell('B3').value = 1234.5;
      sheet.getCell('B3').numFmt = '#,##0.0';
      sheet.getCell('C3').value = { formula: 'B3*2', result: 2469 } as ExcelJS.CellFormulaValue;
      sheet.getCell('A10').value = 'ghi chú riêng';
    });
    await withoutDefinedName(file, SUMMARY_MARKER_NAME);
    before = await sheetCells(file, SUMMARY_SHEET);
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(EXIT.ok);
    stdout = result.stdout;
  });

  it('is left cell for cell as it was', async () => {
    expect(before.length).toBeGreaterThan(3);
    expect(await sheetCells(file, SUMMARY_SHEET)).toEqual(before);
  });

  it('the conflict is printed, and the rest is computed', async () => {
    expect(stdout).toContain(`Xung đột:\n  - [trang "${SUMMARY_SHEET}"] Trang "${SUMMARY_SHEET}" đã có sẵn và không do Tổng kết tạo`);
    const { document } = await loadWorkbookFile(file);
    expect(document.workbook.getWorksheet('Kiểm tra')!.getCell('B2').value).toBe('20/12/2025 14:30');
    expect(readSnapshot(document).tables.find((t) => t.name === 'TTHC')!.showTotals).toBe(true);
  });

  it('its charts are not taken for ours: the workbook is refused, not rewritten', async () => {
    await addChartsToSheet(file, SUMMARY_SHEET);
    const bytes = await fs.readFile(file);
    const result = await runCli(['compute', file], NOW);
    expect(result.code).toBe(EXIT.refused);
    expect(await fs.readFile(file)).toEqual(bytes);
  });
});

describe('a workbook of a newer format', () => {
  it('compute and init print why, write nothing, in place or elsewhere, and exit 2', async () => {
    const file = await filledWorkbook();
    await editWorkbook(file, (document) => setFormatVersion(document.customXml, FORMAT_VERSION + 1));
    const bytes = await fs.readFile(file);
    const out = path.join(path.dirname(file), 'ketqua.xlsx');
    for (const args of [['compute', file], ['compute', file, '-o', out], ['init', file], ['init', file, '-o', out]]) {
      const result = await runCli(args, NOW);
      expect(result.code).toBe(EXIT.refused);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('không ghi tệp nào');
      expect(result.stdout).toContain(`mới hơn phiên bản ${FORMAT_VERSION} của Tổng kết`);
      expect(result.stdout).not.toContain('Kiểm tra:');
    }
    expect(await fs.readFile(file)).toEqual(bytes);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});

describe('highlights', () => {
  const USER_RULE = {
    type: 'cellIs',
    operator: 'greaterThan',
    priority: 1,
    formulae: ['100'],
    style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } },
  };

  it('a conditional format of the user on a TTHC column survives compute, twice', async () => {
    const file = await filledWorkbook();
    await editWorkbook(file, (document) => {
      document.workbook.getWorksheet('TTHC')!.addConditionalFormatting({ ref: 'D4:D8', rules: [USER_RULE as ExcelJS.ConditionalFormattingRule] });
    });
    const highlightCounts: number[] = [];
    for (let run = 0; run < 2; run++) {
      expect((await runCli(['compute', file], NOW)).code).toBe(EXIT.ok);
      const xml = Object.values(await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/)).find((x) => x.includes('<formula>100</formula>'));
      expect(xml).toBeDefined();
      expect(xml).toMatch(/<conditionalFormatting sqref="D4:D8"><cfRule type="cellIs"[^>]*operator="greaterThan"><formula>100<\/formula><\/cfRule><\/conditionalFormatting>/);
      expect(xml!.match(/<cfRule type="cellIs"/g)).toHaveLength(1);
      highlightCounts.push((xml!.match(/<cfRule type="expression"/g) ?? []).length);
    }
    // Tổng kết's own highlights are replaced, not piled up
    expect(highlightCounts[0]).toBeGreaterThan(0);
    expect(highlightCounts[1]).toBe(highlightCounts[0]);
  });

  it('clearHighlights removes only the rules filled with the given colour inside the table body', async () => {
    const file = await filledWorkbook();
    const { document } = await loadWorkbookFile(file);
    const table = findTable(document, 'TTHC')!;
    const worksheet = document.workbook.getWorksheet('TTHC')!;
    const ours = (ref: string) => ({
      ref,
      rules: [{ type: 'expression', priority: 1, formulae: ['D4<0'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${ERROR_FILL.slice(1)}` } } } }],
    });
    const list = (worksheet as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] }).conditionalFormattings;
    list.splice(0, list.length);
    list.push(ours('D4:D8'), { ref: 'E4:E8', rules: [USER_RULE] }, { ref: 'F4:F8', rules: [...ours('F4:F8').rules, USER_RULE] }, ours('Z40:Z41'));
    clearHighlights(worksheet, table, ERROR_FILL.toLowerCase());
    expect(list).toEqual([{ ref: 'E4:E8', rules: [USER_RULE] }, { ref: 'F4:F8', rules: [USER_RULE] }, ours('Z40:Z41')]);
  });
});

describe('a formula written with the result the plan expects', () => {
  it('stores numbers and texts as they are, an error code as an error, and nothing when absent', () => {
    const document = newDocument();
    const cells = [
      [{ formula: '=1+1', cached: 2 }],
      [{ formula: '="a"&"b"', cached: 'ab' }],
      [{ formula: '=1/0', cached: '#DIV/0!' }],
      [{ formula: '=NOW()' }],
    ];
    applyPlan(document, [{ kind: 'addSheet', sheet: 'S' }, { kind: 'writeCells', sheet: 'S', row: 0, column: 0, cells }]);
    const sheet = document.workbook.getWorksheet('S')!;
    expect(['A1', 'A2', 'A3', 'A4'].map((a) => sheet.getCell(a).value)).toEqual([
      { formula: '1+1', result: 2 },
      { formula: '"a"&"b"', result: 'ab' },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { formula: 'NOW()' },
    ]);
  });
});
