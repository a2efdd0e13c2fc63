import { promises as fs } from 'fs';
import { computeTables } from '../../src/domain/compute';
import { DATA_TABLES } from '../../src/domain/contract/tables';
import { summarize, summarySheetPlan } from '../../src/domain/report';
import { validateWorkbook } from '../../src/domain/validation';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/workbook/file';
import { readSnapshot } from '../../src/workbook/readSnapshot';
import { libreOfficeFilters, recalculate } from '../helpers/libreoffice';
import { addFilteredSheet, editWorkbook, filledWorkbook, packageText, runCli, tablePart, withParts } from '../helpers/xlsxFixtures';

/**
 * Hidden rows and filters in a file: the check says so at the table's header, the totals
 * rows and "Tổng hợp" agree on every row (LibreOffice recalculating), and the command line
 * keeps a table's filter conditions when it rewrites the table.
 */

const hiddenFindings = async (file: string) => {
  const { document } = await loadWorkbookFile(file);
  return validateWorkbook(readSnapshot(document), { today: '2025-12-20' }).findings.filter((f) => f.rule === 'structure.hiddenRows');
};

/** A filled workbook whose TTHC rows 1 and 3 (sheet rows 4 and 6) are hidden by hand. */
async function withHiddenRows(): Promise<string> {
  const file = await filledWorkbook();
  await editWorkbook(file, (document) => {
    const sheet = document.workbook.getWorksheet('TTHC')!;
    sheet.getRow(4).hidden = true;
    sheet.getRow(6).hidden = true;
  });
  return file;
}

/**
 * A filled workbook whose TTHC table is filtered on "Lĩnh vực" = "Đất đai" as Excel stores it:
 * the condition in the table part, the other rows hidden.
 */
const CONDITION = '<filterColumn colId="1"><filters><filter val="Đất đai"/></filters></filterColumn>';
async function filtered(): Promise<{ file: string; part: string }> {
  const file = await filledWorkbook();
  await editWorkbook(file, (document) => {
    const sheet = document.workbook.getWorksheet('TTHC')!;
    sheet.getRow(5).hidden = true;
    sheet.getRow(6).hidden = true;
  });
  const parts = await packageText(file, /^xl\/tables\/.*\.xml$/);
  const [part, xml] = Object.entries(parts).find(([, x]) => /\sname="TTHC"/.test(x))!;
  const filteredXml = xml.replace(/<autoFilter ref="([^"]+)"\/>/, `<autoFilter ref="$1">${CONDITION}</autoFilter>`);
  expect(filteredXml).toContain(CONDITION);
  await withParts(file, { [part]: filteredXml });
  return { file, part };
}

