/**
 * Validation speed on large workbooks (not asserted): `npm run bench:validate`.
 * Prints rows, findings, milliseconds and rows per second for 1k, 10k and 100k rows.
 */
import { performance } from 'node:perf_hooks';
import { validateWorkbook } from '../src/domain/validation';
import { buildBenchSnapshot } from '../test/helpers/benchData';

const SIZES = [1_000, 10_000, 100_000];

function main(): void {
  validateWorkbook(buildBenchSnapshot(500)); // warm-up
  console.log('rows\tfindings\terrors\twarnings\tms\trows/s');
  for (const rows of SIZES) {
    const snapshot = buildBenchSnapshot(rows);
    const start = performance.now();
    const result = validateWorkbook(snapshot, { today: '2025-12-31' });
    const ms = performance.now() - start;
    const perSecond = Math.round(rows / (ms / 1000));
    console.log([rows, result.findings.length, result.counts.error, result.counts.warning, ms.toFixed(0), perSecond].join('\t'));
  }
}

main();
