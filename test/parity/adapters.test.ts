/**
 * The two adapters kept in step: the same plans (setup, typed rows, check, compute) applied
 * through the simulated Excel (src/excel) and through the .xlsx adapter (src/workbook), then
 * each adapter's own readSnapshot compared, with the number formats, validation, names,
 * column widths, conditional formats and frozen panes each holds. A new plan op joins `PLANS` below; an op one adapter applies differently fails
 * here before it reaches a user.
 */
import type ExcelJS from 'exceljs';
import { checkSheetPlan, checkTableRows, timestampOf } from '../../src/domain/check/checkSheet';
import { highlightPlan } from '../../src/domain/check/highlightRules';
import { planCompute } from '../../src/domain/compute-plan/planCompute';
import { CATALOGUES, DATA_TABLES, NAMED_CELLS } from '../../src/domain/contract';
import type { PlanOp } from '../../src/domain/setup/ops';
import { planSetup } from '../../src/domain/setup/planSetup';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import { validateWorkbook } from '../../src/domain/validation';
import { applyPlan as applyToExcel } from '../../src/excel/applyPlan';
import { readSpec } from '../../src/domain/readSpec';
import { detectFeatures } from '../../src/excel/host';
import { readSnapshot as readExcel } from '../../src/excel/readSnapshot';
import { charactersToPoints } from '../../src/excel/styles';
import { applyPlan as applyToFile } from '../../src/workbook/applyPlan';
import { newDocument, type XlsxDocument } from '../../src/workbook/document';
import { readSnapshot as readFile } from '../../src/workbook/readSnapshot';
import { installSim, type Sim } from '../excel/simHost';
import { computeRows } from '../helpers/computedSim';
import { rowValues, tableSpec } from '../helpers/simTables';
import { DEFAULT_HEADER } from '../helpers/snapshot';

const NOW = new Date(2025, 11, 20, 14, 30);
// ExcelApi 1.8: native validation, and formulas read as text (no special-cells shortcut)
const CAPS = { dataValidation: true };

interface Pair {
  sim: Sim;
  document: XlsxDocument;
}

async function excelSnapshot(options: { withHighlights?: boolean } = {}) {
  return Excel.run(async (context) => readExcel(context, readSpec(options.withHighlights ? 'check' : 'import'), detectFeatures()));
}

/** Applies `ops` through both adapters. */
async function applyBoth(pair: Pair, ops: readonly PlanOp[]): Promise<void> {
  await Excel.run(async (context) => {
    const read = await readExcel(context, readSpec('check'), detectFeatures());
    await applyToExcel(context, ops, { formatPartId: read.formatPartId, highlights: read.highlights });
  });
  applyToFile(pair.document, ops);
}

const empty = (v: CellValue | undefined) => (v === '' || v === undefined ? null : v);

/** Tables whose cells the domain reads; the others (KiemTra, the user's) are only located. */
const READ_TABLES = new Set([...DATA_TABLES, ...CATALOGUES].map((t) => t.name));

/** What the domain is given, as comparable data: formula cells by formula, others by value. */
function comparable(snapshot: WorkbookSnapshot) {
  return {
    sheets: snapshot.sheets,
    formatVersion: snapshot.formatVersion,
    names: Object.fromEntries(
      Object.entries(snapshot.names)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, cell]) => [name, cell && { sheet: cell.sheet, row: cell.row, column: cell.column, formula: empty(cell.formula) }]),
    ),
    tables: snapshot.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      headerRow: t.headerRow,
      firstColumn: t.firstColumn,
      headers: t.headers,
      showTotals: t.showTotals,
      rows: t.values.length,
      hiddenRows: READ_TABLES.has(t.name) ? t.hiddenRows : null,
      cells: !READ_TABLES.has(t.name) ? null : t.formulas.map((row, r) =>
        row.map((formula, c) => (typeof formula === 'string' && formula.startsWith('=') ? formula : empty(t.values[r]?.[c]))),
      ),
    })),
  };
}