describe('hidden rows and filters (file adapter)', () => {
  it('nothing hidden: no finding', async () => {
    expect(await hiddenFindings(await filledWorkbook())).toEqual([]);
  });

  it('rows hidden by hand: a warning at the header cell with the sheet and the number of rows; compute reports it too', async () => {
    const file = await withHiddenRows();
    expect(await hiddenFindings(file)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'TTHC',
        cell: 'A3',
        message: 'Bảng ở trang "TTHC" có 2 dòng đang ẩn: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả 2 dòng này.',
      }),
    ]);
    expect((await runCli(['compute', file])).code).toBe(0);
    // listed on "Kiểm tra" with the other findings of compute
    const { document } = await loadWorkbookFile(file);
    const listed: string[] = [];
    document.workbook.getWorksheet('Kiểm tra')!.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && listed.push(cell.value)));
    expect(listed).toContain('Bảng ở trang "TTHC" có 2 dòng đang ẩn: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả 2 dòng này.');
  });

  it('a filter: named as such; compute keeps its condition byte for byte and the rows hidden', async () => {
    const { file } = await filtered();
    expect((await hiddenFindings(file)).map((f) => f.message)).toEqual([
      'Bảng ở trang "TTHC" đang lọc, ẩn 2 dòng: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả 2 dòng này.',
    ]);
    const before = await tablePart(file, 'TTHC');
    const result = await runCli(['compute', file]);
    expect(result.code).toBe(0);
    const after = await tablePart(file, 'TTHC');
    // compute added the totals row: the table part is rewritten, its filter kept over the data rows
    expect(after!.ref).not.toBe(before!.ref);
    expect(after!.xml).toContain(`<autoFilter ref="A3:W6">${CONDITION}</autoFilter>`);
    const { document } = await loadWorkbookFile(file);
    const sheet = document.workbook.getWorksheet('TTHC')!;
    expect([4, 5, 6].map((r) => !!sheet.getRow(r).hidden)).toEqual([false, true, true]);
    expect((await hiddenFindings(file)).map((f) => f.message)).toEqual([
      'Bảng ở trang "TTHC" đang lọc, ẩn 2 dòng: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả 2 dòng này.',
    ]);
  });

  it('the note rows and Tổng hợp say that every row counts', async () => {
    const file = await withHiddenRows();
    await runCli(['compute', file]);
    const { document } = await loadWorkbookFile(file);
    for (const spec of DATA_TABLES) {
      const notes = document.workbook.getWorksheet(spec.sheet)!.getRow(2).values as unknown[];
      expect([spec.sheet, notes.some((v) => typeof v === 'string' && v.includes('kể cả dòng đang ẩn hoặc bị lọc'))]).toEqual([spec.sheet, true]);
    }
    const summary = document.workbook.getWorksheet('Tổng hợp')!;
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && texts.push(cell.value)));
    expect(texts.some((t) => t.includes('Mọi dòng của bảng đều được cộng, kể cả dòng đang ẩn hoặc bị lọc'))).toBe(true);
  });

  it('LibreOffice recalculating a workbook with hidden rows: totals rows and Tổng hợp agree on every row', async () => {
    const file = await withHiddenRows();
    expect((await runCli(['compute', file])).code).toBe(0);
    const { document } = await loadWorkbookFile(file);
    const snapshot = readSnapshot(document);
    const expected = computeTables(snapshot).tables;
    const sheets = recalculate(await fs.readFile(file), ['TTHC', 'Tổng hợp']);
    const grid = sheets.TTHC;
    const header = grid.findIndex((row) => row[0] === 'STT');
    const totals = grid.find((row, i) => i > header && row[0] === 'Tổng cộng')!;
    const received = grid[header].indexOf('Tổng số nhận');
    // every row: 9.400 + … with the two hidden rows included
    expect(Number(totals[received])).toBe(expected.TTHC.totals!['Tổng số nhận']);
    const plan = summarySheetPlan(summarize(snapshot, computeTables(snapshot)), { computedAt: new Date() });
    const figure = plan.figures.find((f) => f.key === 'tthc.received')!;
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(figure.address)!;
    const shown = Number(sheets['Tổng hợp'][Number(row) - 1][letters.charCodeAt(0) - 65]);
    expect(shown).toBe(Number(totals[received]));
    expect(shown).toBe(figure.expected);
  });
});

