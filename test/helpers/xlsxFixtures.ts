/**
 * Fixtures for the .xlsx adapter and the command line: temporary folders, workbooks built
 * with exceljs or through the adapter, packages edited with jszip, and a captured CLI run.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { DATA_TABLES, KHEN_THUONG, TTHC } from '../../src/domain/contract/tables';
import type { CellValue } from '../../src/domain/snapshot';
import { cellAt } from '../../src/workbook/applyPlan';
import { AWARD_ROWS, CERTIFICATE_ROWS, DEADLINE_CUT_ROWS, DOSSIER_ROWS, RATING_ROWS, TARGET_ROWS } from './computeFixtures';
import { findTable, type XlsxDocument } from '../../src/workbook/document';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/workbook/file';
import { columnIndexOf, setTableExtent, tableGeometry } from '../../src/workbook/tableGeometry';
import { setFormatVersion } from '../../src/workbook/customXml';
import { NOTE_ROW } from '../../src/domain/contract/layout';

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'tongket-xlsx-'));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tongket ARGS` in-process, capturing its output; the clock is fixed. */
export async function runCli(args: string[], now = new Date(2025, 11, 20, 9, 30)): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    now: () => now,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A workbook made with exceljs alone (no tables of ours), written to `file`. */
export async function writeExcelJsWorkbook(file: string, build: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** Opens a workbook through the adapter, lets `edit` change it, saves it in place. */
export async function editWorkbook(file: string, edit: (document: XlsxDocument) => void): Promise<void> {
  const { document } = await loadWorkbookFile(file);
  edit(document);
  await saveWorkbookFile(document, file);
}

/**
 * Types rows into a table as a user would: values by header or contract column key, the
 * table grown to hold them (row 0 is the table's first data row). Cells not named are left
 * as they are.
 */
export function typeRows(document: XlsxDocument, tableName: string, rows: readonly Readonly<Record<string, CellValue | Date>>[]): void {
  const table = findTable(document, tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const worksheet = document.workbook.getWorksheet(table.sheet)!;
  const g = tableGeometry(table);
  const count = Math.max(rows.length, g.lastDataRow - g.firstDataRow + 1);
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) {
      const spec = DATA_TABLES.find((t) => t.name === tableName)?.columns.find((c) => c.key === name);
      const header = spec?.header ?? name;
      const index = columnIndexOf(table, header);
      if (index === undefined) throw new Error(`no column ${header}`);
      cellAt(worksheet, g.firstDataRow + i, g.firstColumn + index).value = value === '' ? null : value;
    }
  });
  setTableExtent(table, g.headerRow, g.firstColumn, count, table.columns.length);
}

/** Adds or replaces parts of an .xlsx package. */
export async function withParts(file: string, parts: Record<string, string>): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Removes parts from an .xlsx package. */
export async function withoutParts(file: string, names: readonly string[]): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const name of names) zip.remove(name);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export const MINIMAL_CHART_PARTS: Record<string, string> = {
  'xl/charts/chart1.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>',
  'xl/drawings/drawing1.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
};

export const MINIMAL_PIVOT_PARTS: Record<string, string> = {
  'xl/pivotTables/pivotTable1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotTableDefinition/>',
  'xl/pivotCache/pivotCacheDefinition1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition/>',
};

/** The start of an OLE compound file, as Excel writes a password-protected workbook. */
export function fakeEncryptedWorkbook(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
}

/** A zip signature followed by garbage. */
export function corruptZip(): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0x41)]);
}

/** Text of every part of a package, by path. */
export async function packageText(file: string, pattern: RegExp): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const result: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir && pattern.test(n))) result[name] = await zip.file(name)!.async('string');
  return result;
}

/** The table part with the given table name, parsed just enough for assertions. */
export async function tablePart(file: string, tableName: string): Promise<{ xml: string; ref: string; columns: string[]; calculated: Record<string, string> } | undefined> {
  const parts = await packageText(file, /^xl\/tables\/.*\.xml$/);
  const xml = Object.values(parts).find((x) => new RegExp(`\\sname="${tableName}"`).test(x));
  if (!xml) return undefined;
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const columns: string[] = [];
  const calculated: Record<string, string> = {};
  for (const m of xml.matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/tableColumn>)/g)) {
    const name = unescape(m[1]);
    columns.push(name);
    const formula = /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(m[3] ?? '');
    if (formula) calculated[name] = unescape(formula[1]);
  }
  return { xml, ref: /<table\b[^>]*\sref="([^"]+)"/.exec(xml)![1], columns, calculated };
}

