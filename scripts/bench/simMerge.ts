/**
 * "Gộp sổ đơn vị" on the simulated Excel, in its own process so the benchmark can stop it
 * after a time limit: `tsx scripts/bench/simMerge.ts FOLDER`. Reads every .xlsx of FOLDER as
 * the pane reads a chosen file (bytes, SHA-256), creates the template, merges them all, then
 * the recomputation. Each finished phase is one line on stdout ("phase NAME {json}"), so a
 * run stopped by the limit still tells what completed.
 */
import { vi } from '../../src/domain/messages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { UnitReport } from '../../src/domain/merge';
import { mergeUnits } from '../../src/excel/merge';
import { createTemplate } from '../../src/excel/setup';
import { readUnitWorkbook } from '../../src/workbook/workbookBytes';
import { installSim } from '../../test/excel/simHost';

const NOW = new Date(2025, 11, 20, 14, 30);

function phase(name: string, figures: Record<string, unknown>): void {
  process.stdout.write(`phase ${name} ${JSON.stringify(figures)}\n`);
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  const files = readdirSync(folder)
    .filter((f) => /^don-vi-\d+\.xlsx$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  let start = performance.now();
  const units: UnitReport[] = [];
  for (const file of files) {
    const buffer = readFileSync(join(folder, file));
    const read = await readUnitWorkbook(file, buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    if (!read.ok) throw new Error(vi(read.problem));
    units.push(read.unit);
  }
  phase('read', { units: units.length, rows: units.reduce((n, u) => n + Object.values(u.tables).reduce((m, t) => m + t.rows.length, 0), 0), ms: Math.round(performance.now() - start) });

  const sim = installSim();
  await createTemplate();
  sim.counters.reset();
  start = performance.now();
  let writesDone = false;
  const mergeFigures = () => {
    const requests = sim.counters.requests;
    return {
      syncs: requests.length,
      maxRequestBytes: Math.max(0, ...requests.map((r) => r.bytes)),
      requestBytes: requests.reduce((n, r) => n + r.bytes, 0),
      maxResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
      ms: Math.round(performance.now() - start),
    };
  };
  const outcome = await mergeUnits(
    units,
    (step) => {
      if (step === 'compute' && !writesDone) {
        writesDone = true;
        phase('merge', mergeFigures());
        sim.counters.reset();
        start = performance.now();
      }
    },
    () => NOW,
  );
  if (!outcome.ok) throw new Error(outcome.refusals.join('\n'));
  phase('compute', mergeFigures());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
