/**
 * The two adapters kept in step: the same plans (setup, typed rows, check, compute, the
 * Biểu 06 import, the merge of units' workbooks, last year's figures for the comparison) applied
 * through the simulated Excel (src/excel) and through the .xlsx adapter (src/workbook), then
 * each adapter's own readSnapshot compared, with the number formats, validation, names,
 * column widths, conditional formats and frozen panes each holds. A new plan op joins `PLANS` below; an op one adapter applies differently fails
 * here before it reaches a user.
 */
import { msg, vi } from '../../src/domain/messages';
import type ExcelJS from 'exceljs';
import { checkSheetPlan, checkTableRows, timestampOf } from '../../src/domain/check/checkSheet';
import { highlightPlan } from '../../src/domain/check/highlightRules';
import { planCompute } from '../../src/domain/compute-plan/planCompute';
import { planPreviousYear, readPreviousYear } from '../../src/domain/comparison/previousYear';
import { CATALOGUES, DATA_TABLES, NAMED_CELLS } from '../../src/domain/contract';
import { FORMAT_VERSION, PREVIOUS_SHEET, PREVIOUS_TABLE, SOURCE_TABLE, SUMMARY_SHEET } from '../../src/domain/contract/layout';
import { readBieu06, type ExportReading } from '../../src/domain/import/bieu06';
import { mergeOps, planMerge, readUnitReport, type UnitReport } from '../../src/domain/merge';
import type { PlanOp } from '../../src/domain/setup/ops';
import { planSetup } from '../../src/domain/setup/planSetup';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import { validateWorkbook } from '../../src/domain/validation';
import { applyPlan as applyToExcel } from '../../src/excel/applyPlan';
import { importTthc } from '../../src/excel/importTthc';
import { readSpec } from '../../src/domain/readSpec';
import { detectFeatures } from '../../src/excel/host';
import { readSnapshot as readExcel } from '../../src/excel/readSnapshot';
import { charactersToPoints } from '../../src/excel/styles';
import { applyPlan as applyToFile } from '../../src/workbook/applyPlan';
import { newDocument, type XlsxDocument } from '../../src/workbook/document';
import { importTthcWorkbook } from '../../src/workbook/importTthc';
import { mergeWorkbooks } from '../../src/workbook/merge';
import { readSnapshot as readFile } from '../../src/workbook/readSnapshot';
import { installSim, type Sim } from '../excel/simHost';
import { buildExport, CIRCULAR_EXPORT, FIELDS, type ExportLayout } from '../helpers/bieu06Exports';
import { computeRows } from '../helpers/computedSim';
import { rowValues, tableSpec } from '../helpers/simTables';
import { buildSnapshot, DEFAULT_HEADER, serial } from '../helpers/snapshot';

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
const READ_TABLES = new Set([...DATA_TABLES, ...CATALOGUES, SOURCE_TABLE, PREVIOUS_TABLE].map((t) => t.name));

