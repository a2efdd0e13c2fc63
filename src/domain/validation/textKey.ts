/**
 * Comparison keys for catalogue values: NFC, case-folded, whitespace collapsed, one tone
 * placement. Keys are cached because the same few values repeat over thousands of rows.
 */
import { normaliseTonePlacement } from './tonePlacement';

const CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();

/** The key two catalogue spellings share when they mean the same entry. */
export function textKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = normaliseTonePlacement(text.normalize('NFC').replace(/\s+/gu, ' ').trim()).toLowerCase();
  if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

/** A key without diacritics ("đ" → "d"), for finding the nearest entry to a misspelling. */
export function foldedKey(text: string): string {
  return textKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Levenshtein distance; texts are cut at `limit` characters to bound the cost. */
export function editDistance(a: string, b: string, limit = 80): number {
  const x = a.slice(0, limit);
  const y = b.slice(0, limit);
  if (x === y) return 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * The entry closest to `text` (diacritic-insensitive), or null when even the closest one
 * differs in more than about 40% of its letters — then no entry is a credible guess.
 */
export function nearestEntry(text: string, entries: readonly string[]): string | null {
  const wanted = foldedKey(text);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const entry of entries) {
    const distance = editDistance(wanted, foldedKey(entry));
    if (distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  const length = Math.max(wanted.length, foldedKey(best).length);
  return bestDistance <= Math.max(2, Math.ceil(length * 0.4)) ? best : null;
}
