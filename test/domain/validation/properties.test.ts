import fc from 'fast-check';
import { CATALOGUES, DATA_TABLES } from '../../../src/domain/contract';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../../../src/domain/snapshot';
import { parseVietnameseDate, parseVietnameseNumber, validateWorkbook } from '../../../src/domain/validation';
import { sortFindings } from '../../../src/domain/validation/sortFindings';
import { buildSnapshot, deepFreeze } from '../../helpers/snapshot';

const TRICKY_TEXT = [
  '', ' ', '1.234', '2,5', '2.105,40', '-1', '09/06/2025', '31/02/2025', '2025-13-01', 'Lao động tiên tiến', 'Tập thể',
  'Cá nhân'.normalize('NFD'), 'Hoà', '=SUM(A1)', '#N/A', 'TDKT-2017', '366-QĐ/TW', '09/2099/QĐ-UBND', '\u0000', '🙂', 'a'.repeat(300),
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.double({ noNaN: true }),
  fc.double({ min: 1e15, max: 1e308, noNaN: true }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...TRICKY_TEXT),
);
const rows = fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 12 });

interface TablePatch {
  values: CellValue[][];
  formulas: CellValue[][];
  below: CellValue[][];
  headers: string[] | null;
  present: boolean;
}

const ALL_TABLES = [...DATA_TABLES.map((t) => ({ name: t.name, headers: t.columns.map((c) => c.header) })),
  ...CATALOGUES.map((c) => ({ name: c.name, headers: c.columns.map((x) => x.header) }))];

const tablePatch = (headers: readonly string[]): fc.Arbitrary<TablePatch> =>
  fc.record({
    values: rows,
    formulas: rows,
    below: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 3 }),
    headers: fc.option(
      fc.tuple(fc.shuffledSubarray([...headers]), fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 })).map(([h, extra]) => [...h, ...extra]),
      { nil: null },
    ),
    present: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
  });

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    patches: fc.tuple(...ALL_TABLES.map((t) => tablePatch(t.headers))),
    names: fc.array(cell, { minLength: 5, maxLength: 5 }),
    headerRow: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ patches, names, headerRow }) => {
    const base = buildSnapshot();
    const tables: TableSnapshot[] = [];
    base.tables.forEach((table) => {
      const patch = patches[ALL_TABLES.findIndex((t) => t.name === table.name)];
      if (!patch.present) return;
      tables.push({ ...table, headerRow: table.headerRow + headerRow, values: patch.values, formulas: patch.formulas, below: patch.below, headers: patch.headers ?? table.headers });
    });
    const keys = Object.keys(base.names);
    const namesWithValues = Object.fromEntries(keys.map((k, i) => [k, { ...base.names[k]!, value: names[i], formula: names[i] }]));
    return { ...base, tables, names: namesWithValues };
  });

describe('validateWorkbook on random workbooks', () => {
  it('never throws, never fails a check internally and never changes its input', () => {
    fc.assert(
      fc.property(workbook, fc.option(fc.constantFrom('2023-06-01', '2025-12-31', 'garbage'), { nil: undefined }), (snapshot, today) => {
        const copy = structuredClone(snapshot);
        deepFreeze(snapshot);
        const result = validateWorkbook(snapshot, { today });
        expect(snapshot).toEqual(copy);
        expect(result.findings.filter((f) => f.rule === 'internal.checkFailed')).toEqual([]);
        expect(result.counts.error + result.counts.warning).toBe(result.findings.length);
        for (const f of result.findings) {
          expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
          expect(f.message).not.toBe('');
        }
        expect(sortFindings(result.findings)).toEqual(result.findings);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer twice', () => {
    fc.assert(
      fc.property(workbook, (snapshot) => {
        expect(validateWorkbook(snapshot)).toEqual(validateWorkbook(snapshot));
      }),
      { numRuns: 30 },
    );
  });
});

describe('parsers on random text', () => {
  it('parseVietnameseNumber returns a finite number or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const n = parseVietnameseNumber(text);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
    );
  });

  it('parseVietnameseNumber reads back what the Vietnamese format writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * cents / 100;
        const grouped = Math.abs(whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const text = `${value < 0 ? '-' : ''}${grouped}${cents ? `,${String(cents).padStart(2, '0')}` : ''}`;
        expect(parseVietnameseNumber(text)).toBeCloseTo(value, 6);
      }),
    );
  });

  it('parseVietnameseDate round-trips every real date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        expect(parseVietnameseDate(`${d}/${m}/${y}`)?.iso).toBe(iso);
        expect(parseVietnameseDate(`${Number(d)}.${Number(m)}.${y}`)?.iso).toBe(iso);
      }),
    );
  });
});
