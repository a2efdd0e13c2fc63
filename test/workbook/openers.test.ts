/**
 * The two openers of an .xlsx package — the command line's (zlib, `loadWorkbookFile`) and the
 * task pane's (jszip, `openPackage`, for a workbook chosen to merge or compare) — give the
 * same document for the same bytes, and refuse the same packages.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { SUMMARY_SHEET } from '../../src/domain/contract';
import { msg, vi } from '../../src/domain/messages';
import { loadWorkbookFile, type LoadedWorkbook } from '../../src/workbook/file';
import { openPackage } from '../../src/workbook/openPackage';
import { readChosenWorkbook } from '../../src/workbook/workbookBytes';
import { PackageParts, writeZip } from '../../src/workbook/zipPackage';
import { addChartsToSheet } from '../helpers/chartFixtures';
import { addFilteredSheet, editWorkbook, packageText, runCli, tempDir, withParts } from '../helpers/xlsxFixtures';

/** A plain range of the clerk's own sheet, filtered and sorted as Excel stores it. */
const FILTER =
  '<autoFilter ref="A1:B5"><filterColumn colId="1"><filters><filter val="Có"/></filters></filterColumn>' +
  '<sortState ref="A2:B5"><sortCondition descending="1" ref="A2:A5"/></sortState></autoFilter>';

/**
 * A workbook made by `init` (custom XML, defined names, tables), with the clerk's sheet
 * "Theo dõi" filtered (hidden name, condition, sort state) and holding an inline string with
 * an `_xHHHH_` escape, and two charts of ours on "Tổng hợp".
 */
async function everyStepWorkbook(): Promise<string> {
  const file = path.join(await tempDir(), 'mo-so.xlsx');
  expect((await runCli(['init', file])).code).toBe(0);
  await editWorkbook(file, (document) => addFilteredSheet(document));
  const sheets = await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/);
  const [part, xml] = Object.entries(sheets).find(([, x]) => x.includes('<autoFilter ref="A1:B5"/>'))!;
  // The inline cell goes last in its row (cells are in column order).
  const withInline = xml.replace(/(<row r="2"[^>]*>)([\s\S]*?)(<\/row>)/, (_, open: string, cells: string, close: string) => `${open}${cells}<c r="D2" t="inlineStr"><is><t>dòng 1_x000D_dòng 2</t></is></c>${close}`);
  expect(withInline).not.toBe(xml);
  await withParts(file, { [part]: withInline.replace('<autoFilter ref="A1:B5"/>', FILTER) });
  await addChartsToSheet(file, SUMMARY_SHEET);
  return file;
}

function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The whole document as data: exceljs's model of every sheet, and what the adapter keeps beside it. */
function comparable(loaded: LoadedWorkbook) {
  const { workbook, tables, customXml, definedNamesXml, sheetFilters } = loaded.document;
  return {
    model: workbook.model,
    tables,
    customXml,
    definedNamesXml,
    sheetFilters: sheetFilters ?? {},
    unsupported: loaded.unsupported,
    droppedCharts: loaded.droppedCharts,
  };
}

/** Rewrites the CRC the local header and the central directory give for `part`. */
function wrongCrc(bytes: Buffer, part: string): void {
  let patched = 0;
  for (let at = bytes.indexOf(part); at >= 0; at = bytes.indexOf(part, at + 1)) {
    const field = at >= 30 && bytes.readUInt32LE(at - 30) === 0x04034b50 ? at - 30 + 14 : at >= 46 && bytes.readUInt32LE(at - 46) === 0x02014b50 ? at - 46 + 16 : -1;
    if (field < 0) continue;
    bytes.writeUInt32LE((bytes.readUInt32LE(field) ^ 0x5a5a5a5a) >>> 0, field);
    patched++;
  }
  expect(patched).toBe(2);
}