describe('a filter of the sheet, outside any table (file adapter)', () => {
  /**
   * The clerk's own sheet "Theo dõi" with a plain range filtered on column B = "Có" and a sort
   * state, as Excel stores them in the sheet part (and its hidden name); rows 3 and 5 hidden by the filter.
   */
  const FILTER =
    '<autoFilter ref="A1:B5"><filterColumn colId="1"><filters><filter val="Có"/></filters></filterColumn>' +
    '<sortState ref="A2:B5"><sortCondition descending="1" ref="A2:A5"/></sortState></autoFilter>';

  /**
   * `named`: the hidden name `_xlnm._FilterDatabase` Excel and LibreOffice write with every sheet
   * filter (exceljs, and packages made by hand, leave it out). `filterMode`: the sheet marked
   * filtered (`<sheetPr filterMode="true">`, as LibreOffice writes it).
   */
  async function sheetFiltered(options: { named: boolean; filterMode?: boolean } = { named: true }): Promise<{ file: string; part: string }> {
    const file = await filledWorkbook();
    await editWorkbook(file, (document) => addFilteredSheet(document, options.named));
    const sheets = await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/);
    const [part, xml] = Object.entries(sheets).find(([, x]) => x.includes('<autoFilter ref="A1:B5"/>'))!;
    let filtered = xml.replace('<autoFilter ref="A1:B5"/>', FILTER);
    if (options.filterMode) {
      filtered = /<sheetPr\b/.test(filtered) ? filtered.replace(/<sheetPr\b/, '<sheetPr filterMode="true"') : filtered.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr filterMode="true"/>');
    }
    await withParts(file, { [part]: filtered });
    return { file, part };
  }

  it('compute keeps its conditions and sort state byte for byte, and the rows it hides', async () => {
    const { file, part } = await sheetFiltered();
    expect((await packageText(file, new RegExp(`^${part}$`)))[part]).toContain(FILTER);

    const result = await runCli(['compute', file]);
    expect(result.code).toBe(0);

    const xml = (await packageText(file, new RegExp(`^${part}$`)))[part];
    expect(xml).toContain(FILTER);
    expect(xml.match(/<autoFilter\b/g)).toHaveLength(1);
    const sheet = (await loadWorkbookFile(file)).document.workbook.getWorksheet('Theo dõi')!;
    expect([2, 3, 4, 5].map((r) => sheet.getRow(r).hidden)).toEqual([false, true, false, true]);
    // its hidden name once, scoped to its sheet (exceljs would echo it unscoped)
    const { names, index } = await filterNames(file);
    expect(names).toEqual([`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'Theo dõi'!$A$1:$B$5</definedName>`]);
  });

  /** The `_xlnm._FilterDatabase` names the package holds, and the position of "Theo dõi" among its sheets. */
  async function filterNames(file: string): Promise<{ names: string[]; index: number }> {
    const xml = (await packageText(file, /^xl\/workbook\.xml$/))['xl/workbook.xml'];
    const names = (xml.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? []).filter((e) => e.includes('_xlnm._FilterDatabase'));
    const index = (xml.match(/<sheet\b[^>]*>/g) ?? []).findIndex((e) => e.includes('name="Theo dõi"'));
    return { names, index };
  }

  it('without its hidden name (as exceljs or a hand-made package stores it): compute keeps its conditions and names it as Excel does, so LibreOffice sees it', async () => {
    const { file, part } = await sheetFiltered({ named: false });
    expect((await loadWorkbookFile(file)).document.definedNamesXml.filter((e) => e.includes('_FilterDatabase'))).toEqual([]);

    const result = await runCli(['compute', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');

    const xml = (await packageText(file, new RegExp(`^${part}$`)))[part];
    expect(xml).toContain(FILTER);
    const sheet = (await loadWorkbookFile(file)).document.workbook.getWorksheet('Theo dõi')!;
    expect([2, 3, 4, 5].map((r) => sheet.getRow(r).hidden)).toEqual([false, true, false, true]);
    // LibreOffice reads a sheet filter only through its name: the condition on "Xong" (field 1) = "Có"
    const ranges = (await libreOfficeFilters(await fs.readFile(file))).filter((r) => r.includes('Theo dõi'));
    expect(ranges).toEqual([expect.stringMatching(/target-range-address="(&apos;)?Theo dõi(&apos;)?\.A1:(&apos;)?Theo dõi(&apos;)?\.B5"[\s\S]*table:value="Có"[\s\S]*table:field-number="1"/)]);
    // named once, scoped to its sheet, however many times the file is rewritten
    expect((await runCli(['compute', file])).code).toBe(0);
    const { names, index } = await filterNames(file);
    expect(names).toEqual([`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">&apos;Theo dõi&apos;!$A$1:$B$5</definedName>`]);
  });

  it('a sheet marked filtered keeps the mark (exceljs drops it)', async () => {
    const { file, part } = await sheetFiltered({ named: true, filterMode: true });
    expect((await runCli(['compute', file])).code).toBe(0);
    const xml = (await packageText(file, new RegExp(`^${part}$`)))[part];
    expect(xml).toMatch(/<sheetPr\b[^>]*\sfilterMode="true"/);
    expect(xml).toContain(FILTER);
  });

  it('a filter whose range a rewrite changed is not put back over the new one, and the write says so', async () => {
    const { file } = await sheetFiltered();
    const { document } = await loadWorkbookFile(file);
    document.workbook.getWorksheet('Theo dõi')!.autoFilter = 'A1:B4';
    const warnings = await saveWorkbookFile(document, file);
    expect(warnings).toEqual([
      'Cảnh báo: không giữ được điều kiện lọc của bộ lọc ở trang "Theo dõi" (vùng lọc A1:B5 nay là A1:B4); các dòng đang ẩn vẫn ẩn. Hãy lọc lại trong Excel.',
    ]);
    const sheets = Object.values(await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/)).join('');
    expect(sheets).toContain('<autoFilter ref="A1:B4"/>');
    expect(sheets).not.toContain('<filter val="Có"/>');
  });
});
