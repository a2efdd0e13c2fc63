/**
 * A deep copy of the workbook model, classes and shared references kept (a table's sheet is
 * the copy's sheet). The formula engine is derived state: the copy gets a fresh one, built
 * on its first read. Tests that run a command many times from one starting state (the fault
 * harness) fork the state instead of rebuilding it.
 */
import { HyperFormula } from 'hyperformula';
import { FormulaEngine } from './formulas/engine';

export function deepCopy<T>(value: T, memo = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (memo.has(value)) return memo.get(value) as T;
  // Derived caches: rebuilt by the copy's owner.
  if (value instanceof FormulaEngine || value instanceof HyperFormula) return null as T;
  if (value instanceof Map) {
    const copy = new Map();
    memo.set(value, copy);
    for (const [k, v] of value) copy.set(deepCopy(k, memo), deepCopy(v, memo));
    return copy as T;
  }
  if (value instanceof Set) {
    const copy = new Set();
    memo.set(value, copy);
    for (const v of value) copy.add(deepCopy(v, memo));
    return copy as T;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    memo.set(value, copy);
    for (const v of value) copy.push(deepCopy(v, memo));
    return copy as T;
  }
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<PropertyKey, unknown>;
  memo.set(value, copy);
  for (const key of Reflect.ownKeys(value)) copy[key] = deepCopy((value as Record<PropertyKey, unknown>)[key], memo);
  return copy as T;
}
