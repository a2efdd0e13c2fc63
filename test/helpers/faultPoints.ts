/**
 * The fault-point harness: runs a command once undisturbed, then once per fault point — each
 * sync of that run failed with its request lost, its response lost, or only the first k of
 * its actions applied — and checks what a clerk relies on: the cells they typed are
 * unchanged by the failed run, and running the command again gives exactly the workbook the
 * undisturbed run gave (full dump of the simulated workbook: values, formulas, formats,
 * validation, conditional formats, names, tables, frozen panes, widths).
 *
 * Any command can use it (see test/sim/README.md, "Fault injection"):
 *
 *   await forEachFaultPoint({ workbook: () => filledSmallWorkbook(), command: () => checkData(undefined, now) });
 */
import { DATA_TABLES, NAMED_CELLS } from '../../src/domain/contract';
import type { FaultMode } from '../sim';
import type { Sim } from '../excel/simHost';
import { cellOf, firstDataRow } from './simTables';

export interface FaultPoint {
  /** 1-based sync of the command's run */
  sync: number;
  mode: FaultMode;
}

export interface FaultPointOptions {
  /**
   * the simulated workbook in the state before the command, installed as the global host;
   * built once, then forked for each fault point
   */
  workbook: () => Promise<Sim> | Sim;
  /** the command, as the task pane calls it */
  command: () => Promise<unknown>;
  /**
   * what the user typed, by cell, read from the workbook (default: the contract tables' input
   * cells and the report header); every cell read before the run must read the same after
   */
  typed?: (sim: Sim) => Record<string, unknown>;
  /**
   * which partial applications to try, given the positions of a request's actions that
   * change the workbook: each returned position is the action that fails (the ones before
   * it stay applied), and what each action of the request does (`Class.member`); default
   * `spreadCuts`
   */
  cuts?: (changes: readonly number[], members: readonly string[]) => number[];
}

export interface FaultPointReport {
  /** syncs of the undisturbed run */
  syncs: number;
  /** fault points exercised */
  points: number;
}

/**
 * The whole simulated workbook as comparable data. Internal object ids (charts, custom XML
 * parts) are left out: Excel draws them from a counter that a failed run advances, and
 * nothing a user sees depends on them.
 */
export function workbookDump(sim: Sim): unknown {
  const dump = sim.workbook.snapshot();
  const withoutId = (item: unknown) => Object.fromEntries(Object.entries(item as object).filter(([key]) => key !== 'id'));
  return {
    ...dump,
    sheets: dump.sheets.map((sheet) => ({ ...sheet, charts: sheet.charts.map(withoutId) })),
    customXmlParts: dump.customXmlParts.map(withoutId),
  };
}

/** Every input cell of the contract's data tables and the report header's input cells. */
export function typedCells(sim: Sim): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const spec of DATA_TABLES) {
    const info = sim.workbook.getTableInfo(spec.name);
    if (!info) continue;
    const rows = bodyRows(info.bodyAddress);
    for (const column of spec.columns) {
      if (column.kind !== 'input' || !info.headers.includes(column.header)) continue;
      for (let i = 0; i < rows; i++) {
        const address = cellOf(sim, spec.name, column.header, i);
        const cell = sim.workbook.getCell(info.sheet, address);
        cells[`${info.sheet}!${address}`] = cell.formula || cell.value;
      }
    }
    // the first data row of a table that later runs extend
    cells[`${spec.name} first row`] = firstDataRow(sim, spec.name);
  }
  for (const spec of NAMED_CELLS) {
    if (spec.kind !== 'input') continue;
    const name = sim.workbook.names().find((n) => n.name === spec.name);
    const match = name && /^=?'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(name.formula);
    if (match) cells[spec.name] = sim.workbook.getCell(match[1], `${match[2]}${match[3]}`).value;
  }
  return cells;
}

/**
 * Where to cut a request: before each action that changes the workbook but the first (cut
 * before the first, nothing is applied: the request lost), so each distinct partial state is
 * tried once — up to 24 spread evenly in a longer request, plus, always, the cut just after
 * each object the request creates and then names (a table, a chart): Office.js creates and
 * names in two actions, and the unnamed object is the state a rerun must recognise.
 * `FAULT_POINTS=all` tries every one (minutes: for a one-off check, not for `npm test`).
 */