/** Tables whose number formats and validation are compared, column by column. */
const FORMATTED_TABLES = [...DATA_TABLES.map((t) => t.name), SOURCE_TABLE.name, PREVIOUS_TABLE.name];

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
    FORMATTED_TABLES.flatMap((name) => {
      const info = sim.workbook.getTableInfo(name);
      if (!info) return [];
      const first = /!\$?([A-Z]+)\$?(\d+)/.exec(info.bodyAddress)!;
      const row = Number(first[2]);
      const validations = sim.workbook.dataValidations(info.sheet);
      return [
        [
          name,
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
    FORMATTED_TABLES.flatMap((name) => {
      const table = snapshot.tables.find((t) => t.name === name);
      if (!table) return [];
      const sheet = document.workbook.getWorksheet(table.sheet)!;
      return [
        [
          name,
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

/**
 * Every cell of a sheet outside its tables' bodies too (titles, notes, the summary): a
 * formula cell by its formula, any other by its value, with its number format.
 */
function simSheetCells(sim: Sim, sheet: string): Record<string, unknown> {
  const found = sim.workbook.snapshot().sheets.find((s) => s.name === sheet);
  if (!found) return {};
  const cells: Record<string, unknown> = {};
  for (const [address, cell] of Object.entries(found.cells as Record<string, { value?: unknown; formula?: string; numberFormat?: string }>)) {
    const content = typeof cell.formula === 'string' && cell.formula.startsWith('=') ? cell.formula : cell.value;
    if (content === undefined || content === null || content === '') continue;
    cells[address] = { content, numberFormat: cell.numberFormat ?? 'General' };
  }
  return cells;
}

function fileSheetCells(document: XlsxDocument, sheet: string): Record<string, unknown> {
  const worksheet = document.workbook.getWorksheet(sheet);
  if (!worksheet) return {};
  const cells: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const formula = cell.formula;
      const value = cell.value as unknown;
      const content = formula ? `=${formula}` : value instanceof Date ? value : value && typeof value === 'object' && 'richText' in value ? cell.text : value;
      if (content === undefined || content === null || content === '') return;
      cells[cell.address] = { content, numberFormat: cell.numFmt || 'General' };
    }),
  );
  return cells;
}

function expectSameSheet(pair: Pair, sheet: string): void {
  const sim = simSheetCells(pair.sim, sheet);
  expect(Object.keys(sim).length).toBeGreaterThan(0);
  expect(fileSheetCells(pair.document, sheet)).toEqual(sim);
}

/** The template set up (without its format version if asked), rows typed and the summary computed (if it has one), alike through both adapters. */
async function preparedPair(options: { formatVersion?: boolean } = {}): Promise<Pair> {
  const sim = installSim({ apiVersion: '1.8' });
  const document = newDocument();
  document.workbook.addWorksheet('Sheet1');
  const pair = { sim, document };
  const setup = planSetup((await excelSnapshot()).snapshot, CAPS).ops;
  await applyBoth(pair, options.formatVersion === false ? setup.filter((op) => op.kind !== 'setFormatVersion') : setup);
  await applyBoth(pair, typedRowsPlan((await excelSnapshot()).snapshot));
  // Compute sets the template up too (the format version with it).
  if (options.formatVersion !== false) await computeBoth(pair);
  return pair;
}

async function computeBoth(pair: Pair): Promise<void> {
  await applyBoth(pair, planCompute((await excelSnapshot({ withHighlights: true })).snapshot, CAPS, NOW).ops);
  await expectSame(pair);
}

function readingOf(layout: ExportLayout): ExportReading {
  const read = readBieu06([buildExport(layout).grid], 'bieu06.xlsx');
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.reading;
}

/** A unit's workbook as the merge reads it: the same period as the open workbook, some rows of its own. */
function unit(name: string, file: string, fields: readonly [string, number][], awards = 0): UnitReport {
  const snapshot = buildSnapshot({
    header: { DonViBaoCao: name },
    rows: {
      TTHC: fields.map(([field, online]) => ({ field, online, inPerson: 3, carriedOver: 0, early: online, onTime: 3, late: 0, pendingWithin: 0, pendingOverdue: 0, returned: 0 })),
      ...(awards > 0
        ? { KhenThuong: [{ decisionNumber: '12/QĐ-UBND', decisionDate: serial('2025-02-10'), authority: 'Chủ tịch UBND tỉnh', award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: awards }] }
        : {}),
    },
  });
  return readUnitReport(snapshot, file, file.length.toString(16).padStart(64, '0'));
}

/** Last year's workbook, as the comparison reads it. */
function lastYear(received: number): WorkbookSnapshot {
  return buildSnapshot({
    header: { KyBaoCaoTu: serial('2023-12-15'), KyBaoCaoDen: serial('2024-12-14'), NgayBaoCao: serial('2024-12-20') },
    rows: { TTHC: [{ field: 'Đất đai', online: received, inPerson: 100, carriedOver: 0, early: received, onTime: 100, late: 0, pendingWithin: 0, pendingOverdue: 0, returned: 0 }] },
  });
}

describe('the new commands through both adapters', () => {
  it('Biểu 06 import: the pane\'s import and `tongket import-tthc` leave the same workbook, first import and re-import', async () => {
    const pair = await preparedPair();
    const first = readingOf(CIRCULAR_EXPORT);
    const simFirst = await importTthc(first, undefined, () => NOW);
    const fileFirst = importTthcWorkbook(pair.document, first, NOW);
    expect(fileFirst.refusals).toEqual([]);
    expect(simFirst.plan.refusals).toEqual([]);
    expect(fileFirst.added).toEqual(simFirst.plan.added);
    expect(fileFirst.added.length).toBeGreaterThan(0);
    await expectSame(pair);

    // again: one field's figures changed (rewritten in place), one field new (appended)
    const rows = [...FIELDS.map((f) => (f.name === 'Tài nguyên nước' ? { ...f, online: f.online + 7 } : f)), { ...FIELDS[1], name: 'Lâm nghiệp' }];
    const again = readingOf({ ...CIRCULAR_EXPORT, rows });
    const simAgain = await importTthc(again, undefined, () => NOW);
    const fileAgain = importTthcWorkbook(pair.document, again, NOW);
    expect([fileAgain.added, fileAgain.replaced]).toEqual([simAgain.plan.added, simAgain.plan.replaced]);
    expect(fileAgain.replaced.length).toBeGreaterThan(0);
    await expectSame(pair);
    await computeBoth(pair);
  });

  it('Biểu 06 import into a workbook with its tables but no format version: both set the template up first, then import alike', async () => {
    // The template's every step but the last (the format version): a setup cut short, or tables made by hand.
    const pair = await preparedPair({ formatVersion: false });
    expect((await excelSnapshot()).snapshot.formatVersion).toBeNull();
    expect(readFile(pair.document).formatVersion).toBeNull();
    const reading = readingOf(CIRCULAR_EXPORT);
    const sim = await importTthc(reading, undefined, () => NOW);
    const file = importTthcWorkbook(pair.document, reading, NOW);
    expect([file.refusals, sim.plan.refusals]).toEqual([[], []]);
    expect(file.created).toEqual(sim.created);
    expect(file.added).toEqual(sim.plan.added);
    expect((await excelSnapshot()).snapshot.formatVersion).toBe(FORMAT_VERSION);
    await expectSame(pair);
    await computeBoth(pair);
  });

  it('Biểu 06 import into a workbook of a newer format: both refuse it and write nothing', async () => {
    const pair = await preparedPair();
    await applyBoth(pair, [{ kind: 'setFormatVersion', version: FORMAT_VERSION + 1 }]);
    const before = comparable((await excelSnapshot()).snapshot);
    const reading = readingOf(CIRCULAR_EXPORT);
    const sim = await importTthc(reading, undefined, () => NOW);
    const file = importTthcWorkbook(pair.document, reading, NOW);
    expect(sim.plan.refusals.map(vi)).toEqual([vi(msg('import.newerFormat'))]);
    expect(file.refusals).toEqual([vi(msg('import.newerFormat'))]);
    expect(file.changed).toBe(false);
    expect(comparable((await excelSnapshot()).snapshot)).toEqual(before);
    await expectSame(pair);
  });

  it('merge: the pane\'s plan steps and `tongket merge`\'s row moves leave the same workbook, first merge and a re-sent unit', async () => {
    const pair = await preparedPair();
    const a = unit('Phòng Hành chính', 'phong-a.xlsx', [['Đất đai', 100], ['Môi trường', 20]], 3);
    const b = unit('Chi cục Thủy lợi', 'chi-cuc.xlsx', [['Thủy lợi', 7]]);
    const bCorrected = unit('Chi cục Thủy lợi', 'chi-cuc-sua.xlsx', [['Thủy lợi', 9], ['Đê điều', 4]]);
    const c = unit('Trung tâm Quan trắc', 'trung-tam.xlsx', [['Quan trắc', 40]], 2);

    const mergeBoth = async (units: UnitReport[]) => {
      const snapshot = (await excelSnapshot()).snapshot;
      const planned = planMerge(snapshot, units, NOW);
      if (!planned.ok) throw new Error(planned.refusals.join('\n'));
      await Excel.run(async (context) => {
        const read = await readExcel(context, readSpec('merge'), detectFeatures());
        await applyToExcel(context, mergeOps(read.snapshot, planned.plan), { formatPartId: read.formatPartId });
      });
      const merged = mergeWorkbooks(pair.document, units, NOW);
      if (!merged.ok) throw new Error(merged.refusals.join('\n'));
      expect(merged.plan.changes).toEqual(planned.plan.changes);
      await expectSame(pair);
    };
    await mergeBoth([a, b]);
    expect((await excelSnapshot()).snapshot.tables.find((t) => t.name === SOURCE_TABLE.name)?.values.length).toBe(2);
    await mergeBoth([bCorrected, c]);
    await computeBoth(pair);
  });

  it('So sánh với năm trước: "Năm trước" written, then rewritten, and the summary computed, alike through both', async () => {
    const pair = await preparedPair();
    const compare = async (previous: WorkbookSnapshot, file: string) => {
      const snapshot = (await excelSnapshot()).snapshot;
      const outcome = readPreviousYear(snapshot, previous, file);
      if (!outcome.ok) throw new Error(vi(outcome.refusal));
      expect(outcome.previous.rows.length).toBeGreaterThan(0);
      await applyBoth(pair, planPreviousYear(snapshot, outcome.previous, file));
      await expectSame(pair);
      expectSameSheet(pair, PREVIOUS_SHEET);
    };
    await compare(lastYear(250), 'so-2024.xlsx');
    await computeBoth(pair);
    expectSameSheet(pair, SUMMARY_SHEET);
    await compare(lastYear(180), 'so-2024-sua.xlsx');
    await computeBoth(pair);
    expectSameSheet(pair, SUMMARY_SHEET);
  });
});
