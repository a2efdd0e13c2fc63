/**
 * The decompression guard of the .xlsx reader: a package whose parts would inflate far
 * beyond their compressed size, or beyond the total the reader accepts, or whose parts
 * inflate to more than their headers declare, is refused as a bad file (exit 65) with a
 * Vietnamese sentence — before its parts are inflated into memory.
 */
import { renderMessage, vi } from '../../src/domain/messages';
import { EN } from '../../src/domain/messages/en';
import { promises as fs } from 'fs';
import * as path from 'path';
import { EXIT } from '../../src/cli/errors';
import { MAX_COMPRESSION_RATIO, MAX_UNCOMPRESSED_BYTES, PackageParts, writeZip } from '../../src/workbook/zipPackage';
import { readUnitWorkbook } from '../../src/workbook/workbookBytes';
import { readExportPreview } from '../../src/workbook/exportBytes';
import { runCli, tempDir } from '../helpers/xlsxFixtures';

const STRINGS = 'xl/sharedStrings.xml';

async function newWorkbook(name: string): Promise<string> {
  const file = path.join(await tempDir(), name);
  expect((await runCli(['init', file])).code).toBe(EXIT.ok);
  return file;
}

/** One more shared string of `size` letters (valid XML, highly compressible). */
async function withHugeStrings(file: string, size: number): Promise<void> {
  const zip = PackageParts.fromZip(await fs.readFile(file));
  const xml = zip.bytes(STRINGS)!.toString('utf8');
  zip.file(STRINGS, xml.replace('</sst>', `<si><t>${'a'.repeat(size)}</t></si></sst>`));
  // zlib packs it in a blink (jszip's own deflate takes many seconds for 50 MB).
  await fs.writeFile(file, writeZip(zip.entries()));
}

/** Rewrites the uncompressed size the local header and the central directory declare for `part`. */
function declareSize(bytes: Buffer, part: string, size: number): void {
  let patched = 0;
  for (let at = bytes.indexOf(part); at >= 0; at = bytes.indexOf(part, at + 1)) {
    const header = at >= 30 && bytes.readUInt32LE(at - 30) === 0x04034b50 ? at - 30 + 22 : at >= 46 && bytes.readUInt32LE(at - 46) === 0x02014b50 ? at - 46 + 24 : -1;
    if (header < 0) continue;
    bytes.writeUInt32LE(size, header);
    patched++;
  }
  expect(patched).toBe(2);
}

describe('decompression guard', () => {
  it('the task pane refuses the same file chosen for "Gộp sổ đơn vị", with a sentence naming it', async () => {
    const file = await newWorkbook('don-vi.xlsx');
    await withHugeStrings(file, 50 * 1024 * 1024);
    const bytes = await fs.readFile(file);
    const read = await readUnitWorkbook('don-vi.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(read.ok).toBe(false);
    const problem = read.ok ? '' : vi(read.problem);
    expect(problem).toContain('Tệp "don-vi.xlsx" không được đọc');
    expect(problem).toContain(`phần "${STRINGS}"`);
    expect(problem).toContain(`giới hạn ${MAX_COMPRESSION_RATIO} lần`);
    // The English pane gives the same detail: which part, its sizes, the limit.
    const english = read.ok ? '' : renderMessage(read.problem, EN, 'en');
    expect(english).toMatch(/^"don-vi\.xlsx" was not read: part "xl\/sharedStrings\.xml" is [\d,]+ KB compressed but 50 MB decompressed \([\d,]+ times, the limit is 200 times\)/);
  });

  it('the task pane refuses it chosen for "Nhập Biểu 06" too, before inflating it, with the same detail in either language', async () => {
    const file = await newWorkbook('bieu-06.xlsx');
    await withHugeStrings(file, 50 * 1024 * 1024);
    const bytes = await fs.readFile(file);
    const read = await readExportPreview(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), 'bieu-06.xlsx');
    expect(read.ok).toBe(false);
    const [problem] = read.ok ? [] : read.problems;
    expect(vi(problem)).toContain('Tệp "bieu-06.xlsx" không được đọc');
    expect(vi(problem)).toContain(`giới hạn ${MAX_COMPRESSION_RATIO} lần`);
    expect(renderMessage(problem, EN, 'en')).toMatch(/^"bieu-06\.xlsx" was not read: part "xl\/sharedStrings\.xml" is [\d,]+ KB compressed but 50 MB decompressed/);
  });

  it('refuses 50 MB of shared strings packed into a small file (ratio beyond the limit), exit 65', async () => {
    const file = await newWorkbook('bom.xlsx');
    await withHugeStrings(file, 50 * 1024 * 1024);
    const packed = (await fs.stat(file)).size;
    expect(packed).toBeLessThan(200 * 1024);
    const before = await fs.readFile(file);

    const check = await runCli(['check', file]);
    expect(check.code).toBe(EXIT.badFile);
    expect(check.stderr).toContain(`Tệp "${file}" không được đọc`);
    expect(check.stderr).toContain(`phần "${STRINGS}"`);
    expect(check.stderr).toContain(`giới hạn ${MAX_COMPRESSION_RATIO} lần`);

    const compute = await runCli(['compute', file]);
    expect(compute.code).toBe(EXIT.badFile);
    expect(await fs.readFile(file)).toEqual(before);
  });

  it('reads a workbook with a large but ordinary shared strings part', async () => {
    const file = await newWorkbook('lon.xlsx');
    // 2 MB of one letter compresses ~1000×, but a part this small is not checked for ratio.
    await withHugeStrings(file, 2 * 1024 * 1024);
    const check = await runCli(['check', file]);
    expect(check.stderr).toBe('');
    expect(check.code).not.toBe(EXIT.badFile);
  });

  it('refuses a package declaring more than the total limit before inflating anything', async () => {
    const file = await newWorkbook('tong.xlsx');
    const bytes = await fs.readFile(file);
    declareSize(bytes, STRINGS, MAX_UNCOMPRESSED_BYTES + 1);
    await fs.writeFile(file, bytes);
    const check = await runCli(['check', file]);
    expect(check.code).toBe(EXIT.badFile);
    expect(check.stderr).toContain('vượt giới hạn 1.024 MB');
  });

  it('stops inflating a part whose header lies about its size (declared 1 KB, holds 20 MB)', async () => {
    const file = await newWorkbook('doi.xlsx');
    await withHugeStrings(file, 20 * 1024 * 1024);
    const bytes = await fs.readFile(file);
    declareSize(bytes, STRINGS, 1024);
    await fs.writeFile(file, bytes);
    const check = await runCli(['check', file]);
    expect(check.code).toBe(EXIT.badFile);
    expect(check.stderr).toContain(`phần "${STRINGS}" giải nén ra nhiều hơn`);
  });

  it('still calls a truncated package corrupt (exit 65)', async () => {
    const file = await newWorkbook('cut.xlsx');
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const check = await runCli(['check', file]);
    expect(check.code).toBe(EXIT.badFile);
    expect(check.stderr).toContain('bị hỏng');
  });
});
