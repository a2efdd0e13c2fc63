import { promises as fs } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import { textLiteral } from '../../src/domain/formula/structuredRefs';
import { DATA_TABLES } from '../../src/domain/contract/tables';
import type { CellValue } from '../../src/domain/snapshot';
import { cellAt } from '../../src/workbook/applyPlan';
import { cellValue } from '../../src/workbook/cellValue';
import { computeWorkbook } from '../../src/workbook/compute';
import { findTable, type XlsxDocument } from '../../src/workbook/document';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/workbook/file';
import { columnIndexOf, tableGeometry } from '../../src/workbook/tableGeometry';
import { escapeXstring, unescapeXstring } from '../../src/workbook/xstring';
import { editWorkbook, packageText, runCli, tempDir, typeRows, withParts } from '../helpers/xlsxFixtures';

/**
 * Every cell the user typed survives "Tính tổng hợp" on a file identical in value and type:
 * text with control characters (stored by Excel as `_xHHHH_`), text that looks like such an
 * escape, spaces, any Unicode, numbers of any size, booleans, dates, blanks.
 */

const NOW = new Date(2025, 11, 20, 9, 30);

/** The typed cells of the data tables: sheet!address → value as Excel gives it and its type. */
function typedCells(document: XlsxDocument): Map<string, { value: CellValue; type: string }> {
  const cells = new Map<string, { value: CellValue; type: string }>();
  for (const spec of DATA_TABLES) {
    const table = findTable(document, spec.name);
    if (!table) throw new Error(`no table ${spec.name}`);
    const worksheet = document.workbook.getWorksheet(table.sheet)!;
    const g = tableGeometry(table);
    for (const column of spec.columns.filter((c) => c.kind === 'input')) {
      const index = columnIndexOf(table, column.header);
      if (index === undefined) continue;
      for (let row = g.firstDataRow; row <= g.lastDataRow; row++) {
        const cell: ExcelJS.Cell = cellAt(worksheet, row, g.firstColumn + index);
        const value = cellValue(cell);
        cells.set(`${table.sheet}!${cell.address}`, { value, type: value === null ? 'blank' : typeof value });
      }
    }
  }
  return cells;
}

async function computeFile(file: string): Promise<void> {
  const { document } = await loadWorkbookFile(file);
  const result = computeWorkbook(document, NOW);
  expect(result.changed).toBe(true);
  await saveWorkbookFile(document, file);
}

describe('_xHHHH_ escapes', () => {
  it.each([
    ['a\u0001b', 'a_x0001_b'],
    ['dòng 1\r\ndòng 2', 'dòng 1_x000D_\ndòng 2'],
    ['_x0041_', '_x005F_x0041_'],
    ['_x00e9_ và _x', '_x005F_x00e9_ và _x'],
    ['\u007f\uffff', '_x007F__xFFFF_'],
    ['Hoà bình 🙂\t', 'Hoà bình 🙂\t'],
  ])('%j is stored as %j and read back', (text, stored) => {
    expect(escapeXstring(text)).toBe(stored);
    expect(unescapeXstring(stored)).toBe(text);
  });
});

describe('a typed control character in a formula criterion', () => {
  it.each([
    ['Cá nhân', '"Cá nhân"'],
    ['a\u0007b', '"a"&CHAR(7)&"b"'],
    ['\u0001"', 'CHAR(1)&""""'],
    ['\ufffe\u0000', 'UNICHAR(65534)&UNICHAR(0)'],
  ])('%j is written %s', (text, literal) => {
    expect(textLiteral(text)).toBe(literal);
  });
});