describe('the command line and the task pane open a package alike', () => {
  it('give the same document: cells, tables, custom XML, defined names, the sheet filter, decoded inline strings, charts left out', async () => {
    const file = await everyStepWorkbook();
    const bytes = await fs.readFile(file);
    const cli = await loadWorkbookFile(file);
    const pane = await openPackage(arrayBuffer(bytes));

    // The fixture holds something for each step to find.
    expect(cli.document.sheetFilters?.['Theo dõi']?.xml).toBe(FILTER);
    expect(cli.document.workbook.getWorksheet('Theo dõi')!.getCell('D2').value).toBe('dòng 1\rdòng 2');
    expect(cli.droppedCharts).toBe(2);
    expect(cli.document.tables.length).toBeGreaterThan(5);
    expect(cli.document.customXml.length).toBeGreaterThan(0);
    expect(cli.document.definedNamesXml.length).toBeGreaterThan(1);

    expect(comparable(pane)).toEqual(comparable(cli));
  });

  it('give the same document for a sheet of megabytes, read piece by piece by the command line: inline strings in any row, the filter and its sheet properties', async () => {
    const file = path.join(await tempDir(), 'so-lon.xlsx');
    expect((await runCli(['init', file])).code).toBe(0);
    const rows = 20_000;
    await editWorkbook(file, (document) => {
      const sheet = document.workbook.addWorksheet('Theo dõi');
      sheet.addRow(['Việc', 'Xong']);
      for (let r = 2; r <= rows; r++) sheet.addRow([`Việc thứ ${r} của phòng Hành chính – Tổng hợp`, r % 3 === 0 ? 'Có' : 'Không']);
      sheet.autoFilter = `A1:B${rows}`;
    });
    const sheets = await packageText(file, /^xl\/worksheets\/sheet\d+\.xml$/);
    const [part, xml] = Object.entries(sheets).find(([, x]) => x.includes(`<autoFilter ref="A1:B${rows}"/>`))!;
    // an escaped inline string in every 97th row: some fall across the pieces zlib hands over
    const inline = xml.replace(/(<row r="(\d+)"[^>]*>)([\s\S]*?)(<\/row>)/g, (whole, open: string, r: string, cells: string, close: string) =>
      Number(r) % 97 === 0 ? `${open}${cells}<c r="D${r}" t="inlineStr"><is><t>dòng ${r}_x000D_tiếp</t></is></c>${close}` : whole);
    const filter = `<autoFilter ref="A1:B${rows}"><filterColumn colId="1"><filters><filter val="Có"/></filters></filterColumn></autoFilter>`;
    const filtered = inline.replace(`<autoFilter ref="A1:B${rows}"/>`, filter);
    const edited = /<sheetPr\b/.test(filtered)
      ? filtered.replace(/<sheetPr\b/, '<sheetPr filterMode="1"')
      : filtered.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr filterMode="1"/>');
    expect(Buffer.byteLength(edited)).toBeGreaterThan(2 * 1024 * 1024);
    expect(edited).toContain('filterMode="1"');
    await withParts(file, { [part]: edited });

    const cli = await loadWorkbookFile(file);
    const pane = await openPackage(arrayBuffer(await fs.readFile(file)));
    const sheet = cli.document.workbook.getWorksheet('Theo dõi')!;
    const decoded = Array.from({ length: rows }, (_, i) => i + 1).filter((r) => r % 97 === 0);
    expect(decoded.filter((r) => sheet.getCell(`D${r}`).value !== `dòng ${r}\rtiếp`)).toEqual([]);
    expect(cli.document.sheetFilters?.['Theo dõi']).toEqual({ xml: filter, filterMode: '1' });
    expect(comparable(pane)).toEqual(comparable(cli));
  });

  it('a part whose bytes do not match its CRC: both refuse the file as corrupt', async () => {
    const file = path.join(await tempDir(), 'sai-crc.xlsx');
    expect((await runCli(['init', file])).code).toBe(0);
    // Stored, so that the part still inflates: only its check value is wrong.
    const bytes = writeZip(PackageParts.fromZip(await fs.readFile(file)).entries(), { store: true });
    wrongCrc(bytes, 'xl/styles.xml');
    await fs.writeFile(file, bytes);

    await expect(loadWorkbookFile(file)).rejects.toThrow(`Tệp "${file}" bị hỏng, không đọc được (phần "xl/styles.xml" sai mã kiểm tra CRC)`);
    const read = await readChosenWorkbook('sai-crc.xlsx', arrayBuffer(bytes));
    expect(read.ok ? 'opened' : vi(read.problem)).toBe(vi(msg('file.corrupt', { file: 'sai-crc.xlsx' })));
  });
});
