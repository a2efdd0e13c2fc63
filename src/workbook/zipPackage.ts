import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The zip container of an .xlsx, read and written with Node's zlib (native, and one copy of
 * each part at a time instead of jszip's chunked workers).
 *
 * Reading is guarded against decompression bombs: the sizes the central directory declares
 * are checked before anything is inflated, and inflating stops as soon as a part's bytes go
 * past what it declared (a lying header).
 */

import {
  CENTRAL,
  centralDirectory,
  checkDeclaredSizes,
  EOCD,
  LOCAL,
  MAX32,
  mib,
  need,
  PACKAGE_LIMITS,
  ZipFormatError,
  ZipBombError,
  type CentralEntry,
  type ZipLimits,
} from './zipDirectory';

export {
  MAX_COMPRESSION_RATIO,
  MAX_UNCOMPRESSED_BYTES,
  NO_LIMITS,
  PACKAGE_LIMITS,
  RATIO_CHECKED_ABOVE_BYTES,
  ZipBombError,
  ZipFormatError,
  type ZipLimits,
} from './zipDirectory';

export interface ZipEntry {
  name: string;
  data: Buffer;
}
function entryData(bytes: Buffer, entry: CentralEntry): Buffer {
  need(bytes, entry.localOffset, 30);
  if (bytes.readUInt32LE(entry.localOffset) !== LOCAL) throw new ZipFormatError(`phần "${entry.name}" không hợp lệ`);
  const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
  need(bytes, start, entry.compressedSize);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (raw.length !== entry.size) throw new ZipFormatError(`phần "${entry.name}" không hợp lệ`);
    return raw;
  }
  if (entry.method !== 8) throw new ZipFormatError(`phần "${entry.name}" nén theo cách không hỗ trợ (${entry.method})`);
  let data: Buffer;
  try {
    // One byte more than declared is enough to tell a lie; zlib stops there.
    data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw lyingHeader(entry);
    throw new ZipFormatError(`phần "${entry.name}" không giải nén được (${(error as Error).message})`);
  }
  if (data.length > entry.size) throw lyingHeader(entry);
  if (data.length !== entry.size) throw new ZipFormatError(`phần "${entry.name}" ngắn hơn kích thước ghi trong mục lục`);
  return data;
}

function lyingHeader(entry: CentralEntry): ZipBombError {
  return new ZipBombError(`phần "${entry.name}" giải nén ra nhiều hơn ${mib(entry.size)} ghi trong mục lục của tệp — tệp bị hỏng hoặc cố ý làm tràn bộ nhớ`);
}

/** Every file part of the package, inflated; throws ZipBombError or ZipFormatError. */
export function readZip(bytes: Buffer, limits: ZipLimits = PACKAGE_LIMITS): ZipEntry[] {
  const entries = centralDirectory(bytes);
  checkDeclaredSizes(entries, limits);
  const parts: ZipEntry[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.flags & 0x1) throw new ZipFormatError(`phần "${entry.name}" được mã hoá`);
    const data = entryData(bytes, entry);
    if (crc32(data) >>> 0 !== entry.crc >>> 0) throw new ZipFormatError(`phần "${entry.name}" sai mã kiểm tra CRC`);
    parts.push({ name: entry.name, data });
  }
  return parts;
}

/** DOS date and time of `date` (local time, two-second steps), as zip headers hold them. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A zip of `entries` in order; parts compressed with deflate unless `store`. */
export function writeZip(entries: readonly ZipEntry[], options: { store?: boolean; date?: Date } = {}): Buffer {
  const { time, day } = dosDateTime(options.date ?? new Date());
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = options.store ? entry.data : deflateRawSync(entry.data);
    const method = options.store ? 0 : 8;
    const crc = crc32(entry.data) >>> 0;
    if (offset > MAX32 || compressed.length >= MAX32 || entry.data.length >= MAX32) throw new Error('package too large for a zip without ZIP64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(day, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, compressed);
    central.push(header, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** One part of a package, read as the modules of this folder read parts (jszip's way). */
export interface PackagePart {
  async(type: 'string'): Promise<string>;
  async(type: 'nodebuffer'): Promise<Buffer>;
}

/** The parts of a package by path: `PackageParts`, or a JSZip in tests. */
export interface PackageFiles {
  readonly files: Readonly<Record<string, { dir: boolean }>>;
  file(path: string): PackagePart | null;
  file(path: string, content: string | Buffer): unknown;
  remove(path: string): unknown;
}

/** The parts of a package held inflated in memory, in package order. */
export class PackageParts implements PackageFiles {
  readonly files: Record<string, { dir: boolean }> = {};
  private readonly contents = new Map<string, Buffer>();

  constructor(entries: readonly ZipEntry[] = []) {
    for (const entry of entries) this.set(entry.name, entry.data);
  }

  /** Reads (and guards) a zip package. */
  static fromZip(bytes: Buffer, limits: ZipLimits = PACKAGE_LIMITS): PackageParts {
    return new PackageParts(readZip(bytes, limits));
  }

  file(path: string): PackagePart | null;
  file(path: string, content: string | Buffer): this;
  file(path: string, content?: string | Buffer): PackagePart | null | this {
    if (content !== undefined) {
      this.set(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      return this;
    }
    const data = this.contents.get(path);
    if (!data) return null;
    return {
      async: ((type: 'string' | 'nodebuffer') => Promise.resolve(type === 'string' ? data.toString('utf8') : data)) as PackagePart['async'],
    };
  }

  /** The part's bytes (not a copy), or undefined. */
  bytes(path: string): Buffer | undefined {
    return this.contents.get(path);
  }

  remove(path: string): this {
    this.contents.delete(path);
    delete this.files[path];
    return this;
  }

  entries(): ZipEntry[] {
    return [...this.contents].map(([name, data]) => ({ name, data }));
  }

  private set(path: string, data: Buffer): void {
    this.contents.set(path, data);
    this.files[path] = { dir: false };
  }
}
