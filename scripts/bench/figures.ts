/**
 * Shared pieces of the benchmarks: running a simulator flow in a child process under a time
 * limit, request figures against the 5 MB payload limit, small text tables and the JSON file.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

/**
 * Preloaded with `node --require` into a benchmarked child: writes the child's peak RSS (KiB)
 * to the file named by TONGKET_PEAK_RSS_FILE when it exits.
 */
export const PEAK_RSS_HOOK = join(ROOT, 'scripts', 'bench', 'peakRss.cjs');

/** Excel on the web refuses a request over 5 MB (the simulator's default limit). */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** What `simFlow.ts` prints for one run. */
export interface SimFlowResult {
  rows: number;
  rowsByTable: Record<string, number>;
  syncs: number;
  requestBytes: number[];
  requestOperations: number[];
  /** bytes of the response to each request */
  responseBytes: number[];
  /** run with the simulator's payload limit raised (`--lift-limit`) */
  limitLifted: boolean;
  /** the flow's error, when it failed (the figures then cover the requests until the failure) */
  error?: string;
  /** the flow itself (counters reset before it) */
  ms: number;
  /** creating the template and filling the tables, before the flow */
  fillMs: number;
  findings?: number;
  reportedSyncs?: number;
  mismatches?: number;
}

export type SimFlowRun =
  | ({ status: 'ok' } & SimFlowResult & RequestFigures)
  | { status: 'timeout' | 'failed'; rows: number; limitSeconds: number; seconds: number; error?: string; lastPhase?: string };

export interface RequestFigures {
  maxRequestBytes: number;
  /** sum of the bytes of every request */
  payloadBytes: number;
  /**
   * the fewest syncs the bytes allow: ⌈response ÷ 5 MB⌉ reading + ⌈request ÷ 5 MB⌉ writing
   * (the writes depend on what was read, so the two do not share a request)
   */
  minimumSyncs: number;
  /** ⌈sum of the request bytes ÷ 5 MB⌉: the fewest requests the writes fit in */
  requestSyncs: number;
  /** ⌈sum of the response bytes ÷ 5 MB⌉: the fewest responses the reads fit in */
  responseSyncs: number;
  /** issue 9's goal: ⌈response ÷ 5 MB⌉ + 2 (the reads, one write, one read-back) */
  targetSyncs: number;
  /** sum of the bytes of every response */
  responseTotalBytes: number;
  requestsOverLimit: number;
  maxResponseBytes: number;
  responsesOverLimit: number;
}

export function requestFigures(bytes: readonly number[], responses: readonly number[] = []): RequestFigures {
  const payloadBytes = bytes.reduce((sum, b) => sum + b, 0);
  const responseTotalBytes = responses.reduce((sum, b) => sum + b, 0);
  const requestSyncs = Math.max(1, Math.ceil(payloadBytes / REQUEST_LIMIT_BYTES));
  const responseSyncs = Math.max(1, Math.ceil(responseTotalBytes / REQUEST_LIMIT_BYTES));
  return {
    requestSyncs,
    responseSyncs,
    targetSyncs: responseSyncs + 2,
    maxResponseBytes: Math.max(0, ...responses),
    responsesOverLimit: responses.filter((b) => b > REQUEST_LIMIT_BYTES).length,
    maxRequestBytes: Math.max(0, ...bytes),
    payloadBytes,
    responseTotalBytes,
    minimumSyncs: responseSyncs + requestSyncs,
    requestsOverLimit: bytes.filter((b) => b > REQUEST_LIMIT_BYTES).length,
  };
}

/** Seconds a simulator run may take before it is stopped (BENCH_SIM_LIMIT_S, default 900; see README for the times measured). */
export function simLimitSeconds(): number {
  const fromEnv = Number(process.env.BENCH_SIM_LIMIT_S);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 900;
}

/** Runs `simFlow.ts FLOW ROWS` in a child process; stops it after `limitSeconds`. */
export function runSimFlow(flow: 'compute' | 'check', rows: number, options: { liftLimit?: boolean; limitSeconds?: number } = {}): Promise<SimFlowRun> {
  const limitSeconds = options.limitSeconds ?? simLimitSeconds();
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', join(ROOT, 'scripts', 'bench', 'simFlow.ts'), flow, String(rows), ...(options.liftLimit ? ['--lift-limit'] : [])], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const phases = stderr.split('\n').filter((l) => l.startsWith('phase: '));
      const lastPhase = phases.length > 0 ? phases[phases.length - 1].slice('phase: '.length) : undefined;
      if (timedOut) return done({ status: 'timeout', rows, limitSeconds, seconds: seconds(), lastPhase });
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        return done({ status: 'failed', rows, limitSeconds, seconds: seconds(), lastPhase, error: (stderr.split('\n').filter((l) => l && !l.startsWith('phase: ')).join('\n') || `exit ${code}`).split('\n').slice(0, 6).join('\n') });
      }
      const result = JSON.parse(line) as SimFlowResult;
      done({ status: 'ok', ...result, ...requestFigures(result.requestBytes, result.responseBytes) });
    });
  });
}

