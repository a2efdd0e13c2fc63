import { TTHC } from '../../src/domain/contract';
import { FORMULA_CELL } from '../../src/domain/snapshot';
import { readSpec } from '../../src/domain/readSpec';
import { detectFeatures } from '../../src/excel/host';
import { areaRows, readSnapshot } from '../../src/excel/readSnapshot';
import { createTemplate } from '../../src/excel/setup';
import { installSim } from './simHost';

const LIMIT = 5 * 1024 * 1024;

async function addTthcRows(count: number, note: (i: number) => string): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) =>
    TTHC.columns.map((c) => {
      if (c.kind !== 'input') return null;
      if (c.key === 'field') return `Lĩnh vực ${i + 1}`;
      if (c.key === 'note') return note(i);
      return c.type === 'integer' ? (i % 7) + 1 : null;
    }),
  );
  // Typed in pieces, as a paste of this size would have to be (300 rows, under 3 MB).
  for (let start = 0, end = 0; start < count; start = end) {
    let bytes = 0;
    for (end = start; end < count && end - start < 300 && bytes < 3_000_000; end++) bytes += JSON.stringify(rows[end]).length * 2;
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('TTHC');
      const piece = rows.slice(start, end) as (string | number)[][];
      if (start === 0) {
        table.getDataBodyRange().getRow(0).values = [piece[0]];
        if (piece.length > 1) table.rows.add(undefined, piece.slice(1));
      } else table.rows.add(undefined, piece);
      await context.sync();
    });
  }
}

