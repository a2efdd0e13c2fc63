/**
 * `tongket merge` of 50 unit workbooks × 2,000 rows (TTHC): seconds and peak memory of the
 * command line, run as a user runs it (the compiled bin, `npm run build:cli` first).
 * Prints figures; asserts nothing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { editWorkbook, runCli, typeRows } from '../test/helpers/xlsxFixtures';

const UNITS = 50;
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
    const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, bin, 'merge', '-o', out, ...units], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`merge failed (${run.status}): ${run.stderr}`);
    const peak = /peak-rss-kb (\d+)/.exec(run.stderr)?.[1];
    console.log(
      `CLI merge, ${UNITS} units × ${ROWS} rows: ${seconds.toFixed(1)} s, peak RSS ${peak ? (Number(peak) / 1024).toFixed(0) : '?'} MiB, ` +
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