/** Number formats of each contract table's first data row and the validation type of each column. */
function simFormats(sim: Sim) {
  return Object.fromEntries(
    DATA_TABLES.flatMap((spec) => {
      const info = sim.workbook.getTableInfo(spec.name);
      if (!info) return [];
      const first = /!\$?([A-Z]+)\$?(\d+)/.exec(info.bodyAddress)!;
      const row = Number(first[2]);
      const validations = sim.workbook.dataValidations(info.sheet);
      return [
        [
          spec.name,
          info.headers.map((header, i) => {
            const address = `${letter(columnNumber(first[1]) + i)}${row}`;
            const validation = validations.find((v) => covers(v.address, address));
            return { header, numberFormat: sim.workbook.getCell(info.sheet, address).numberFormat, validation: validation?.type ?? null };
          }),
        ],
      ];
    }),
  );
}

function fileFormats(document: XlsxDocument) {
  const snapshot = readFile(document);
  return Object.fromEntries(
    DATA_TABLES.flatMap((spec) => {
      const table = snapshot.tables.find((t) => t.name === spec.name);
      if (!table) return [];
      const sheet = document.workbook.getWorksheet(table.sheet)!;
      return [
        [
          spec.name,
          table.headers.map((header, i) => {
            const cell: ExcelJS.Cell = sheet.getCell(table.headerRow + 2, table.firstColumn + i + 1);
            const type = cell.dataValidation?.type;
            return { header, numberFormat: cell.numFmt || 'General', validation: type ? fileValidationType(type) : null };
          }),
        ],
      ];
    }),
  );
}

function fileValidationType(type: string): string {
  return { whole: 'WholeNumber', decimal: 'Decimal', date: 'Date', list: 'List', custom: 'Custom' }[type] ?? type;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function letter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function covers(rect: string, address: string): boolean {
  const [from, to = from] = rect.replace(/^.*!/, '').replace(/\$/g, '').split(':');
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { col: columnNumber(m[1]), row: Number(m[2]) };
  };
  const a = parse(from);
  const b = parse(to);
  const x = parse(address);
  return x.col >= a.col && x.col <= b.col && x.row >= a.row && x.row <= b.row;
}

/** Columns looked at for widths: every contract sheet's tables, catalogues and list ranges lie within. */
const WIDTH_COLUMNS = 80;

/** Per sheet: the widths set (in points, as Office.js sets them), the frozen panes, the conditional formats. */
function simLayout(sim: Sim) {
  return Object.fromEntries(
    sim.workbook.sheetNames().map((sheet) => [
      sheet,
      {
        widths: Array.from({ length: WIDTH_COLUMNS }, (_, i) => sim.workbook.columnWidth(sheet, letter(i + 1)) ?? null),
        frozen: { rows: sim.workbook.getFrozenRows(sheet), columns: sim.workbook.getFrozenColumns(sheet) },
        conditionalFormats: sim.workbook
          .conditionalFormats(sheet)
          .map((cf) => ({ address: cf.address, type: cf.type, formula: cf.formula, fill: cf.fill?.toUpperCase() ?? null }))
          .sort(byAddressAndFormula),
      },
    ]),
  );
}

