/**
 * Excel on the web refuses a request or a response over 5 MB. Reads and writes are split by
 * their estimated size, never by a fixed row count.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The share of the limit a batch may use: JSON framing and estimates leave a margin. */
export const PAYLOAD_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);

/**
 * Estimated JSON size of a cell's value read back: numbers take 2–10 bytes, short texts a
 * few dozen; measured on report-like tables, 13–14 bytes a cell. A longer response (long
 * notes) is caught and read again in smaller pieces.
 */
export const READ_BYTES_PER_CELL = 16;

/** Bytes of a value once serialised. */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'number') return 12;
  if (typeof value === 'boolean') return 5;
  return String(value).length * 2 + 4;
}

/** Splits `rowCount` rows into chunks of at most `budget / bytesPerRow` rows. */
export function rowChunks(rowCount: number, bytesPerRow: number, budget = PAYLOAD_BUDGET_BYTES): { start: number; count: number }[] {
  const size = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
  const chunks: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += size) chunks.push({ start, count: Math.min(size, rowCount - start) });
  return chunks;
}

/**
 * Groups items into batches whose summed size stays under the budget; an item larger than
 * the budget gets a batch of its own (the caller splits such items beforehand).
 */
export function packBatches<T>(items: readonly T[], sizeOf: (item: T) => number, budget = PAYLOAD_BUDGET_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
