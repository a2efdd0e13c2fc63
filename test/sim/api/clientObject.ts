/**
 * The proxy machinery shared by every simulated office-js object: queued property sets and
 * method calls, load() snapshots taken at their place in the queue, PropertyNotLoaded for
 * reads before load+sync, null objects, and requirement-set checks.
 */
import { ErrorCode, SimOfficeError, propertyNotLoaded, simError } from '../errors';
import { utf8Length } from '../utf8';
import { supports } from '../versions';
import type { SimRequestContext, Staging } from './context';

export interface PropSpec<T> {
  get?: (target: T, self: SimClientObject<T>) => unknown;
  set?: (target: T, value: unknown, self: SimClientObject<T>) => void;
  /** ExcelApi version that introduced the property. */
  minVersion?: string;
  /** Left out of a bare load() (expensive or navigation-like). */
  notInLoadAll?: boolean;
}

export type PropTable<T> = Record<string, PropSpec<T>>;

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

export function normalizeLoad(option: LoadOption): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string') return option.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((s) => normalizeLoad(s));
  const select = normalizeLoad(option.select);
  const expand = normalizeLoad(option.expand);
  return [...select, ...expand];
}

let nextProxyId = 1;

/** Any proxy, whatever it resolves to (parents, navigation children, method arguments). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProxy = SimClientObject<any>;

export abstract class SimClientObject<T> {
  readonly _id = nextProxyId++;
  readonly _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined;
  private _fixed = false;
  private _cache: T | null = null;
  private _cacheEpoch = -1;
  private readonly _children = new Map<string, AnyProxy>();

  constructor(
    readonly context: SimRequestContext,
    readonly _parent: AnyProxy | null,
    readonly _member: string,
    readonly _args: readonly unknown[],
    private readonly _resolver: () => T | null,
  ) {}

  abstract get _className(): string;

  /** Scalar properties (loadable, some settable). */
  _props(): PropTable<T> {
    return {};
  }

  get _model(): import('../model/workbookModel').WorkbookModel {
    return this.context._host.model;
  }

  /** Navigation properties, by name, for load paths like "format/fill/color". */
  protected _navigation(): Record<string, () => AnyProxy> {
    return {};
  }

  /** Whether a bound model object still exists (deleted sheets, tables…). */
  protected _alive(_target: T): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this._isNull;
  }

  // ---------------------------------------------------------------- resolution
  /** Binds the proxy to a model object for good (objects created by add(), collection items). */
  _bind(target: T): void {
    this._fixed = true;
    this._cache = target;
  }

  /** The model object, resolved once per request (Excel instantiates a path once per request). */
  _resolve(): T | null {
    if (this._fixed) {
      if (this._cache !== null && !this._alive(this._cache)) {
        throw simError('ItemNotFound', `The ${this._className} no longer exists.`);
      }
      return this._cache;
    }
    if (this._cacheEpoch === this.context._epoch) return this._cache;
    let target: T | null;
    try {
      target = this._resolver();
    } catch (error) {
      // Excel reports the member that produced the object ("WorksheetCollection.getItem")
      if (error instanceof SimOfficeError && this._parent) throw error.locatedAt(`${this._parent._className}.${this._member}`);
      throw error;
    }
    this._cache = target;
    this._cacheEpoch = this.context._epoch;
    return target;
  }

  _target(): T {
    const target = this._resolve();
    if (target === null) throw simError('ItemNotFound', `The ${this._className} is a null object.`);
    return target;
  }

  _requireVersion(version: string | undefined, member: string): void {
    if (version && !supports(this.context._host.apiVersion, version)) {
      throw simError('ApiNotFound', `${this._className}.${member} needs ExcelApi ${version}; this host has ${this.context._host.apiVersion}.`);
    }
  }

  protected _child<C extends AnyProxy>(key: string, make: () => C): C {
    let child = this._children.get(key) as C | undefined;
    if (!child) {
      child = make();
      this._children.set(key, child);
    }
    return child;
  }

  // ---------------------------------------------------------------- queueing
  _enqueue(kind: string, member: string, args: readonly unknown[], apply: (staging: Staging) => void): void {
    this.context._add({
      owner: this,
      kind,
      member,
      args,
      location: `${this._className}.${member}`,
      apply,
    });
  }

  _read(name: string): unknown {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._isNull ? null : this._loaded.get(name);
  }

  _set(name: string, value: unknown): void {
    const spec = this._props()[name];
    const copy = cloneValue(value);
    this._enqueue('set', name, [copy], () => {
      this._requireVersion(spec.minVersion, name);
      spec.set!(this._target(), copy, this);
    });
  }

  /** Queues a method call with no result. */
  _call(member: string, args: readonly unknown[], run: (target: T) => void, minVersion?: string): void {
    this._enqueue('call', member, args, () => {
      this._requireVersion(minVersion, member);
      run(this._target());
    });
  }

  /** Queues the null check that *OrNullObject results carry, so isNullObject is set by the next sync. */
  _queryNull(): this {
    this._enqueue('query', 'isNullObject', [], (staging) => {
      const isNull = this._resolve() === null;
      staging.push(() => {
        this._isNull = isNull;
      });
    });
    return this;
  }

  load(option?: LoadOption): this {
    const paths = normalizeLoad(option);
    this._enqueue('load', 'load', [paths], (staging) => this._snapshot(paths, staging));
    return this;
  }

  /** Records, at this point of the request, the values a load asked for. */
  _snapshot(paths: readonly string[], staging: Staging): void {
    const target = this._resolve();
    const props = this._props();
    if (target === null) {
      staging.push(() => {
        this._isNull = true;
        for (const p of paths) this._loaded.set(p.split('/')[0], null);
      });
      return;
    }
    staging.push(() => {
      this._isNull = false;
    });
    const navigation = this._navigation();
    const all = paths.length === 0 || paths.includes('*');
    const scalars = new Set(all ? Object.keys(props).filter((k) => props[k].get && !props[k].notInLoadAll) : []);
    const children = new Map<string, string[]>();
    for (const path of paths) {
      if (path === '*') continue;
      const [head, ...rest] = path.split('/');
      if (props[head]?.get && rest.length === 0) scalars.add(head);
      else if (navigation[head]) children.set(head, [...(children.get(head) ?? []), rest.join('/')]);
      else throw simError('InvalidArgument', `${this._className} has no property "${path}" to load.`);
    }
    for (const name of scalars) {
      const spec = props[name];
      if (spec.minVersion && !supports(this.context._host.apiVersion, spec.minVersion)) {
        if (all) continue;
        this._requireVersion(spec.minVersion, name);
      }
      const value = cloneValue(spec.get!(target, this));
      this.context._responseBytes += name.length + 4 + (value === undefined ? 4 : utf8Length(JSON.stringify(value) ?? 'null'));
      staging.push(() => this._loaded.set(name, value));
    }
    for (const [head, sub] of children) {
      const child = navigation[head]();
      child._snapshot(sub.includes('') ? [] : sub, staging);
    }
  }

  /** Loaded values as plain data (office-js proxies serialise this way too). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Getters that throw until loaded and setters that queue, on a proxy class's prototype. */
export function defineProps<T>(cls: { prototype: SimClientObject<T> }, props: PropTable<T>): void {
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimClientObject<T>) {
        return this._read(name);
      },
      ...(spec.set
        ? {
            set(this: SimClientObject<T>, value: unknown) {
              this._set(name, value);
            },
          }
        : {}),
    });
  }
}

export function cloneValue<V>(value: V): V {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof SimClientObject) return value;
  return JSON.parse(JSON.stringify(value)) as V;
}

/** Result of a method whose value arrives with the next sync (OfficeExtension.ClientResult). */
export class SimClientResult<V> {
  private _ready = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._ready) throw propertyNotLoaded('value');
    return this._value as V;
  }

  _settle(value: V): void {
    this._ready = true;
    this._value = value;
  }
}

export function fail(code: ErrorCode, detail: string): never {
  throw simError(code, detail);
}
