/**
 * `tongket merge` of 50 unit workbooks × 2,000 rows (TTHC): seconds and peak memory of the
 * command line, run as a user runs it (the compiled bin, `npm run build:cli` first); peak RSS
 * is the child's own (process.resourceUsage().maxRSS, written on exit by
 * scripts/bench/peakRss.cjs). BENCH_MERGE_UNITS=10 merges fewer units. Then the add-in's
 * "Gộp sổ đơn vị" of the same files on the simulated Excel (scripts/bench/simMerge.ts, its
 * own process, stopped after BENCH_SIM_LIMIT_S, default 420 s): the files read as the pane
 * reads them, then syncs, largest request and time of the merge's writes and of the
 * recomputation that follows — whatever completes within the limit. Prints figures;
 * asserts nothing.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { editWorkbook, runCli, typeRows } from '../test/helpers/xlsxFixtures';
import { kb, PEAK_RSS_HOOK, ROOT, simLimitSeconds } from './bench/figures';

const UNITS = Number(process.env.BENCH_MERGE_UNITS ?? 50);
const ROWS = 2_000;
const PLACEHOLDER = 'ĐƠN VỊ MẪU ĐỂ ĐO';

/** The add-in's merge of the same files on the simulator, in a child process under a time limit. */
function simMerge(dir: string): Promise<void> {
  const limit = simLimitSeconds();
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', path.join(ROOT, 'scripts', 'bench', 'simMerge.ts'), dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const phases: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      let at: number;
      while ((at = stdout.indexOf('\n')) >= 0) {
        const line = stdout.slice(0, at);
        stdout = stdout.slice(at + 1);
        const match = /^phase (\w+) (.*)$/.exec(line);
        if (!match) continue;
        phases.push(match[1]);
        const f = JSON.parse(match[2]) as Record<string, number>;
        if (match[1] === 'read') console.log(`Add-in (simulated Excel), ${f.units} files read as the pane reads them (${f.rows} rows): ${(f.ms / 1000).toFixed(1)} s`);
        else {
          const what = match[1] === 'merge' ? 'merge (read, refusal checks, writes)' : 'recomputation after the merge ("Tính tổng hợp")';
          console.log(`  ${what}: ${f.syncs} syncs, largest request ${kb(f.maxRequestBytes)}, requests ${kb(f.requestBytes)} in all, largest response ${kb(f.maxResponseBytes)}, ${(f.ms / 1000).toFixed(1)} s`);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limit * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Math.round((Date.now() - started) / 1000);
      if (timedOut) console.log(`  stopped by the time limit (${limit} s) after ${seconds} s; completed: ${phases.join(', ') || 'nothing'} (BENCH_SIM_LIMIT_S raises it)`);
      else if (code !== 0) console.log(`  failed (exit ${code}) after ${seconds} s; completed: ${phases.join(', ') || 'nothing'}: ${stderr.split('\n').slice(0, 6).join(' ')}`);
      done();
    });
  });
}

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
    await simMerge(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
