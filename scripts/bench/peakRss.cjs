/**
 * Preloaded into a benchmarked child process (`node --require scripts/bench/peakRss.cjs …`):
 * on exit, writes the process's peak resident set size in KiB (process.resourceUsage().maxRSS)
 * to the file named by TONGKET_PEAK_RSS_FILE. Measurement only; the product never loads it.
 */
// A preload for `node --require` is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFileSync } = require('node:fs');

const file = process.env.TONGKET_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
