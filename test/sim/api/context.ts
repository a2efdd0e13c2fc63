/**
 * RequestContext: the queue of actions and context.sync(). A sync serialises the queue (to
 * measure the payload like Excel on the web does), rejects it whole when over the limit, and
 * otherwise applies the actions in order; the first failing action rejects the sync and
 * leaves the earlier ones applied, as Excel does. Loaded values are delivered only when the
 * whole request succeeded. The loaded values are measured as the response; over the same
 * limit the sync is rejected with ResponsePayloadSizeLimitExceeded, as Excel on the web does.
 */
import type { SimCounters } from '../counters';
import { utf8Length } from '../utf8';
import { SimOfficeError, simError } from '../errors';
import type { WorkbookModel } from '../model/workbookModel';
import { faultError, type SimFaults } from '../faults';
import { AnyProxy, SimClientObject } from './clientObject';

export type Staging = Array<() => void>;

export interface HostSettings {
  apiVersion: string;
  requestLimitBytes: number;
}

export interface Host extends HostSettings {
  model: WorkbookModel;
  counters: SimCounters;
  faults: SimFaults;
}

interface Action {
  owner: AnyProxy;
  kind: string;
  member: string;
  args: readonly unknown[];
  location: string;
  apply: (staging: Staging) => void;
}

export type ProxyFactory = (context: SimRequestContext) => { workbook: unknown; application: unknown };

export class SimRequestContext {
  _queue: Action[] = [];
  _epoch = 0;
  _closed = false;
  /** bytes of the loaded values of the request being applied (the response's size) */
  _responseBytes = 0;
  readonly workbook: unknown;
  readonly application: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly runtime = {};

  constructor(
    readonly _host: Host,
    makeProxies: ProxyFactory,
  ) {
    const proxies = makeProxies(this);
    this.workbook = proxies.workbook;
    this.application = proxies.application;
  }

  _add(action: Action): void {
    this._queue.push(action);
  }

  async sync<V>(passThroughValue?: V): Promise<V | undefined> {
    const actions = this._queue;
    this._queue = [];
    const { counters } = this._host;
    counters.syncs++;
    const bytes = utf8Length(serializeRequest(actions));
    const changes = actions.flatMap((a, i) => (a.kind === 'set' || a.kind === 'call' ? [i] : []));
    const record = { bytes, operations: actions.length, responseBytes: 0, changes, members: actions.map((a) => a.location) };
    counters.requests.push(record);
    await Promise.resolve();
    if (this._closed) throw simError('InvalidRequestContext', 'The Excel.run batch that owns this context has ended.');
    if (bytes > this._host.requestLimitBytes) {
      throw simError(
        'RequestPayloadSizeLimitExceeded',
        `The request is ${bytes} bytes; the limit is ${this._host.requestLimitBytes}.`,
        'Workbook.sync',
      );
    }
    const fault = this._host.faults._next();
    if (fault?.kind === 'requestLost') throw faultError(fault, 'Workbook.sync');
    try {
      return this._apply(actions, record, fault, passThroughValue);
    } finally {
      // suspendApiCalculationUntilNextSync holds calculation for this request only.
      this._host.model.apiCalculationSuspended = false;
    }
  }

  private _apply<V>(actions: readonly Action[], record: { responseBytes: number }, fault: ReturnType<SimFaults['_next']>, passThroughValue?: V): V | undefined {
    this._epoch++;
    this._responseBytes = 0;
    const staging: Staging = [];
    for (const [index, action] of actions.entries()) {
      if (fault?.kind === 'partial' && index === fault.applied) throw faultError(fault, action.location);
      try {
        action.apply(staging);
      } catch (error) {
        throw asOfficeError(error, action.location);
      }
    }
    if (fault) throw faultError(fault, 'Workbook.sync');
    record.responseBytes = this._responseBytes;
    // Excel on the web refuses a response over the limit too; the loads are not delivered.
    if (record.responseBytes > this._host.requestLimitBytes) {
      throw simError(
        'ResponsePayloadSizeLimitExceeded',
        `The response is ${record.responseBytes} bytes; the limit is ${this._host.requestLimitBytes}.`,
        'Workbook.sync',
      );
    }
    for (const commit of staging) commit();
    return passThroughValue;
  }
}

function asOfficeError(error: unknown, location: string): SimOfficeError {
  if (error instanceof SimOfficeError) return error.locatedAt(location);
  const detail = error instanceof Error ? error.message : String(error);
  return simError('GeneralException', `Simulator failure: ${detail}`, location);
}

/** JSON close to what office-js sends: each object path once, then the actions. */
function serializeRequest(actions: readonly Action[]): string {
  const paths = new Map<number, unknown>();
  const addPath = (obj: AnyProxy | null) => {
    for (let o = obj; o && !paths.has(o._id); o = o._parent) {
      paths.set(o._id, { Id: o._id, ParentId: o._parent?._id ?? 0, Name: o._member, Args: o._args.map(plainArg) });
    }
  };
  const body = actions.map((a) => {
    addPath(a.owner);
    for (const arg of a.args) if (arg instanceof SimClientObject) addPath(arg);
    return { Kind: a.kind, ObjectPathId: a.owner._id, Name: a.member, Args: a.args.map(plainArg) };
  });
  return JSON.stringify({ ObjectPaths: [...paths.values()], Actions: body });
}

function plainArg(arg: unknown): unknown {
  return arg instanceof SimClientObject ? { ObjectPathId: arg._id } : arg;
}
