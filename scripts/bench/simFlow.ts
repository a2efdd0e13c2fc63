/**
 * One add-in flow on the simulated Excel, run in its own process so the benchmark can stop
 * it after a time limit: `tsx scripts/bench/simFlow.ts compute|check ROWS`. Creates the
 * template, fills the tables, resets the counters, runs the flow and prints one JSON line
 * (`SimFlowResult`).
 */
import { performance } from 'node:perf_hooks';
import { checkData } from '../../src/excel/check';
import { computeSummary } from '../../src/excel/compute';
import { createTemplate } from '../../src/excel/setup';
import { installSim } from '../../test/excel/simHost';
import { benchRows, benchTableRows, rowCount } from '../../test/helpers/benchRows';
import { fillTable, typeHeader } from '../../test/helpers/simTables';
import type { RowInput } from '../../test/helpers/snapshot';
import type { SimFlowResult } from './figures';

/** The clock of every benchmark run (inside the report period). */
const NOW = new Date(2025, 11, 20, 14, 30);

const LIFTED_LIMIT_BYTES = 1024 * 1024 * 1024;

async function main(): Promise<void> {
  const [flow, size, option] = process.argv.slice(2);
  const liftLimit = option === '--lift-limit';
  const rows = Number(size);
  if ((flow !== 'compute' && flow !== 'check') || !Number.isInteger(rows) || rows <= 0) {
    throw new Error('usage: simFlow.ts compute|check ROWS');
  }
  // "Tính tổng hợp" runs on a whole year-end workbook; "Kiểm tra dữ liệu" is measured on TTHC rows.
  const byTable: Record<string, RowInput[]> = flow === 'compute' ? benchRows(rows) : { TTHC: benchTableRows('TTHC', rows) };

  // The limit applies to the filling too: lifted, it only matters for the flow measured.
  const began = performance.now();
  // Progress on stderr, so a run stopped by the time limit tells how far it got.
  const phase = (name: string) => process.stderr.write(`phase: ${name} at ${Math.round((performance.now() - began) / 1000)} s\n`);
  const sim = installSim(liftLimit ? { requestLimitBytes: LIFTED_LIMIT_BYTES } : {});
  let start = performance.now();
  await createTemplate();
  typeHeader(sim);
  for (const [table, tableRows] of Object.entries(byTable)) await fillTable(sim, table, tableRows);
  const fillMs = performance.now() - start;
  phase(`template and ${rowCount(byTable)} rows filled`);

  sim.counters.reset();
  start = performance.now();
  let extra: Partial<SimFlowResult> = {};
  const step = (name: string) => phase(`${flow} step "${name}" started (${sim.counters.syncs} syncs so far)`);
  try {
    if (flow === 'compute') {
      const outcome = await computeSummary(step, () => NOW);
      extra = { mismatches: outcome.mismatches.length, reportedSyncs: outcome.syncs, findings: outcome.plan.validation.findings.length };
    } else {
      const outcome = await checkData(step, () => NOW);
      extra = { reportedSyncs: outcome.syncs, findings: outcome.findings.length };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    extra = { error: typeof code === 'string' ? `${code}: ${message}` : message };
  }
  const ms = performance.now() - start;

  const result: SimFlowResult = {
    rows: rowCount(byTable),
    rowsByTable: Object.fromEntries(Object.entries(byTable).map(([table, tableRows]) => [table, tableRows.length])),
    syncs: sim.counters.syncs,
    requestBytes: sim.counters.requests.map((r) => r.bytes),
    requestOperations: sim.counters.requests.map((r) => r.operations),
    responseBytes: sim.counters.requests.map((r) => r.responseBytes),
    limitLifted: liftLimit,
    ms: Math.round(ms),
    fillMs: Math.round(fillMs),
    ...extra,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
