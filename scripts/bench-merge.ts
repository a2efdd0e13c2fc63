/**
 * `tongket merge` of 50 unit workbooks × 2,000 rows (TTHC): seconds and peak memory of the
 * command line, run as a user runs it (the compiled bin, `npm run build:cli` first); peak RSS
 * is the child's own (process.resourceUsage().maxRSS, written on exit by
 * scripts/bench/peakRss.cjs). BENCH_MERGE_UNITS=10 merges fewer units. Prints figures;
 * asserts nothing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { editWorkbook, runCli, typeRows } from '../test/helpers/xlsxFixtures';
import { PEAK_RSS_HOOK } from './bench/figures';

const UNITS = Number(process.env.BENCH_MERGE_UNITS ?? 50);
const ROWS = 2_000;
const PLACEHOLDER = 'ĐƠN VỊ MẪU ĐỂ ĐO';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-bench-merge-'));
  try {
    const template = path.join(dir, 'mau.xlsx');
    await runCli(['init', template]);
    await editWorkbook(template, (document) => {
      const info = document.workbook.getWorksheet('Thông tin')!;
      info.getCell('B3').value = PLACEHOLDER;
      info.getCell('B4').value = 45641;
      info.getCell('B5').value = 46005;
      typeRows(
        document,
        'TTHC',
        Array.from({ length: ROWS }, (_, i) => ({
          field: `Lĩnh vực ${i + 1}`, online: 100 + (i % 37), inPerson: 50, carriedOver: 3, early: 90, onTime: 50, late: 13 + (i % 37), pendingWithin: 0, pendingOverdue: 0,
        })),
      );
    });
    // Each unit differs by its name only: the shared string is replaced in the package.
    const zip = await JSZip.loadAsync(fs.readFileSync(template));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const units: string[] = [];
    for (let u = 1; u <= UNITS; u++) {
      zip.file('xl/sharedStrings.xml', strings.replace(PLACEHOLDER, `Đơn vị số ${String(u).padStart(2, '0')}`));
      const file = path.join(dir, `don-vi-${u}.xlsx`);
      fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      units.push(file);
    }
    const out = path.join(dir, 'tong-hop.xlsx');
    const bin = path.resolve(__dirname, '..', 'bin', 'tongket.js');
    const started = performance.now();
    const peakFile = path.join(dir, 'peak-rss');
    const run = spawnSync(process.execPath, ['--require', PEAK_RSS_HOOK, bin, 'merge', '-o', out, ...units], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, TONGKET_PEAK_RSS_FILE: peakFile },
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`merge failed (${run.status}): ${run.stderr}`);
    const peakKiB = Number(fs.readFileSync(peakFile, 'utf8'));
    console.log(
      `CLI merge, ${UNITS} units × ${ROWS} rows: ${seconds.toFixed(1)} s, peak RSS ${(peakKiB / 1024).toFixed(0)} MiB, ` +
        `output ${(fs.statSync(out).size / 1024 / 1024).toFixed(1)} MiB`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