describe('typed text stored as Excel stores it survives compute byte for byte', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'kytu.xlsx');
    await runCli(['init', file]);
    await editWorkbook(file, (document) => {
      typeRows(document, 'KhenThuong', [
        { decisionNumber: '1/QĐ', note: 'PLACEHOLDER-CONTROL' },
        { decisionNumber: '2/QĐ', note: 'PLACEHOLDER-LITERAL' },
        { decisionNumber: '3/QĐ', note: 'PLACEHOLDER-INLINE' },
      ]);
    });
    // The shared strings as Excel writes them; the third cell as an inline string (other tools).
    const strings = Object.values(await packageText(file, /^xl\/sharedStrings\.xml$/))[0];
    const sheets = await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/);
    const index = (text: string) => [...strings.matchAll(/<si>([\s\S]*?)<\/si>/g)].findIndex((m) => m[1].includes(text));
    const inline = index('PLACEHOLDER-INLINE');
    const awards = Object.entries(sheets).find(([, xml]) => xml.includes('KhenThuong[[#Headers],[STT]]'))!;
    const inlineCell = new RegExp(`<c ((?:[^>"]|"[^"]*")*?) t="s"><v>${inline}</v></c>`);
    expect(awards[1]).toMatch(inlineCell);
    await withParts(file, {
      'xl/sharedStrings.xml': strings
        .replace('PLACEHOLDER-CONTROL', 'Chuông_x0007_ và về đầu dòng_x000D_')
        .replace('PLACEHOLDER-LITERAL', '_x005F_x0041_ là chữ, không phải A'),
      [awards[0]]: awards[1].replace(
        inlineCell,
        '<c $1 t="inlineStr"><is><t>Tab_x0009_và_x001F_</t></is></c>',
      ),
    });
  });

  it('reads the texts as Excel shows them', async () => {
    const { document } = await loadWorkbookFile(file);
    const notes = [...typedCells(document).values()].map((c) => c.value).filter((v) => typeof v === 'string' && /Chuông|là chữ|Tab/.test(v));
    expect(notes).toEqual(['Chuông\u0007 và về đầu dòng\r', '_x0041_ là chữ, không phải A', 'Tab\tvà\u001f']);
  });

  it('compute keeps the stored escapes and the values', async () => {
    const { document } = await loadWorkbookFile(file);
    const before = typedCells(document);
    await computeFile(file);
    const strings = Object.values(await packageText(file, /^xl\/sharedStrings\.xml$/))[0];
    expect(strings).toContain('<t>Chuông_x0007_ và về đầu dòng_x000D_</t>');
    expect(strings).toContain('<t>_x005F_x0041_ là chữ, không phải A</t>');
    const after = typedCells((await loadWorkbookFile(file)).document);
    expect(after).toEqual(before);
    expect([...after.values()].some((c) => c.value === 'Tab\tvà\u001f')).toBe(true);
  });
});

/** Text with what tends to break: control characters, escapes-lookalikes, spaces, astral characters. */
const CHARACTER = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  fc.constantFrom('\u007f', '\ufffe', '\uffff', ' ', '\u00a0', '\u3000', 'ệ', 'Hoà'.normalize('NFD'), '🙂', '𠀀'),
  fc.constantFrom('_x0041_', '_x005F_', '_x000D_', '_x00e9_', '_x', '_'),
);
const TEXT = fc.array(CHARACTER, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const TYPED: fc.Arbitrary<CellValue | Date> = fc.oneof(
  { weight: 4, arbitrary: TEXT },
  fc.constantFrom(' a', 'b ', '  ', '0', '=1+1', "'x", 'TRUE'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 0, 1e308, -1e-308, 5e-324, 2 ** 53 + 2, 0.1 + 0.2, 123456789.123456),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map(
    (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
  ),
  fc.constant(null),
);

/** Fractions of a day as Excel stores times: any, whole seconds, near midnight, below a millisecond. */
const DAY_FRACTION = fc.oneof(
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  fc.integer({ min: 0, max: 86_399 }).map((s) => s / 86_400),
  fc.integer({ min: 0, max: 86_399_999 }).map((ms) => ms / 86_400_000),
  fc.constantFrom(1 - 1 / 86_400, 1 - 1 / 86_400_000, 1 - 2 ** -20, 1 - Number.EPSILON, 0.5 / 86_400_000, 1e-12, 23 / 24 + 59 / 1440 + 59.5 / 86_400),
);

/**
 * In a date column: whole days and date-times (a serial with a fraction of a day), as Excel
 * stores them. exceljs reads a date-formatted number as a JavaScript Date (millisecond
 * precision); the file adapter must still give back the very number stored.
 */
const TYPED_IN_DATE_COLUMN: fc.Arbitrary<CellValue | Date> = fc.oneof(
  { weight: 2, arbitrary: TEXT },
  fc.integer({ min: 0, max: 2958465 }),
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 2958465 }), DAY_FRACTION).map(([day, fraction]) => day + fraction) },
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
  fc.constantFrom(-0, 0),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map(
    (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
  ),
  fc.constant(null),
);

