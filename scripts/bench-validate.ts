/**
 * Validation speed on large workbooks (not asserted): `npm run bench:validate`.
 * 1. The domain alone: rows, findings, milliseconds and rows per second for 1k, 10k and 100k rows.
 * 2. "Kiểm tra dữ liệu" (checkData) on the simulated Excel for 1k, 10k and 100k TTHC rows:
 *    syncs, request bytes (max and total) and milliseconds; each size in its own process under
 *    a time limit (BENCH_SIM_LIMIT_S, default 420 s).
 * Figures also go to .tmp/bench-validate.json.
 */
import { performance } from 'node:perf_hooks';
import { validateWorkbook } from '../src/domain/validation';
import { buildBenchSnapshot } from '../test/helpers/benchData';
import { simLimitSeconds, simSection, writeFigures } from './bench/figures';

const SIZES = [1_000, 10_000, 100_000];

interface DomainRun {
  rows: number;
  findings: number;
  errors: number;
  warnings: number;
  ms: number;
  rowsPerSecond: number;
}

function domainRuns(): DomainRun[] {
  validateWorkbook(buildBenchSnapshot(500)); // warm-up
  console.log('rows\tfindings\terrors\twarnings\tms\trows/s');
  const runs: DomainRun[] = [];
  for (const rows of SIZES) {
    const snapshot = buildBenchSnapshot(rows);
    const start = performance.now();
    const result = validateWorkbook(snapshot, { today: '2025-12-31' });
    const ms = performance.now() - start;
    const perSecond = Math.round(rows / (ms / 1000));
    console.log([rows, result.findings.length, result.counts.error, result.counts.warning, ms.toFixed(0), perSecond].join('\t'));
    runs.push({ rows, findings: result.findings.length, errors: result.counts.error, warnings: result.counts.warning, ms: Math.round(ms), rowsPerSecond: perSecond });
  }
  return runs;
}

async function main(): Promise<void> {
  const domain = domainRuns();

  console.log('');
  console.log(`"Kiểm tra dữ liệu" on the simulator (checkData, TTHC rows, one bad row in ten; limit ${simLimitSeconds()} s per size)`);
  const sim = await simSection('check', SIZES);

  const file = writeFigures('bench-validate.json', { generatedAt: new Date().toISOString(), sizes: SIZES, domain, simulator: sim.runs, simulatorLimitLifted: sim.lifted });
  console.log('');
  console.log(`Figures: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