/** The contract's headers typed by hand at row 5, data under them, no Excel table. */
export async function handTypedWorkbook(file: string): Promise<void> {
  await writeExcelJsWorkbook(file, (workbook) => {
    const awards = workbook.addWorksheet('Khen thưởng');
    awards.getCell('A1').value = 'BẢNG TỔNG HỢP KHEN THƯỞNG NĂM 2025';
    // typed as format 1 had it: without the optional "Đơn vị báo cáo"
    awards.getRow(5).values = KHEN_THUONG.columns.filter((c) => !c.optional).map((c) => c.header);
    awards.getRow(6).values = [1, '12/QĐ-UBND', new Date(Date.UTC(2025, 2, 3)), 'UBND tỉnh', 'Lao động tiên tiến', 'Cá nhân', 25, 'Phòng Kế hoạch', '', null, null, ''];
    awards.getRow(7).values = [2, '45/QĐ-SNNMT', new Date(Date.UTC(2025, 7, 19)), 'Sở', 'Giấy khen', 'Tập thể', 3, '', '', null, null, 'ghi chú'];
    awards.getCell('B12').value = 'ghi chép dưới bảng';
    // only part of the TTHC headers, in order, starting at column B
    const dossiers = workbook.addWorksheet('TTHC');
    const some = TTHC.columns.slice(0, 14).map((c) => c.header);
    some.forEach((h, i) => (dossiers.getCell(3, 2 + i).value = h));
    dossiers.getCell(4, 3).value = 'Đất đai';
    dossiers.getCell(4, 5).value = 120;
  });
}

/**
 * A workbook made by `init`, its report header and every table filled; one computed cell
 * (TTHC "Tổng số nhận", third row) typed over with 999.
 */
export async function filledWorkbook(): Promise<string> {
  const file = path.join(await tempDir(), 'tonghop.xlsx');
  await runCli(['init', file]);
  await editWorkbook(file, (document) => {
    const info = document.workbook.getWorksheet('Thông tin')!;
    info.getCell('B3').value = 'Sở Nông nghiệp và Môi trường';
    info.getCell('B4').value = 45641; // 15/12/2024
    info.getCell('B5').value = 46005; // 14/12/2025
    info.getCell('B6').value = 46009; // 18/12/2025
    typeRows(document, 'KhenThuong', AWARD_ROWS);
    typeRows(document, 'XepLoai', RATING_ROWS);
    typeRows(document, 'TTHC', [...DOSSIER_ROWS, { field: 'Tư pháp', online: 5, inPerson: 5, received: 999 }]);
    typeRows(document, 'CatGiamTTHC', DEADLINE_CUT_ROWS);
    typeRows(document, 'GCN', CERTIFICATE_ROWS);
    typeRows(document, 'ChiTieu', TARGET_ROWS);
  });
  return file;
}

/** Removes a workbook-level defined name from the package, as if it had never been made. */
export async function withoutDefinedName(file: string, name: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const element = new RegExp(`<definedName name="${name}"[^>]*>[^<]*</definedName>`);
  if (!element.test(xml)) throw new Error(`no defined name ${name}`);
  zip.file('xl/workbook.xml', xml.replace(element, ''));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * A workbook as format 1 had it, made by `init`: no "Đơn vị báo cáo" column (nor its note),
 * version 1 stored.
 */
export async function formatOneWorkbook(file: string): Promise<void> {
  await runCli(['init', file]);
  await editWorkbook(file, (document) => {
    for (const spec of DATA_TABLES) {
      const table = findTable(document, spec.name)!;
      const worksheet = document.workbook.getWorksheet(table.sheet)!;
      const g = tableGeometry(table);
      const last = table.columns.length - 1;
      if (table.columns[last].name !== 'Đơn vị báo cáo') throw new Error(`${spec.name} does not end with Đơn vị báo cáo`);
      for (let row = NOTE_ROW; row <= g.lastDataRow; row++) cellAt(worksheet, row, g.firstColumn + last).value = null;
      table.columns.pop();
      setTableExtent(table, g.headerRow, g.firstColumn, g.lastDataRow - g.firstDataRow + 1, table.columns.length);
    }
    setFormatVersion(document.customXml, 1);
  });
}

/**
 * Adds the clerk's own sheet "Theo dõi" (A1:B5, two rows hidden, a sheet filter), with the
 * hidden name `_xlnm._FilterDatabase` Excel and LibreOffice write with every sheet filter
 * when `named` (exceljs, and packages made by hand, leave it out).
 */
export function addFilteredSheet(document: XlsxDocument, named = true): void {
  const sheet = document.workbook.addWorksheet('Theo dõi');
  sheet.addRows([['Việc', 'Xong'], ['Báo cáo quý', 'Có'], ['Họp', 'Không'], ['Kiểm kê', 'Có'], ['Tập huấn', 'Không']]);
  sheet.getRow(3).hidden = true;
  sheet.getRow(5).hidden = true;
  sheet.autoFilter = 'A1:B5';
  // scoped to its sheet, as Excel writes it
  const index = document.workbook.worksheets.indexOf(sheet);
  if (named) document.definedNamesXml.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'Theo dõi'!$A$1:$B$5</definedName>`);
}
