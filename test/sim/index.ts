/**
 * Simulated Excel host: the subset of office-js the add-in uses, with the rules of the real
 * API (load/sync, null objects, requirement sets, payload limit, error codes), over an
 * in-memory workbook whose formulas HyperFormula evaluates. Browser-safe: no Node modules
 * here (the .xlsx export lives in ./xlsx).
 */
import { SimClientObject, SimClientResult } from './api/clientObject';
import { SimRequestContext } from './api/context';
import { ExcelEnums } from './api/enums';
import { makeRootProxies } from './api/workbook';
import { SimCounters, createCounters } from './counters';
import { ErrorCodes, SimOfficeError } from './errors';
import { SimFaults } from './faults';
import { SimOffice, createOffice } from './office';
import { SimWorkbook } from './workbook';

export interface SimOptions {
  /** ExcelApi requirement set the host supports, '1.7' … '1.20'; default '1.17'. */
  apiVersion?: string;
  /** Request payload limit in bytes; default 5 MB like Excel on the web. */
  requestLimitBytes?: number;
  /** Office.context.displayLanguage; default 'vi-VN'. */
  displayLanguage?: string;
  /** Initial worksheets; default ['Sheet1']. */
  sheets?: string[];
  /**
   * Reject formulas whose structured references name an unknown table or column, or use a
   * special character in the single-bracket form, as Excel does (default true). Set false
   * to let them through (they evaluate to #REF!).
   */
  strictFormulaReferences?: boolean;
  /** Start from this workbook (taken as is, not copied) instead of a new one; `sheets` is then ignored. */
  workbook?: SimWorkbook;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface SimExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(object: unknown, batch: Batch<T>): Promise<T>;
  RequestContext: new () => Excel.RequestContext;
  [name: string]: unknown;
}

export interface SimOfficeExtension {
  Error: typeof SimOfficeError;
  ErrorCodes: typeof ErrorCodes;
  ClientResult: typeof SimClientResult;
  ClientObject: typeof SimClientObject;
}

export interface SimulatedExcel {
  Excel: SimExcel;
  Office: SimOffice;
  OfficeExtension: SimOfficeExtension;
  workbook: SimWorkbook;
  counters: SimCounters;
  /** fault injection: `faults.arm({ sync, mode })` fails a chosen sync (see faults.ts) */
  faults: SimFaults;
  options: Required<Omit<SimOptions, 'sheets' | 'strictFormulaReferences' | 'workbook'>>;
  /** A new host with the same options over a copy of this workbook as it is now. */
  fork(): SimulatedExcel;
  /** Sets globalThis.Excel/Office/OfficeExtension (or on `target`); returns uninstall. */
  install(target?: object): () => void;
  uninstall(): void;
}

export function createSimulatedExcel(options: SimOptions = {}): SimulatedExcel {
  const settings = {
    apiVersion: options.apiVersion ?? '1.17',
    requestLimitBytes: options.requestLimitBytes ?? 5 * 1024 * 1024,
    displayLanguage: options.displayLanguage ?? 'vi-VN',
  };
  const workbook = options.workbook ?? new SimWorkbook(options.sheets ?? ['Sheet1']);
  if (!options.workbook) workbook.strictReferences = options.strictFormulaReferences ?? true;
  const counters = createCounters();
  const faults = new SimFaults();
  const host = { apiVersion: settings.apiVersion, requestLimitBytes: settings.requestLimitBytes, model: workbook, counters, faults };
  const newContext = () => new SimRequestContext(host, makeRootProxies);

  async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as Batch<T> | undefined;
    if (!batch) throw new SimOfficeError(ErrorCodes.invalidArgument, 'Excel.run needs a batch function.');
    counters.runs++;
    const context = newContext();
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context._queue.length > 0) await context.sync();
      return result;
    } finally {
      context._closed = true;
    }
  }

  const RequestContext = function RequestContext(this: unknown) {
    return newContext();
  } as unknown as new () => Excel.RequestContext;

  const Excel: SimExcel = { ...ExcelEnums, run: run as SimExcel['run'], RequestContext };
  const OfficeExtension: SimOfficeExtension = {
    Error: SimOfficeError,
    ErrorCodes,
    ClientResult: SimClientResult,
    ClientObject: SimClientObject,
  };
  const Office = createOffice(settings.apiVersion, settings.displayLanguage);

  let installed: { target: Record<string, unknown>; previous: Record<string, unknown> } | null = null;
  const uninstall = () => {
    if (!installed) return;
    for (const key of ['Excel', 'Office', 'OfficeExtension']) {
      if (installed.previous[key] === undefined) delete installed.target[key];
      else installed.target[key] = installed.previous[key];
    }
    installed = null;
  };
  const install = (target: object = globalThis) => {
    uninstall();
    const t = target as Record<string, unknown>;
    installed = { target: t, previous: { Excel: t.Excel, Office: t.Office, OfficeExtension: t.OfficeExtension } };
    t.Excel = Excel;
    t.Office = Office;
    t.OfficeExtension = OfficeExtension;
    return uninstall;
  };

  const fork = () => createSimulatedExcel({ ...settings, workbook: workbook.fork() });
  return { Excel, Office, OfficeExtension, workbook, counters, faults, options: settings, fork, install, uninstall };
}

export { SimOfficeError, ErrorCodes } from './errors';
export { SimWorkbook } from './workbook';
export type { CellView, TableInfo, WorkbookSnapshot, GridCell } from './workbook';
export type { SimCounters, RequestRecord } from './counters';
export type { FaultMode, ArmedFault } from './faults';
