/**
 * The real `tongket` process writes all of a large report before it exits, also into a pipe
 * (Node cuts piped output at 64 KiB when the process exits right after writing).
 */
import { execFile } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';
import { EXIT } from '../../src/cli/errors';
import { editWorkbook, runCli, tempDir, typeRows } from '../helpers/xlsxFixtures';

const MAIN = path.join(__dirname, '../../src/cli/main.ts');
const TSX = path.join(__dirname, '../../node_modules/.bin/tsx');

/** Runs the command in a shell, its output piped through `cat` as a user's script would. */
async function piped(args: string): Promise<{ code: number; stdout: string }> {
  const shell = `"${TSX}" "${MAIN}" ${args} | cat; exit \${PIPESTATUS[0]}`;
  const result = await promisify(execFile)('bash', ['-c', shell], { maxBuffer: 256 * 1024 * 1024 }).catch(
    (e: { code: number; stdout: string }) => e,
  );
  return { code: 'code' in result && typeof result.code === 'number' ? result.code : 0, stdout: result.stdout };
}

describe('tongket output through a pipe', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'nhieu-loi.xlsx');
    await runCli(['init', file]);
    // 4,000 award lines, each with a negative count and no title: two errors per line
    await editWorkbook(file, (document) =>
      typeRows(document, 'KhenThuong', Array.from({ length: 4000 }, (_, i) => ({ decisionNumber: `${i + 1}/QĐ-UBND`, recipientType: 'Cá nhân', quantity: -1 }))),
    );
  }, 120_000);

  it('prints megabytes of --json whole', async () => {
    const { code, stdout } = await piped(`check "${file}" --json`);
    expect(stdout.length).toBeGreaterThan(2 * 1024 * 1024);
    const parsed = JSON.parse(stdout) as { findings: unknown[]; counts: { error: number; warning: number } };
    expect(parsed.findings).toHaveLength(parsed.counts.error + parsed.counts.warning);
    expect(parsed.counts.error).toBeGreaterThanOrEqual(8_000);
    expect(code).toBe(EXIT.findings);
  }, 120_000);

  it('prints the text report whole, to its last finding', async () => {
    const { code, stdout } = await piped(`check "${file}"`);
    expect(stdout.length).toBeGreaterThan(2 * 1024 * 1024);
    const [, errors] = /(\d+) lỗi/.exec(stdout)!;
    expect(stdout.match(/^ {2}Lỗi /gm)?.length).toBe(Number(errors));
    expect(stdout.endsWith('\n')).toBe(true);
    expect(code).toBe(EXIT.findings);
  }, 120_000);
});