/** Random rows for the input columns of the data tables. */
const WORKBOOK = fc.record(
  Object.fromEntries(
    DATA_TABLES.map((spec) => {
      const inputs = spec.columns.filter((c) => c.kind === 'input' && !c.optional);
      const row = fc.record(Object.fromEntries(inputs.map((c) => [c.key, c.type === 'date' ? TYPED_IN_DATE_COLUMN : TYPED])) as Record<string, fc.Arbitrary<CellValue | Date>>);
      return [spec.name, fc.array(row, { maxLength: 3 })];
    }),
  ) as Record<string, fc.Arbitrary<Record<string, CellValue | Date>[]>>,
);

/** Excel carries a table column's number format into the rows typed under it: the date columns' cells read as dates. */
function dateFormatted(document: XlsxDocument, tableName: string, rows: number): void {
  const spec = DATA_TABLES.find((t) => t.name === tableName)!;
  const table = findTable(document, tableName)!;
  const worksheet = document.workbook.getWorksheet(table.sheet)!;
  const g = tableGeometry(table);
  for (const column of spec.columns.filter((c) => c.type === 'date' && c.kind === 'input')) {
    const index = columnIndexOf(table, column.header)!;
    for (let row = 0; row < rows; row++) cellAt(worksheet, g.firstDataRow + row, g.firstColumn + index).numFmt = column.numberFormat;
  }
}

describe('date-times typed in a date column (a fraction of a day)', () => {
  it('keep their stored serial exactly when read and through compute (exceljs would round them to the millisecond)', async () => {
    const file = path.join(await tempDir(), 'ngaygio.xlsx');
    await runCli(['init', file]);
    // found by the property test below: 19.73637980324074 came back 19.736379803242016
    const serials = [19.73637980324074, 45000.123456789, 45000 + 1 - 1 / 86_400_000 / 3, 1065157.3859722223, 2958465.9999999];
    await editWorkbook(file, (document) => {
      typeRows(document, 'KhenThuong', serials.map((decisionDate) => ({ decisionDate })));
      dateFormatted(document, 'KhenThuong', serials.length);
    });
    const dates = (cells: Map<string, { value: CellValue; type: string }>) =>
      [...cells].filter(([at]) => at.startsWith('Khen thưởng!C')).map(([, c]) => c.value).slice(0, serials.length);
    const header = DATA_TABLES.find((t) => t.name === 'KhenThuong')!.columns.findIndex((c) => c.key === 'decisionDate');
    expect(header).toBe(2);
    expect(dates(typedCells((await loadWorkbookFile(file)).document))).toEqual(serials);
    await computeFile(file);
    expect(dates(typedCells((await loadWorkbookFile(file)).document))).toEqual(serials);
    // the stored XML holds the numbers as typed
    const sheets = Object.values(await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/)).join('');
    for (const serial of serials) expect(sheets).toContain(`<v>${serial}</v>`);
  });
});

describe('property: every typed cell survives compute', () => {
  let template: Buffer;
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    const file = path.join(dir, 'mau.xlsx');
    await runCli(['init', file]);
    template = await fs.readFile(file);
  });

  it('random workbooks keep every typed value and its type through compute via the file adapter', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(WORKBOOK, async (rows) => {
        const file = path.join(dir, `ngaunhien${n++}.xlsx`);
        await fs.writeFile(file, template);
        let typed = new Map<string, { value: CellValue; type: string }>();
        await editWorkbook(file, (document) => {
          for (const [table, tableRows] of Object.entries(rows)) {
            if (tableRows.length === 0) continue;
            typeRows(document, table, tableRows);
            dateFormatted(document, table, tableRows.length);
          }
          typed = typedCells(document);
        });
        // What was typed is what the file holds (Excel keeps no negative zero)…
        const stored = typedCells((await loadWorkbookFile(file)).document);
        const expected = new Map([...typed].map(([at, c]) => [at, Object.is(c.value, -0) ? { value: 0, type: c.type } : c]));
        expect(stored).toEqual(expected);
        // …and compute leaves every one of them as it was.
        await computeFile(file);
        expect(typedCells((await loadWorkbookFile(file)).document)).toEqual(stored);
        await fs.rm(file);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 5), seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), endOnFailure: process.env.FC_END === '1' },
    );
  });
});