describe('reading the workbook in one batch', () => {
  it('lists the rows of RangeAreas addresses, quoted sheet names included', () => {
    expect(areaRows("TTHC!C5,TTHC!C9:C11")).toEqual([4, 8, 9, 10]);
    expect(areaRows("'Cắt giảm, TTHC'!$F$4:$F$5,'Cắt giảm, TTHC'!F8")).toEqual([3, 4, 7]);
  });

  it('tells formula cells from typed-over ones without reading every formula (ExcelApi 1.9)', async () => {
    const sim = installSim({ apiVersion: '1.17' });
    await createTemplate();
    await addTthcRows(50, () => '');
    sim.workbook.setCell('TTHC', 'C10', 777);
    sim.counters.reset();
    const { snapshot } = await Excel.run((context) => readSnapshot(context, readSpec('import'), detectFeatures()));
    const table = snapshot.tables.find((t) => t.name === 'TTHC')!;
    const received = table.headers.indexOf('Tổng số nhận');
    expect(table.formulas[6][received]).toBe(777); // row 10 of the sheet is data row 6
    expect(table.formulas[5][received]).toBe(FORMULA_CELL);
    const row = table.values[5].map(Number);
    expect(row[received]).toBe(row[3] + row[4] + row[5]);
    // Responses stay small: no formula text crosses the wire.
    expect(Math.max(...sim.counters.requests.map((r) => r.bytes))).toBeLessThan(LIMIT);
  });

  it('reads formulas themselves on ExcelApi 1.7, with the same result', async () => {
    installSim({ apiVersion: '1.7' });
    await createTemplate();
    await addTthcRows(20, () => '');
    const { snapshot } = await Excel.run((context) => readSnapshot(context, readSpec('import'), detectFeatures()));
    const table = snapshot.tables.find((t) => t.name === 'TTHC')!;
    const received = table.headers.indexOf('Tổng số nhận');
    expect(String(table.formulas[3][received])).toMatch(/^=SUM\(/);
  });

  it('reads again in smaller pieces when long texts make a response exceed 5 MB', async () => {
    const sim = installSim();
    await createTemplate();
    const long = 'Hồ sơ chuyển từ hệ thống một cửa; ghi chú chi tiết. '.repeat(80);
    await addTthcRows(1500, (i) => `${i}: ${long}`);
    sim.counters.reset();
    const { snapshot, syncs } = await Excel.run((context) => readSnapshot(context, readSpec('import'), detectFeatures()));
    const table = snapshot.tables.find((t) => t.name === 'TTHC')!;
    expect(table.values).toHaveLength(1500);
    expect(String(table.values[1499][table.headers.indexOf('Ghi chú')])).toMatch(/^1499: /);
    expect(syncs).toBeGreaterThan(3);
  });

  it('sizes the first batch by the rows sampled with the geometry: long notes in as few round trips as their bytes need', async () => {
    const sim = installSim();
    await createTemplate();
    // About 7.6 MB of notes: a guess of a few bytes a cell would ask for a first batch over 5 MB.
    const long = 'Hồ sơ chuyển từ hệ thống một cửa; ghi chú chi tiết. '.repeat(80);
    await addTthcRows(1500, (i) => `${i}: ${long}`);
    sim.counters.reset();
    const { snapshot, syncs } = await Excel.run((context) => readSnapshot(context, readSpec('check'), detectFeatures()));
    const table = snapshot.tables.find((t) => t.name === 'TTHC')!;
    expect(table.values).toHaveLength(1500);
    expect(table.values.map((row) => String(row[table.headers.indexOf('Ghi chú')]).split(':')[0])).toEqual(Array.from({ length: 1500 }, (_, i) => String(i)));
    const responses = sim.counters.requests.map((r) => r.responseBytes);
    const total = responses.reduce((sum, b) => sum + b, 0);
    // No request refused, each response filled close to the limit: the geometry, then ⌈bytes ÷ 5 MB⌉ batches.
    expect({ syncs, counted: sim.counters.syncs, largest: Math.max(...responses) <= LIMIT }).toEqual({ syncs: Math.ceil(total / LIMIT) + 1, counted: syncs, largest: true });
  });

  it('reads a workbook that lacks a data table in one round trip more, the sample left out', async () => {
    const sim = installSim();
    await createTemplate();
    await addTthcRows(40, () => 'ghi chú');
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('ChiTieu').delete();
      await context.sync();
    });
    sim.counters.reset();
    const { snapshot, syncs } = await Excel.run((context) => readSnapshot(context, readSpec('check'), detectFeatures()));
    expect(snapshot.tables.map((t) => t.name)).not.toContain('ChiTieu');
    expect(snapshot.tables.find((t) => t.name === 'TTHC')!.values).toHaveLength(40);
    // the geometry with the sample (refused: no such table), the geometry alone, the rows
    expect({ syncs, counted: sim.counters.syncs }).toEqual({ syncs: 3, counted: 3 });
  });

  it('reads a later batch again with half its rows when rows further down are longer than those measured', async () => {
    // ExcelApi 1.9+: formula cells listed, not read as text, so what is delivered is the values.
    const sim = installSim({ apiVersion: '1.17' });
    await createTemplate();
    // The first batch (guessed sizes) takes the short rows; the next, sized by them, meets 170
    // notes of 30,000 characters (6.8 MB) and is read again in smaller pieces.
    const long = 'Hồ sơ chuyển từ hệ thống một cửa; ghi chú chi tiết. '.repeat(570);
    await addTthcRows(11_900, (i) => (i >= 11_730 ? `${i}: ${long}` : ''));
    sim.counters.reset();
    const { snapshot } = await Excel.run((context) => readSnapshot(context, readSpec('import'), detectFeatures()));
    const table = snapshot.tables.find((t) => t.name === 'TTHC')!;
    expect(table.values).toHaveLength(11_900);
    expect(String(table.values[11_899][table.headers.indexOf('Ghi chú')])).toMatch(/^11899: Hồ sơ/);
    expect(table.values[11_000][table.headers.indexOf(TTHC.columns.find((c) => c.key === 'field')!.header)]).toBe('Lĩnh vực 11001');
    // Nothing already delivered is read again: the refused batch is read in smaller pieces,
    // the short rows before it are not (reading everything again delivers them twice).
    const delivered = sim.counters.requests.filter((r) => r.responseBytes <= LIMIT).reduce((sum, r) => sum + r.responseBytes, 0);
    const dataBytes = new TextEncoder().encode(JSON.stringify(table.values)).length;
    expect(delivered).toBeLessThan(dataBytes * 1.1);
  });
});
