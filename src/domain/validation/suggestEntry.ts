/**
 * The entry a misspelt or unknown catalogue value most likely means, never across kinds or
 * levels: "Bằng khen của Bộ trưởng …" is only ever compared with Bằng khen entries of a bộ or
 * tỉnh, "Chiến sĩ thi đua cấp tỉnh" never with "… cơ sở".
 */
import { foldedKey, nearestEntry } from './textKey';

/** What an award or a signer is, by the words it starts with (diacritics folded). */
const KINDS = [
  'bang khen',
  'giay khen',
  'co thi dua',
  'chien si thi dua',
  'chien si tien tien',
  'huan chuong',
  'huy chuong',
  'ky niem chuong',
  'lao dong tien tien',
  'tap the lao dong',
  'chu tich',
  'bo truong',
  'giam doc',
  'thu tuong',
  'thu truong',
];

/** The level a text names, by its words: a bộ/tỉnh, the government, the nation, the base, a xã, a huyện. */
const LEVELS: readonly (readonly [string, RegExp])[] = [
  ['national', /\btoan quoc\b/],
  ['government', /\b(thu tuong|chinh phu)\b/],
  ['province', /\b(tinh|bo|nganh|thanh pho)\b/],
  ['base', /\bco so\b/],
  ['commune', /\b(xa|phuong|dac khu)\b/],
  ['district', /\bhuyen\b/],
];

export function kindOf(text: string): string | null {
  const folded = foldedKey(text);
  return KINDS.find((k) => folded === k || folded.startsWith(`${k} `)) ?? null;
}

function levelsOf(text: string): Set<string> {
  const folded = foldedKey(text);
  return new Set(LEVELS.filter(([, pattern]) => pattern.test(folded)).map(([level]) => level));
}

export interface Accepted {
  /** an accepted spelling (entry or alias) */
  text: string;
  /** the entry it stands for */
  target: string;
}

export type Suggestion = { kind: 'one'; entry: string } | { kind: 'several'; entries: string[] } | null;

/**
 * The suggestion for `text` among the accepted spellings. A bare kind ("Bằng khen") offers
 * every entry of that kind that `allowed` keeps (e.g. those the row's signer may award).
 */
export function suggestEntry(text: string, accepted: readonly Accepted[], allowed: (entry: string) => boolean = () => true): Suggestion {
  const kind = kindOf(text);
  let pool = kind ? accepted.filter((a) => kindOf(a.text) === kind) : [...accepted];
  const levels = levelsOf(text);
  if (levels.size > 0) {
    pool = pool.filter((a) => [...levelsOf(a.text), ...levelsOf(a.target)].some((l) => levels.has(l)));
  }
  if (pool.length === 0) return null;
  if (kind !== null && foldedKey(text) === kind) {
    const all = [...new Set(pool.map((a) => a.target))];
    const fitting = all.filter(allowed);
    const entries = fitting.length > 0 ? fitting : all;
    return entries.length === 1 ? { kind: 'one', entry: entries[0] } : { kind: 'several', entries };
  }
  const nearest = nearestEntry(
    text,
    pool.map((a) => a.text),
  );
  if (nearest === null) return null;
  return { kind: 'one', entry: pool.find((a) => a.text === nearest)?.target ?? nearest };
}
