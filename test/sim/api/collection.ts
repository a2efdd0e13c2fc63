/** Shared behaviour of office-js collections: items after load, getCount, getItem(OrNullObject). */
import { simError } from '../errors';
import { PropTable, SimClientObject, SimClientResult } from './clientObject';
import type { Staging } from './context';

export abstract class SimCollection<T, M, IT, I extends SimClientObject<IT>> extends SimClientObject<T> {
  /** Model objects in collection order. */
  protected abstract _list(target: T): M[];
  /** What an item proxy resolves to. */
  protected abstract _itemTarget(model: M, target: T): IT;
  protected abstract _makeItem(member: string, args: unknown[], resolver: () => IT | null): I;
  /** Matches getItem's key (names are case-insensitive in Excel). */
  protected abstract _matches(model: M, key: string): boolean;

  /** Scalar properties of the collection itself (e.g. TableRowCollection.count). */
  protected _collectionProps(): PropTable<T> {
    return {};
  }

  get items(): I[] {
    return this._read('items') as I[];
  }

  protected _bound(model: M, target: T, member = 'getItem', args: unknown[] = []): I {
    const item = this._makeItem(member, args, () => null);
    item._bind(this._itemTarget(model, target));
    return item;
  }

  override _snapshot(paths: readonly string[], staging: Staging): void {
    const target = this._resolve();
    if (target === null) {
      staging.push(() => {
        this._isNull = true;
      });
      return;
    }
    const own = this._collectionProps();
    const itemPaths: string[] = [];
    for (const path of paths) {
      if (path === 'items') continue;
      const rest = path.startsWith('items/') ? path.slice(6) : path;
      if (own[rest]?.get) {
        const value = own[rest].get!(target, this);
        staging.push(() => this._loaded.set(rest, value));
      } else itemPaths.push(rest);
    }
    // load('count') alone loads the count, not the items (a table's rows may be many).
    if (paths.length > 0 && itemPaths.length === 0) {
      staging.push(() => {
        this._isNull = false;
      });
      return;
    }
    const items = this._list(target).map((model, i) => {
      const item = this._bound(model, target, 'getItemAt', [i]);
      item._snapshot(itemPaths, staging);
      return item;
    });
    staging.push(() => {
      this._isNull = false;
      this._loaded.set('items', items);
    });
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._enqueue('read', 'getCount', [], (staging) => {
      this._requireVersion('1.4', 'getCount');
      const n = this._list(this._target()).length;
      staging.push(() => result._settle(n));
    });
    return result;
  }

  protected _find(target: T, key: string): M | undefined {
    return this._list(target).find((m) => this._matches(m, String(key)));
  }

  getItem(key: string): I {
    return this._makeItem('getItem', [key], () => {
      const target = this._target();
      const model = this._find(target, key);
      if (model === undefined) throw simError('ItemNotFound', `${this._className} has no item "${key}".`);
      return this._itemTarget(model, target);
    });
  }

  getItemOrNullObject(key: string): I {
    const item = this._makeItem('getItemOrNullObject', [key], () => {
      this._requireVersion('1.4', 'getItemOrNullObject');
      const target = this._target();
      const model = this._find(target, key);
      return model === undefined ? null : this._itemTarget(model, target);
    });
    return item._queryNull();
  }

  getItemAt(index: number): I {
    return this._makeItem('getItemAt', [index], () => {
      const target = this._target();
      const model = this._list(target)[index];
      if (model === undefined) throw simError('ItemNotFound', `${this._className} has no item at ${index}.`);
      return this._itemTarget(model, target);
    });
  }
}
