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

/** UTF-8 bytes of a text as a JSON string: quotes, escapes, two or three bytes a Vietnamese letter. */
export function jsonTextBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Bytes of a value once serialised in a request, with its separator; a text may gain the
 * apostrophe that keeps it text (`asWritten`).
 */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === 'number') return String(value).length + 1;
  if (typeof value === 'boolean') return 6;
  return jsonTextBytes(String(value)) + 2;
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
