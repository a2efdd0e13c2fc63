/**
 * What the command line does to the file it rewrites: the owner's permissions and ownership
 * stay, a link is written through to its target, a read-only file and a non-regular file
 * are refused without waiting on them.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { SUMMARY_SHEET } from '../../src/domain/contract';
import { EXIT } from '../../src/cli/errors';
import { loadWorkbookFile } from '../../src/workbook/file';
import { runCli, tempDir } from '../helpers/xlsxFixtures';

async function newWorkbook(name: string): Promise<string> {
  const file = path.join(await tempDir(), name);
  expect((await runCli(['init', file])).code).toBe(EXIT.ok);
  return file;
}

/** Did compute write its summary (a computation time) into this file? */
async function hasSummary(file: string): Promise<boolean> {
  const texts: string[] = [];
  (await loadWorkbookFile(file)).document.workbook.getWorksheet(SUMMARY_SHEET)?.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
  return texts.some((t) => t.startsWith('Thời điểm tính'));
}

describe('rewriting a workbook in place', () => {
  it('keeps a private file private (mode 600 stays 600)', async () => {
    const file = await newWorkbook('rieng.xlsx');
    await fs.chmod(file, 0o600);
    expect((await runCli(['compute', file])).code).toBe(EXIT.ok);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('keeps the owner and group', async () => {
    const file = await newWorkbook('chu.xlsx');
    const before = await fs.stat(file);
    // Only root may give a file away; elsewhere the file already belongs to the user.
    const owner = process.getuid?.() === 0 ? { uid: 4321, gid: 4321 } : { uid: before.uid, gid: before.gid };
    await fs.chown(file, owner.uid, owner.gid);
    expect((await runCli(['compute', file])).code).toBe(EXIT.ok);
    const after = await fs.stat(file);
    expect([after.uid, after.gid]).toEqual([owner.uid, owner.gid]);
  });

  it('writes through a symbolic link to its target, the link stays a link', async () => {
    const file = await newWorkbook('that.xlsx');
    const link = path.join(path.dirname(file), 'loi-tat.xlsx');
    await fs.symlink(file, link);
    expect(await hasSummary(file)).toBe(false);
    expect((await runCli(['compute', link])).code).toBe(EXIT.ok);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(file);
    expect(await hasSummary(file)).toBe(true);
    expect((await fs.readdir(path.dirname(file))).sort()).toEqual(['loi-tat.xlsx', 'that.xlsx']);
  });

  it('refuses a read-only file (exit 73) and leaves it as it was', async () => {
    const file = await newWorkbook('chidoc.xlsx');
    await fs.chmod(file, 0o444);
    const bytes = await fs.readFile(file);
    const result = await runCli(['compute', file]);
    expect(result.code).toBe(EXIT.cannotWrite);
    expect(result.stderr).toContain('chỉ đọc');
    expect(await fs.readFile(file)).toEqual(bytes);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
    expect(await fs.readdir(path.dirname(file))).toEqual(['chidoc.xlsx']);
  });

  it('refuses a read-only output given with -o', async () => {
    const file = await newWorkbook('nguon.xlsx');
    const output = path.join(path.dirname(file), 'ra.xlsx');
    await fs.writeFile(output, 'giữ nguyên');
    await fs.chmod(output, 0o400);
    const result = await runCli(['compute', file, '-o', output]);
    expect(result.code).toBe(EXIT.cannotWrite);
    expect(await fs.readFile(output, 'utf8')).toBe('giữ nguyên');
  });
});

describe('files that are not regular files', () => {
  it.each([['check'], ['compute'], ['init']])('%s refuses a FIFO named .xlsx at once instead of waiting on it', async (command) => {
    const fifo = path.join(await tempDir(), 'ongdan.xlsx');
    execFileSync('mkfifo', [fifo]);
    const result = await runCli([command, fifo]);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.stderr).toContain('không phải tệp thông thường');
    expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
  }, 10_000);

  it('refuses to write over a FIFO given with -o', async () => {
    const file = await newWorkbook('nguon.xlsx');
    const fifo = path.join(path.dirname(file), 'ongdan.xlsx');
    execFileSync('mkfifo', [fifo]);
    const result = await runCli(['compute', file, '-o', fifo]);
    expect(result.code).toBe(EXIT.cannotWrite);
    expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
  }, 10_000);
});