export function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Left-aligned columns, two spaces apart. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** Writes the figures to `.tmp/NAME` (git-ignored); returns the path. */
export function writeFigures(name: string, figures: unknown): string {
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

/** How a run ended: "ok", the flow's error (at which sync), or why it was stopped. */
export function outcome(run: SimFlowRun): string {
  if (run.status !== 'ok') {
    const reached = run.lastPhase ? `; last: ${run.lastPhase}` : '';
    return run.status === 'timeout' ? `stopped after ${run.limitSeconds} s (time limit${reached})` : `failed: ${run.error ?? ''}${reached}`;
  }
  if (run.error) return `${run.error.split(':')[0]} at sync ${run.syncs}`;
  return 'ok';
}

/** The simulator figures as table rows, one per size. */
export function simRows(runs: readonly SimFlowRun[]): (string | number)[][] {
  return runs.map((run) => {
    if (run.status !== 'ok') return [run.rows, '', '', '', '', '', '', '', '', '', '', outcome(run)];
    const over = (bytes: number) => (bytes > REQUEST_LIMIT_BYTES ? `${kb(bytes)} (> 5 MB)` : kb(bytes));
    return [
      run.rows,
      run.syncs,
      `${run.requestSyncs} + ${run.responseSyncs} = ${run.minimumSyncs}`,
      `${run.targetSyncs} ${run.syncs <= run.targetSyncs ? 'met' : 'MISSED'}`,
      over(run.maxRequestBytes),
      kb(run.payloadBytes),
      over(run.maxResponseBytes),
      kb(run.responseTotalBytes),
      run.ms,
      run.fillMs,
      run.requestBytes.join(' '),
      outcome(run),
    ];
  });
}

export const SIM_HEADER = ['rows', 'syncs', 'min syncs (req + resp)', 'target', 'max request', 'payload', 'max response', 'response', 'ms', 'fill ms', 'request bytes', 'result'];

/** Lines for the sizes whose flow did not finish (errors in full), or null when all did. */
export function unfinishedNote(runs: readonly SimFlowRun[]): string | null {
  const stopped = runs.filter((r) => r.status !== 'ok' || r.error);
  if (stopped.length === 0) return null;
  const done = runs.filter((r) => r.status === 'ok' && !r.error).map((r) => r.rows);
  const lines = stopped.map((r) => `  ${r.rows} rows: ${r.status === 'ok' ? r.error : outcome(r)}`);
  return [`Did not complete:`, ...lines, `Largest size that completed: ${done.length > 0 ? `${Math.max(...done)} rows` : 'none'}.`].join('\n');
}

/** Sizes whose flow stopped on the 5 MB payload limit: worth running again with it lifted. */
export function stoppedByLimit(runs: readonly SimFlowRun[]): number[] {
  return runs.filter((r) => r.status === 'ok' && /PayloadSizeLimitExceeded/.test(r.error ?? '')).map((r) => r.rows);
}

/**
 * Runs a flow for each size; for the sizes stopped by the 5 MB limit, runs it again with the
 * limit lifted and prints that second table too, so the rest of the flow is measured.
 */
export async function simSection(flow: 'compute' | 'check', sizes: readonly number[]): Promise<{ runs: SimFlowRun[]; lifted: SimFlowRun[] }> {
  const runs: SimFlowRun[] = [];
  for (const rows of sizes) runs.push(await runSimFlow(flow, rows));
  console.log(table(SIM_HEADER, simRows(runs)));
  console.log(
    'min syncs = ⌈payload ÷ 5 MB⌉ + ⌈response ÷ 5 MB⌉ (the writes depend on the reads, so they do not share a request); target = ⌈response ÷ 5 MB⌉ + 2 (issue 9); payload = sum of the request bytes; response = sum of what the loads return; ms = the flow alone; fill ms = template and rows typed before it.',
  );
  const note = unfinishedNote(runs);
  if (note) console.log(note);
  const again = stoppedByLimit(runs);
  const lifted: SimFlowRun[] = [];
  if (again.length > 0) {
    console.log('');
    console.log(`Same flow with the simulator's 5 MB limit lifted (sizes ${again.join(', ')}), to measure the rest of it:`);
    for (const rows of again) lifted.push(await runSimFlow(flow, rows, { liftLimit: true }));
    console.log(table(SIM_HEADER, simRows(lifted)));
    const liftedNote = unfinishedNote(lifted);
    if (liftedNote) console.log(liftedNote);
  }
  return { runs, lifted };
}
