/**
 * The zip container of the file adapter (zipPackage.ts): a worksheet written piece by piece
 * (each piece deflated on its own) is one valid deflate stream, and a package opened with
 * its large parts still deflated reads, streams and edits them as the inflated package does
 * — and is checked (size, CRC) when it is opened, not later.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import * as zlib from 'node:zlib';

// counts the inflations of a whole part (zipPackage.ts inflates large parts piece by piece)
jest.mock('node:zlib', () => {
  const actual = jest.requireActual<typeof import('node:zlib')>('node:zlib');
  return { ...actual, inflateRawSync: jest.fn(actual.inflateRawSync) };
});
import { PackageParts, readZip, writeZip, ZipBombError, ZipFormatError } from '../../src/workbook/zipPackage';
import { tempDir } from '../helpers/xlsxFixtures';

/** Text of `size` bytes that deflates but not to nothing (random words). */
function text(size: number, seed = 'x'): string {
  const words = Array.from({ length: 500 }, (_, i) => `${seed}${randomBytes(3).toString('hex')}${i}`);
  let out = '';
  while (out.length < size) out += words[out.length % words.length] + ' ';
  return out.slice(0, size);
}

async function collect(pieces: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const piece of pieces) all.push(piece);
  return Buffer.concat(all);
}

describe('zip package', () => {
  it('joins the pieces of a streamed part into one deflate stream that zip tools read', async () => {
    const parts = new PackageParts();
    parts.file('a.xml', '<a/>');
    const sheet = parts.stream('xl/worksheets/sheet1.xml');
    const pieces = [text(300_000, 'p'), text(5, 'q'), '', text(2_000_000, 'r')];
    for (const piece of pieces) sheet.write(Buffer.from(piece, 'utf8'));
    sheet.end(Buffer.from('</sheetData><end/>', 'utf8'));
    const zip = parts.toZip();

    const expected = pieces.join('') + '</sheetData><end/>';
    const read = readZip(zip);
    expect(read.map((e) => e.name)).toEqual(['a.xml', 'xl/worksheets/sheet1.xml']);
    expect(read[1].data.toString('utf8')).toBe(expected);
    // An independent reader: Info-ZIP's unzip tests every CRC.
    const file = path.join(await tempDir(), 'streamed.zip');
    await fs.writeFile(file, zip);
    expect(execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8')).toBe(expected);
  });

  it('edits the end of a streamed part without its beginning', async () => {
    const parts = new PackageParts();
    const sheet = parts.stream('s.xml');
    sheet.write(Buffer.from('<worksheet><sheetData><row/>', 'utf8'));
    sheet.end(Buffer.from('</sheetData><pageMargins/></worksheet>', 'utf8'));
    const end = (await parts.partEnd('s.xml', '</sheetData>'))!;
    expect(end.text).toBe('</sheetData><pageMargins/></worksheet>');
    end.replace('</sheetData><pageMargins/><tableParts count="1"/></worksheet>');
    expect(readZip(parts.toZip())[0].data.toString('utf8')).toBe('<worksheet><sheetData><row/></sheetData><pageMargins/><tableParts count="1"/></worksheet>');
  });

  it('opens a package with its large parts deflated: read, streamed and edited as the inflated package', async () => {
    const big = `<worksheet><sheetData>${text(3_000_000, 'b')}</sheetData><pageMargins/></worksheet>`;
    const zip = writeZip([
      { name: 'small.xml', data: Buffer.from('<small/>') },
      { name: 'big.xml', data: Buffer.from(big, 'utf8') },
    ]);
    const opened = await PackageParts.open(zip);
    expect(Object.keys(opened.files)).toEqual(['small.xml', 'big.xml']);
    expect(opened.bytes('big.xml')!.toString('utf8')).toBe(big);
    expect((await collect(opened.pieces('big.xml')!)).toString('utf8')).toBe(big);

    const end = (await opened.partEnd('big.xml', '</sheetData>'))!;
    expect(end.text).toBe('</sheetData><pageMargins/></worksheet>');
    end.replace('</sheetData><pageMargins/><tableParts/></worksheet>');
    const edited = big.replace('<pageMargins/>', '<pageMargins/><tableParts/>');
    expect((await collect(opened.pieces('big.xml')!)).toString('utf8')).toBe(edited);
    expect(opened.bytes('big.xml')!.toString('utf8')).toBe(edited);
    expect(readZip(opened.toZip()).map((e) => e.data.toString('utf8'))).toEqual(['<small/>', edited]);
  });

  it('finds the last marker of a large part wherever the inflated pieces cut it, and edits from there', async () => {
    // zlib hands the inflated part over in pieces of 16 KiB: put the marker across each cut
    const marker = '</sheetData>';
    for (const straddle of [0, 1, 5, marker.length - 1, marker.length]) {
      const before = `<worksheet><sheetData>${text(2_000_000, 's')}`;
      const earlier = `<!-- ${marker} -->`; // an earlier marker, not the last
      const pad = 'x'.repeat(16 * 1024 * 128 - before.length - earlier.length - marker.length + straddle);
      const head = `${before}${earlier}${pad}`;
      const tail = `${marker}<pageMargins/></worksheet>`;
      const opened = await PackageParts.open(writeZip([{ name: 'big.xml', data: Buffer.from(head + tail, 'utf8') }]));
      const end = (await opened.partEnd('big.xml', marker))!;
      expect([straddle, end.text]).toEqual([straddle, tail]);
      end.replace(`${marker}<tableParts/></worksheet>`);
      expect((await collect(opened.pieces('big.xml')!)).toString('utf8')).toBe(`${head}${marker}<tableParts/></worksheet>`);
    }
    // a lone marker across a cut is found as the part streams by: the part is never inflated whole
    const inflateWhole = zlib.inflateRawSync as jest.Mock;
    {
      const lone = `<worksheet><sheetData>${'y'.repeat(16 * 1024 * 100 - 22 - 5)}${marker}<pageMargins/></worksheet>`;
      const zipped = writeZip([{ name: 'lone.xml', data: Buffer.from(lone, 'utf8') }]);
      const opened = await PackageParts.open(zipped);
      inflateWhole.mockClear();
      expect((await opened.partEnd('lone.xml', marker))!.text).toBe(`${marker}<pageMargins/></worksheet>`);
      expect(inflateWhole).not.toHaveBeenCalled();
    }
    // no marker: the whole part is its end
    const plain = `<worksheet>${text(1_500_000, 'n')}</worksheet>`;
    const opened = await PackageParts.open(writeZip([{ name: 'plain.xml', data: Buffer.from(plain, 'utf8') }]));
    expect((await opened.partEnd('plain.xml', marker))!.text).toBe(plain);
  });

  it('refuses a large part with a wrong CRC or a lying size when the package is opened', async () => {
    const data = Buffer.from(text(2_000_000, 'c'), 'utf8');
    const zip = writeZip([{ name: 'big.xml', data }]);
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

    const badCrc = Buffer.from(zip);
    badCrc.writeUInt32LE((badCrc.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    await expect(PackageParts.open(badCrc)).rejects.toThrow(ZipFormatError);
    await expect(PackageParts.open(badCrc)).rejects.toThrow(/CRC/);

    // Declared 1.5 MB (above what is kept inflated), holds 2 MB: inflating stops there.
    const lying = Buffer.from(zip);
    lying.writeUInt32LE(1_500_000, central + 24);
    lying.writeUInt32LE(1_500_000, 22);
    await expect(PackageParts.open(lying)).rejects.toThrow(ZipBombError);
  });
});