export function spreadCuts(changes: readonly number[], members: readonly string[] = []): number[] {
  const every = changes.slice(1);
  const limit = process.env.FAULT_POINTS === 'all' ? Infinity : 24;
  if (every.length <= limit) return every;
  const picked = new Set([every[0], every[every.length - 1]]);
  for (let i = 1; i <= limit; i++) picked.add(every[Math.round((i * (every.length - 1)) / (limit + 1))]);
  changes.forEach((position, k) => {
    if (k + 1 < changes.length && CREATES_UNNAMED.test(members[position] ?? '')) picked.add(changes[k + 1]);
  });
  return [...picked].sort((a, b) => a - b);
}

/** Actions that create an object which the next actions name. */
const CREATES_UNNAMED = /^(TableCollection|ChartCollection)\.add$/;

function bodyRows(bodyAddress: string): number {
  const match = /!\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(bodyAddress);
  if (!match) throw new Error(`Unexpected body address ${bodyAddress}`);
  return Number(match[2] ?? match[1]) - Number(match[1]) + 1;
}

function label(point: FaultPoint): string {
  const mode = point.mode.kind === 'partial' ? `only ${point.mode.applied} action(s) applied` : point.mode.kind;
  return `sync ${point.sync}, ${mode}`;
}

/** Reruns the command at every fault point of its undisturbed run; throws on the first broken promise. */
export async function forEachFaultPoint(options: FaultPointOptions): Promise<FaultPointReport> {
  const typed = options.typed ?? typedCells;
  const cuts = options.cuts ?? spreadCuts;

  const start = await options.workbook();
  start.uninstall();
  const fresh = () => {
    const sim = start.fork();
    sim.install();
    return sim;
  };
  const reference = fresh();
  await options.command();
  const requests = reference.counters.requests;
  const expected = JSON.stringify(workbookDump(reference));
  reference.uninstall();

  // A request that changes nothing (a read) leaves the same workbook whichever way it fails.
  const points: FaultPoint[] = requests.flatMap((request, i) => [
    { sync: i + 1, mode: { kind: 'requestLost' } as const },
    ...(request.changes.length === 0
      ? []
      : [
          ...cuts(request.changes, request.members).map((applied) => ({ sync: i + 1, mode: { kind: 'partial', applied } as const })),
          { sync: i + 1, mode: { kind: 'responseLost' } as const },
        ]),
  ]);
  for (const point of points) {
    const sim = fresh();
    try {
      const typedBefore = typed(sim);
      sim.faults.arm(point);
      const outcome = await options.command().then(
        () => 'completed',
        (error: unknown) => error,
      );
      if (sim.faults.pending) throw new Error(`the run ended before reaching its sync ${point.sync}`);
      if (outcome === 'completed') throw new Error('the command reported success although a sync failed');
      expectKept(typedBefore, typed(sim), 'the failed run');
      await options.command();
      expectKept(typedBefore, typed(sim), 'the rerun');
      const actual = JSON.stringify(workbookDump(sim));
      if (actual !== expected) throw new Error(`the rerun's workbook differs from an undisturbed run's:\n${firstDifference(expected, actual)}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Fault at ${label(point)}: ${message}`);
    } finally {
      sim.uninstall();
    }
  }
  return { syncs: requests.length, points: points.length };
}

function expectKept(before: Record<string, unknown>, after: Record<string, unknown>, run: string): void {
  for (const [cell, value] of Object.entries(before)) {
    if (JSON.stringify(after[cell]) !== JSON.stringify(value)) {
      throw new Error(`${run} changed ${cell}, typed ${JSON.stringify(value)}, to ${JSON.stringify(after[cell])}`);
    }
  }
}

/** Where two dumps part, with some context on each side. */
function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 300);
  return `expected …${expected.slice(from, i + 200)}…\nactual   …${actual.slice(from, i + 200)}…`;
}
