/**
 * Figures for "Tạo bảng mẫu" on the simulated Excel (syncs and request bytes, first run and
 * a repeat) and the size of the shipped task pane (run `npm run build` first for the bundle).
 * Prints figures; asserts nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { createTemplate } from '../src/excel/setup';
import { createSimulatedExcel } from '../test/sim';

async function measure(label: string, sim: ReturnType<typeof createSimulatedExcel>): Promise<void> {
  sim.counters.reset();
  const started = performance.now();
  const outcome = await createTemplate();
  const ms = performance.now() - started;
  const bytes = sim.counters.requests.map((r) => r.bytes);
  console.log(
    `${label.padEnd(28)} syncs ${String(sim.counters.syncs).padStart(2)}  requests ${bytes.join(' + ')} B ` +
      `(max ${Math.max(...bytes)} B, total ${bytes.reduce((a, b) => a + b, 0)} B)  created ${outcome.created.length}  ${ms.toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  for (const apiVersion of ['1.17', '1.7']) {
    const sim = createSimulatedExcel({ apiVersion });
    sim.install(globalThis);
    await measure(`ExcelApi ${apiVersion}, new workbook`, sim);
    await measure(`ExcelApi ${apiVersion}, second run`, sim);
  }
  const dist = path.resolve(__dirname, '..', 'dist');
  if (fs.existsSync(dist)) {
    for (const file of fs.readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const content = fs.readFileSync(path.join(dist, file));
      console.log(`${file}: ${(content.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KiB`);
    }
  } else {
    console.log('dist/ not built: run `npm run build` for the bundle size.');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
