/**
 * Independent recalculation: LibreOffice headless opens an .xlsx, recalculates every formula
 * (never trusting cached results) and writes each sheet as UTF-8 CSV.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** The tests need LibreOffice: say how to get it rather than fail obscurely. */
function requireLibreOffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui');
  }
}

/** Parses LibreOffice's CSV (",", '"' quoting, "" escapes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculates `xlsx` in LibreOffice and returns every sheet's cells as text, by sheet name.
 * Numbers come out unformatted ("Text - txt - csv" with "as shown" off), so they compare
 * exactly with the domain's figures.
 */
export function recalculate(xlsx: Buffer | Uint8Array, sheetNames: readonly string[]): Record<string, string[][]> {
  requireLibreOffice();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-lo-'));
  try {
    const profile = path.join(work, 'profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const input = path.join(work, 'book.xlsx');
    fs.writeFileSync(input, xlsx);
    const out = path.join(work, 'out');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        // 44 = ",", 34 = '"', 76 = UTF-8, first line 1, "as shown" false, sheet -1 = every sheet
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const result: Record<string, string[][]> = {};
    for (const sheet of sheetNames) {
      const file = path.join(out, `book-${sheet}.csv`);
      if (!fs.existsSync(file)) {
        throw new Error(`LibreOffice wrote no CSV for sheet "${sheet}" (found: ${fs.existsSync(out) ? fs.readdirSync(out).join(', ') : 'nothing'})`);
      }
      result[sheet] = parseCsv(fs.readFileSync(file, 'utf8'));
    }
    return result;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** What a PDF's page tree says: each page's size in points (width × height). */
export interface PdfPages {
  pages: { width: number; height: number }[];
}

/**
 * Prints `xlsx` to PDF with LibreOffice (what "Print" gives a clerk without Excel) and reads
 * the page sizes back from the page objects (LibreOffice writes them uncompressed).
 */
export function printToPdf(xlsx: Buffer | Uint8Array): PdfPages {
  requireLibreOffice();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-pdf-'));
  try {
    const profile = path.join(work, 'profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    const input = path.join(work, 'book.xlsx');
    fs.writeFileSync(input, xlsx);
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    const pdfFile = path.join(work, 'book.pdf');
    if (!fs.existsSync(pdfFile)) throw new Error(`LibreOffice wrote no PDF (found: ${fs.readdirSync(work).join(', ')})`);
    const pdf = fs.readFileSync(pdfFile).toString('latin1');
    const pages = [...pdf.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map((m) => ({
      width: Number(m[3]) - Number(m[1]),
      height: Number(m[4]) - Number(m[2]),
    }));
    return { pages };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The filters LibreOffice sees in `xlsx`: it opens the workbook and saves it as .ods, where
 * each filter (of a sheet, or of a table) is a `<table:database-range>` holding its conditions;
 * those elements.
 */
export async function libreOfficeFilters(xlsx: Buffer | Uint8Array): Promise<string[]> {
  requireLibreOffice();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-ods-'));
  try {
    const profile = path.join(work, 'profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    const input = path.join(work, 'book.xlsx');
    fs.writeFileSync(input, xlsx);
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'ods', '--outdir', work, input], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    const ods = path.join(work, 'book.ods');
    if (!fs.existsSync(ods)) throw new Error(`LibreOffice wrote no .ods (found: ${fs.readdirSync(work).join(', ')})`);
    const content = await (await JSZip.loadAsync(fs.readFileSync(ods))).file('content.xml')!.async('string');
    return content.match(/<table:database-range\b(?:[^>"]|"[^"]*")*?(?:\/>|>[\s\S]*?<\/table:database-range>)/g) ?? [];
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
