import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { EXIT } from '../../src/cli/errors';
import { editWorkbook, runCli, tempDir } from '../helpers/xlsxFixtures';

describe('tongket arguments', () => {
  it('prints the help in Vietnamese', async () => {
    for (const args of [[], ['--help'], ['init', '-h']]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Cách dùng (usage)');
      expect(result.stdout).toContain('tongket check TỆP.xlsx [--json]');
      expect(result.stdout).toContain('a workbook of a newer format: init and compute write nothing');
    }
  });

  it.each([
    [['tinh', 'a.xlsx'], 'Lệnh không hợp lệ: "tinh"'],
    [['check'], 'Thiếu tên tệp Excel'],
    [['check', 'a.xlsx', 'b.xlsx'], 'Chỉ nhận một tệp'],
    [['init', 'a.xlsx', '--json'], '--json chỉ dùng với lệnh check'],
    [['check', 'a.xlsx', '-o', 'b.xlsx'], 'không nhận -o'],
    [['compute', 'a.xlsx', '-o'], 'Thiếu tên tệp sau -o'],
    [['check', 'a.xlsx', '--nhanh'], 'Tùy chọn không hợp lệ: "--nhanh"'],
  ])('refuses %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('tongket --help');
  });
});

describe('tongket check', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'kiemtra.xlsx');
    await runCli(['init', file]);
  });

  it('--json prints the findings with exactly the listed fields, and exits 1 on errors', async () => {
    const bytes = await fs.readFile(file);
    const result = await runCli(['check', file, '--json']);
    const parsed = JSON.parse(result.stdout) as { findings: Record<string, unknown>[]; counts: { error: number; warning: number } };
    expect(Object.keys(parsed)).toEqual(['findings', 'counts']);
    expect(Object.keys(parsed.counts).sort()).toEqual(['error', 'warning']);
    expect(parsed.findings.length).toBe(parsed.counts.error + parsed.counts.warning);
    for (const finding of parsed.findings) {
      expect(Object.keys(finding)).toEqual(['severity', 'sheet', 'cell', 'table', 'column', 'message', 'suggestion', 'basis']);
    }
    // a new workbook has no report header yet: that is an error
    expect(parsed.findings).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'Thông tin', cell: 'B3' }));
    expect(result.code).toBe(EXIT.findings);
    expect(await fs.readFile(file)).toEqual(bytes);
  });

  it('groups the human output by sheet', async () => {
    const result = await runCli(['check', file]);
    expect(result.code).toBe(EXIT.findings);
    expect(result.stdout).toMatch(/^Kiểm tra ".*kiemtra\.xlsx": \d+ lỗi, \d+ cảnh báo\./);
    expect(result.stdout).toContain('Trang "Thông tin":');
    expect(result.stdout).toContain('Lỗi      B3 [Đơn vị báo cáo]: Chưa nhập Đơn vị báo cáo.');
  });

  it('exits 0 when only warnings remain', async () => {
    await editWorkbook(file, (document) => {
      const info = document.workbook.getWorksheet('Thông tin')!;
      info.getCell('B3').value = 'Sở Nông nghiệp và Môi trường';
      info.getCell('B4').value = new Date(Date.UTC(2024, 11, 15));
      info.getCell('B5').value = new Date(Date.UTC(2025, 11, 14));
      info.getCell('B6').value = new Date(Date.UTC(2025, 11, 18));
    });
    const result = await runCli(['check', file, '--json']);
    const parsed = JSON.parse(result.stdout) as { counts: { error: number } };
    expect(parsed.counts.error).toBe(0);
    expect(result.code).toBe(0);
  });
});

describe('the tongket process', () => {
  it('exits with the command exit code when run as the main module', async () => {
    const main = path.join(__dirname, '../../src/cli/main.ts');
    const tsx = path.join(__dirname, '../../node_modules/.bin/tsx');
    const missing = path.join(await tempDir(), 'khongco.xlsx');
    const error = await promisify(execFile)(tsx, [main, 'check', missing]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: EXIT.badFile });
    expect((error as { stderr: string }).stderr).toContain('Không tìm thấy tệp');
  });
});
