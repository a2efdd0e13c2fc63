/**
 * "Tính tổng hợp" speed and payload (printed, not asserted): `npm run bench`.
 *
 * 1. The add-in flow (computeSummary) on the simulated Excel for 1k, 10k and 100k data rows
 *    spread over the contract tables: syncs beside the fewest the bytes need
 *    (⌈request ÷ 5 MB⌉ + ⌈response ÷ 5 MB⌉) and issue 9's target (⌈response ÷ 5 MB⌉ + 2),
 *    the largest request and response, the bytes of each request, and wall time; then
 *    "Kiểm tra dữ liệu" (checkData) on as many TTHC rows. Each size runs in its own process
 *    under a time limit (BENCH_SIM_LIMIT_S, default 900 s).
 * 2. `tongket compute` on an .xlsx holding the same rows, beside LibreOffice converting the
 *    same file (fresh profile, set to recalculate every formula on load), whole processes.
 *
 * Figures also go to .tmp/bench-compute.json. BENCH_SIZES=1000,10000 picks other sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchCounts, benchRows } from '../test/helpers/benchRows';
import { writeBenchWorkbook } from '../test/helpers/benchXlsx';
import { kb, PEAK_RSS_HOOK, ROOT, simLimitSeconds, simSection, table, writeFigures } from './bench/figures';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PROCESS_LIMIT_MS = 15 * 60 * 1000;

/** LibreOffice settings: recalculate every formula of an .xlsx on load, as tongket computes them. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

interface CliRun {
  rows: number;
  inputBytes: number;
  tongketMs: number;
  tongketOutputBytes: number;
  /** peak resident memory of the tongket process (its own maxRSS), MiB */
  tongketPeakMiB: number;
  sofficeMs: number;
  sofficeOutputBytes: number;
  ratio: number;
}

function timed(command: string, args: readonly string[], env: Record<string, string> = {}): { ms: number; status: number | null; stderr: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: PROCESS_LIMIT_MS, env: { ...process.env, ...env } });
  return { ms: Math.round(performance.now() - start), status: result.status, stderr: String(result.stderr ?? '') };
}

function sizeOf(file: string): number {
  if (!existsSync(file) || statSync(file).size === 0) throw new Error(`${file} was not written`);
  return statSync(file).size;
}

async function cliRun(rows: number, work: string): Promise<CliRun> {
  const input = join(work, `bench-${rows}.xlsx`);
  await writeBenchWorkbook(input, benchRows(rows));

  const output = join(work, `computed-${rows}.xlsx`);
  const peakFile = join(work, `peak-${rows}`);
  const tongket = timed(process.execPath, ['--require', PEAK_RSS_HOOK, join(ROOT, 'bin', 'tongket.js'), 'compute', input, '-o', output], { TONGKET_PEAK_RSS_FILE: peakFile });
  if (tongket.status !== 0) throw new Error(`tongket compute exited ${tongket.status}: ${tongket.stderr}`);

  const profile = join(work, `lo-profile-${rows}`);
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outdir = join(work, `lo-out-${rows}`);
  const soffice = timed('/usr/bin/soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outdir, input]);
  // soffice exits 0 even when it fails: the converted file is the proof.
  const sofficeOutputBytes = sizeOf(join(outdir, basename(input)));

  return {
    rows,
    inputBytes: sizeOf(input),
    tongketMs: tongket.ms,
    tongketOutputBytes: sizeOf(output),
    tongketPeakMiB: Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024),
    sofficeMs: soffice.ms,
    sofficeOutputBytes,
    ratio: Math.round((tongket.ms / soffice.ms) * 100) / 100,
  };
}

async function main(): Promise<void> {
  console.log(`Rows per table: ${SIZES.map((n) => `${n}: ${Object.entries(benchCounts(n)).map(([t, c]) => `${t} ${c}`).join(', ')}`).join(' | ')}`);
  console.log('');
  console.log(`1. "Tính tổng hợp" on the simulator (computeSummary after createTemplate + filled tables; limit ${simLimitSeconds()} s per size)`);
  const sim = await simSection('compute', SIZES);

  console.log('');
  console.log(`1b. "Kiểm tra dữ liệu" on the simulator (checkData on as many TTHC rows; limit ${simLimitSeconds()} s per size)`);
  const check = await simSection('check', SIZES);

  console.log('');
  console.log('2. tongket compute vs soffice --headless --convert-to xlsx (same input, whole processes)');
  const build = timed('npm', ['run', '--silent', 'build:cli']);
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  const work = mkdtempSync(join(tmpdir(), 'tongket-bench-'));
  const cli: CliRun[] = [];
  try {
    for (const rows of SIZES) cli.push(await cliRun(rows, work));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    table(
      ['rows', 'input', 'tongket ms', 'tongket peak RSS', 'soffice ms', 'tongket/soffice'],
      cli.map((r) => [r.rows, kb(r.inputBytes), r.tongketMs, `${r.tongketPeakMiB} MiB`, r.sofficeMs, r.ratio.toFixed(2)]),
    ),
  );
  console.log('tongket peak RSS: the process\'s own maxRSS (process.resourceUsage), written on exit by scripts/bench/peakRss.cjs.');
  console.log('soffice: fresh profile per run (recalculates every formula on load), separate --outdir; both timed as whole processes.');

  const file = writeFigures('bench-compute.json', { generatedAt: new Date().toISOString(), sizes: SIZES, simulator: sim.runs, simulatorLimitLifted: sim.lifted, check: check.runs, checkLimitLifted: check.lifted, cli });
  console.log('');
  console.log(`Figures: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