interface FileConditionalFormatting {
  ref: string;
  rules: { type?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
}

function fileLayout(document: XlsxDocument) {
  return Object.fromEntries(
    document.workbook.worksheets.map((worksheet) => {
      const view = worksheet.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      const frozen = view?.state === 'frozen';
      const formattings = (worksheet as unknown as { conditionalFormattings?: FileConditionalFormatting[] }).conditionalFormattings ?? [];
      return [
        worksheet.name,
        {
          widths: Array.from({ length: WIDTH_COLUMNS }, (_, i) => {
            const width = worksheet.getColumn(i + 1).width;
            return width === undefined ? null : charactersToPoints(width);
          }),
          frozen: { rows: frozen ? (view?.ySplit ?? 0) : 0, columns: frozen ? (view?.xSplit ?? 0) : 0 },
          conditionalFormats: formattings
            .flatMap((f) =>
              f.rules.map((rule) => ({
                address: f.ref,
                type: rule.type === 'expression' ? 'Custom' : String(rule.type),
                formula: `=${rule.formulae?.[0] ?? ''}`,
                fill: rule.style?.fill?.bgColor?.argb ? `#${rule.style.fill.bgColor.argb.slice(2).toUpperCase()}` : null,
              })),
            )
            .sort(byAddressAndFormula),
        },
      ];
    }),
  );
}

function byAddressAndFormula(a: { address: string; formula: string }, b: { address: string; formula: string }): number {
  return a.address.localeCompare(b.address) || a.formula.localeCompare(b.formula);
}

async function expectSame(pair: Pair): Promise<void> {
  const excel = await excelSnapshot();
  expect(comparable(readFile(pair.document))).toEqual(comparable(excel.snapshot));
  expect(fileFormats(pair.document)).toEqual(simFormats(pair.sim));
  expect(fileLayout(pair.document)).toEqual(simLayout(pair.sim));
}

/** Typed rows as a plan: each contract table's body replaced by the rows a clerk types. */
function typedRowsPlan(snapshot: WorkbookSnapshot): PlanOp[] {
  const header: PlanOp[] = NAMED_CELLS.flatMap((spec) => {
    const cell = snapshot.names[spec.name];
    const value = DEFAULT_HEADER[spec.name as keyof typeof DEFAULT_HEADER];
    if (!cell || spec.kind !== 'input') return [];
    return [{ kind: 'writeCells' as const, sheet: cell.sheet, row: cell.row, column: cell.column, cells: [[{ value, numberFormat: spec.numberFormat }]] }];
  });
  const rows = Object.entries(computeRows()).map(([name, tableRows]): PlanOp => {
    const spec = tableSpec(name);
    const table = snapshot.tables.find((t) => t.name === name)!;
    return {
      kind: 'replaceTableRows',
      table: name,
      existingRows: table.values.length,
      rows: tableRows.map((row) => rowValues(spec, row).map((v, i) => (spec.columns[i].kind === 'input' ? v : null))),
    };
  });
  return [...header, ...rows];
}

describe('the Office.js and .xlsx adapters apply the same plans alike', () => {
  it('setup, typed rows, check and compute read back the same through both', async () => {
    const sim = installSim({ apiVersion: '1.8' });
    const document = newDocument();
    document.workbook.addWorksheet('Sheet1');
    const pair = { sim, document };

    const setup = planSetup((await excelSnapshot()).snapshot, CAPS);
    await applyBoth(pair, setup.ops);
    await expectSame(pair);
    // The layout compared is there to compare: widths set and headers frozen on the data sheets.
    const layout = Object.values(simLayout(sim));
    expect(layout.filter((l) => l.widths.some((w) => w !== null)).length).toBeGreaterThanOrEqual(DATA_TABLES.length);
    expect(layout.filter((l) => l.frozen.rows > 0).length).toBeGreaterThanOrEqual(DATA_TABLES.length);

    await applyBoth(pair, typedRowsPlan((await excelSnapshot()).snapshot));
    const typed = (await excelSnapshot()).snapshot;

    const result = validateWorkbook(typed, { today: '2025-12-20' });
    await applyBoth(pair, [...checkSheetPlan(checkTableRows(typed), result.findings, result.counts, timestampOf(NOW)), ...highlightPlan(typed)]);
    await expectSame(pair);
    expect(Object.values(simLayout(sim)).flatMap((l) => l.conditionalFormats).length).toBeGreaterThanOrEqual(DATA_TABLES.length);

    const compute = planCompute((await excelSnapshot({ withHighlights: true })).snapshot, CAPS, NOW);
    await applyBoth(pair, compute.ops);
    await expectSame(pair);
  });
});
