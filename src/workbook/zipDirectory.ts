/**
 * The zip container's directory, read without inflating anything (no zlib: the task pane uses
 * it too): the sizes each part declares, checked against the decompression limits before a
 * single part is inflated.
 */
import { vi, type Msg } from '../domain/messages';

/** Most bytes all the parts of one package may hold once inflated (1 GiB). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** Most a part may grow when inflated (its declared size ÷ its compressed size)… */
export const MAX_COMPRESSION_RATIO = 200;
/** …checked for parts larger than this once inflated (10 MiB): small parts cannot hurt. */
export const RATIO_CHECKED_ABOVE_BYTES = 10 * 1024 * 1024;

export interface ZipLimits {
  totalBytes: number;
  ratio: number;
  ratioAboveBytes: number;
}

export const PACKAGE_LIMITS: ZipLimits = { totalBytes: MAX_UNCOMPRESSED_BYTES, ratio: MAX_COMPRESSION_RATIO, ratioAboveBytes: RATIO_CHECKED_ABOVE_BYTES };

/** No limit: for packages this program has just written itself. */
export const NO_LIMITS: ZipLimits = { totalBytes: Infinity, ratio: Infinity, ratioAboveBytes: Infinity };

/** The package is not a readable zip (the caller words it for the user). */
export class ZipFormatError extends Error {}

/**
 * The package would inflate beyond the limits: which part, which sizes, as a message (the pane
 * renders it in the display language); the error's message is its Vietnamese text, without the
 * file name.
 */
export class ZipBombError extends Error {
  constructor(readonly detail: Msg) {
    super(vi(detail));
  }
}

export interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
export const MAX32 = 0xffffffff;

function u64(bytes: Buffer, at: number): number {
  // Two 32-bit halves (the pane's Buffer polyfill has no BigInt readers).
  const low = bytes.readUInt32LE(at);
  const high = bytes.readUInt32LE(at + 4);
  if (high >= 0x200000) throw new ZipFormatError('kích thước trong tệp nén không hợp lệ');
  return high * 0x100000000 + low;
}

export function need(bytes: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) throw new ZipFormatError('mục lục tệp nén bị cắt cụt');
}

function endOfCentralDirectory(bytes: Buffer): { count: number; offset: number } {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== EOCD) continue;
    let count = bytes.readUInt16LE(at + 10);
    let offset = bytes.readUInt32LE(at + 16);
    if ((count === 0xffff || offset === MAX32) && at >= 20 && bytes.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
      const record = u64(bytes, at - 20 + 8);
      need(bytes, record, 56);
      if (bytes.readUInt32LE(record) !== ZIP64_EOCD) throw new ZipFormatError('mục lục ZIP64 không hợp lệ');
      count = u64(bytes, record + 32);
      offset = u64(bytes, record + 48);
    }
    return { count, offset };
  }
  throw new ZipFormatError('không tìm thấy mục lục của tệp nén');
}

/** Sizes and offset of a ZIP64 entry, from its extra field, in the order the format gives them. */
function zip64Sizes(bytes: Buffer, extraStart: number, extraLength: number, entry: CentralEntry): void {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.size === MAX32) {
        entry.size = u64(bytes, field);
        field += 8;
      }
      if (entry.compressedSize === MAX32) {
        entry.compressedSize = u64(bytes, field);
        field += 8;
      }
      if (entry.localOffset === MAX32) entry.localOffset = u64(bytes, field);
      return;
    }
    at += 4 + length;
  }
}

export function centralDirectory(bytes: Buffer): CentralEntry[] {
  const { count, offset } = endOfCentralDirectory(bytes);
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, at, 46);
    if (bytes.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('mục lục tệp nén không hợp lệ');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    need(bytes, at + 46, nameLength + extraLength + commentLength);
    const entry: CentralEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    zip64Sizes(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses, before inflating anything, a package whose declared sizes are beyond the limits. */
export function checkDeclaredSizes(entries: readonly CentralEntry[], limits: ZipLimits): void {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.totalBytes) {
    throw new ZipBombError({ id: 'zip.total', p: { total, limit: limits.totalBytes } });
  }
  for (const entry of entries) {
    if (entry.size <= limits.ratioAboveBytes) continue;
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (ratio > limits.ratio) {
      throw new ZipBombError({
        id: 'zip.ratio',
        p: { part: entry.name, compressed: entry.compressedSize, size: entry.size, ratio: Math.round(ratio), limit: limits.ratio },
      });
    }
  }
}

/** Refuses (ZipBombError, ZipFormatError) a package whose declared sizes are beyond the limits. */
export function checkZipSizes(bytes: Buffer, limits: ZipLimits = PACKAGE_LIMITS): void {
  checkDeclaredSizes(centralDirectory(bytes), limits);
}
