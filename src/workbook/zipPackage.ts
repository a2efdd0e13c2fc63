import { constants, crc32, createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

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

/** Parts up to this size are kept inflated by `PackageParts.open` (1 MiB). */
const KEPT_INFLATED_BYTES = 1024 * 1024;

export interface ZipEntry {
  name: string;
  data: Buffer;
}
/** The part's bytes as the package holds them (deflated or stored). */
function rawData(bytes: Buffer, entry: CentralEntry): Buffer {
  need(bytes, entry.localOffset, 30);
  if (bytes.readUInt32LE(entry.localOffset) !== LOCAL) throw new ZipFormatError(`phần "${entry.name}" không hợp lệ`);
  const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
  need(bytes, start, entry.compressedSize);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0 && raw.length !== entry.size) throw new ZipFormatError(`phần "${entry.name}" không hợp lệ`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`phần "${entry.name}" nén theo cách không hỗ trợ (${entry.method})`);
  return raw;
}

function inflatedData(raw: Buffer, entry: CentralEntry): Buffer {
  if (entry.method === 0) return raw;
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

function entryData(bytes: Buffer, entry: CentralEntry): Buffer {
  return inflatedData(rawData(bytes, entry), entry);
}

/** The part inflated piece by piece, checked as it goes (size, then CRC at its end). */
async function* inflatedPieces(raw: Buffer, entry: CentralEntry): AsyncGenerator<Buffer> {
  if (entry.method === 0) {
    yield raw;
    return;
  }
  let size = 0;
  let crc = 0;
  try {
    const inflate = createInflateRaw();
    inflate.end(raw);
    for await (const piece of inflate as AsyncIterable<Buffer>) {
      size += piece.length;
      if (size > entry.size) throw lyingHeader(entry);
      crc = crc32(piece, crc);
      yield piece;
    }
  } catch (error) {
    if (error instanceof ZipBombError) throw error;
    throw new ZipFormatError(`phần "${entry.name}" không giải nén được (${(error as Error).message})`);
  }
  if (size !== entry.size) throw new ZipFormatError(`phần "${entry.name}" ngắn hơn kích thước ghi trong mục lục`);
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipFormatError(`phần "${entry.name}" sai mã kiểm tra CRC`);
}

function lyingHeader(entry: CentralEntry): ZipBombError {
  return new ZipBombError({ id: 'zip.lyingSize', p: { part: entry.name, size: entry.size } });
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

/** A part's zip fields: its deflated (or stored) bytes, in pieces, with the CRC and size of what they hold. */
interface PackedPart {
  compressed: readonly Buffer[];
  crc: number;
  size: number;
}

/**
 * A part compressed as it is produced: each piece is deflated on its own and ended with a
 * sync flush (a non-final block on a byte boundary), so the pieces joined, then a final
 * block, are one deflate stream — the part's text is never held whole.
 */
export class DeflatingPart {
  private readonly pieces: Buffer[] = [];
  private crc = 0;
  private length = 0;

  get size(): number {
    return this.length;
  }

  write(data: Buffer): void {
    if (data.length === 0) return;
    this.crc = crc32(data, this.crc);
    this.length += data.length;
    this.pieces.push(deflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH }));
  }

  /** The part with `end` as its last bytes (the pieces are kept: `end` may still change). */
  packed(end: Buffer): PackedPart {
    return { compressed: [...this.pieces, deflateRawSync(end)], crc: crc32(end, this.crc) >>> 0, size: this.length + end.length };
  }
}

/** A part still as the package read holds it (checked once, inflated each time it is read). */
interface PackedHead {
  raw: Buffer;
  entry: CentralEntry;
  /** the part's first `cut` bytes, when its end was replaced */
  cut?: number;
}

/** A part whose beginning is deflated (written, or as read) and whose end is held as bytes. */
interface StreamedPart {
  head: DeflatingPart | PackedHead;
  end: Buffer;
}

type PartContent = Buffer | StreamedPart;

function headBytes(head: PackedHead): Buffer {
  const data = inflatedData(head.raw, head.entry);
  return head.cut === undefined ? data : data.subarray(0, head.cut);
}

function headSize(head: DeflatingPart | PackedHead): number {
  return head instanceof DeflatingPart ? head.size : (head.cut ?? head.entry.size);
}

function packed(content: PartContent, store: boolean): PackedPart {
  if (Buffer.isBuffer(content)) return { compressed: [store ? content : deflateRawSync(content)], crc: crc32(content) >>> 0, size: content.length };
  if (store || !(content.head instanceof DeflatingPart)) return packed(inflated(content), store);
  return content.head.packed(content.end);
}

function inflated(content: PartContent): Buffer {
  if (Buffer.isBuffer(content)) return content;
  if (!(content.head instanceof DeflatingPart)) return Buffer.concat([headBytes(content.head), content.end]);
  const { compressed } = content.head.packed(content.end);
  return inflateRawSync(Buffer.concat(compressed));
}

/**
 * Where the part's last `marker` starts, and its bytes from there, found as the part is
 * inflated piece by piece: a worksheet of 100,000 rows is never inflated whole only to find
 * its end (that left hundreds of megabytes of freed pieces in the C heap, never given back).
 */
async function lastMarker(head: PackedHead, marker: string): Promise<{ at: number; end: Buffer } | null> {
  const needle = Buffer.from(marker, 'utf8');
  let found: { at: number; end: Buffer[] } | null = null;
  // the last bytes of what came before, in case the marker straddles two pieces
  let carry = Buffer.alloc(0);
  let carryAt = 0;
  for await (const piece of inflatedPieces(head.raw, head.entry)) {
    const window = carry.length > 0 ? Buffer.concat([carry, piece]) : piece;
    const at = window.lastIndexOf(needle);
    if (at >= 0) found = { at: carryAt + at, end: [Buffer.from(window.subarray(at))] };
    else if (found) found.end.push(piece);
    const keep = Math.min(needle.length - 1, window.length);
    carryAt += window.length - keep;
    carry = Buffer.from(window.subarray(window.length - keep));
  }
  return found && { at: found.at, end: Buffer.concat(found.end) };
}

/** The part's bytes piece by piece (a packed part is inflated as it is read). */
async function* pieces(content: PartContent): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(content) || content.head instanceof DeflatingPart) {
    yield inflated(content);
    return;
  }
  const { raw, entry, cut } = content.head;
  let left = cut ?? Infinity;
  for await (const piece of inflatedPieces(raw, entry)) {
    if (left <= 0) continue; // read to the end all the same: the CRC is checked there
    yield piece.length <= left ? piece : piece.subarray(0, left);
    left -= piece.length;
  }
  yield content.end;
}

/** A zip of `entries` in order; parts compressed with deflate unless `store`. */
function zipOf(entries: readonly [string, PartContent][], options: { store?: boolean; date?: Date }): Buffer {
  const { time, day } = dosDateTime(options.date ?? new Date());
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [entryName, content] of entries) {
    const name = Buffer.from(entryName, 'utf8');
    const { compressed, crc, size } = packed(content, options.store ?? false);
    const compressedSize = compressed.reduce((sum, piece) => sum + piece.length, 0);
    const method = options.store ? 0 : 8;
    if (offset > MAX32 || compressedSize >= MAX32 || size >= MAX32) throw new Error('package too large for a zip without ZIP64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
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
    header.writeUInt32LE(compressedSize, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, ...compressed);
    central.push(header, name);
    offset += local.length + name.length + compressedSize;
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

/** A zip of `entries` in order; parts compressed with deflate unless `store`. */
export function writeZip(entries: readonly ZipEntry[], options: { store?: boolean; date?: Date } = {}): Buffer {
  return zipOf(
    entries.map((entry) => [entry.name, entry.data]),
    options,
  );
}

/** One part of a package, read as the modules of this folder read parts (jszip's way). */
export interface PackagePart {
  async(type: 'string'): Promise<string>;
  async(type: 'nodebuffer'): Promise<Buffer>;
}

/** A part's text from the last `marker` on (all of it without one), and how to replace that text. */
export interface PartEnd {
  text: string;
  replace(text: string): void;
}

/** The parts of a package by path: `PackageParts`, or a JSZip in tests. */
export interface PackageFiles {
  readonly files: Readonly<Record<string, { dir: boolean }>>;
  file(path: string): PackagePart | null;
  file(path: string, content: string | Buffer): unknown;
  remove(path: string): unknown;
  /** The end of a part without reading its beginning, when the package can (see PackageParts). */
  partEnd?(path: string, marker: string): Promise<PartEnd | null>;
  /** A part's bytes piece by piece, when the package can give them so (see PackageParts). */
  pieces?(path: string): AsyncIterable<Buffer> | undefined;
}

/**
 * The parts of a package held in memory, in package order: inflated, or — a worksheet
 * written part by part — deflated but for its end (`stream`), whose end can still be edited.
 */
export class PackageParts implements PackageFiles {
  readonly files: Record<string, { dir: boolean }> = {};
  private readonly contents = new Map<string, PartContent>();

  constructor(entries: readonly ZipEntry[] = []) {
    for (const entry of entries) this.set(entry.name, entry.data);
  }

  /** Reads (and guards) a zip package, every part inflated. */
  static fromZip(bytes: Buffer, limits: ZipLimits = PACKAGE_LIMITS): PackageParts {
    return new PackageParts(readZip(bytes, limits));
  }

  /**
   * Reads (and guards) a zip package whose large parts stay deflated in `bytes`: each is
   * checked now (inflated piece by piece: size, CRC) and inflated again only when read —
   * the worksheets of 100,000 rows are never all inflated at once.
   */
  static async open(bytes: Buffer, limits: ZipLimits = PACKAGE_LIMITS): Promise<PackageParts> {
    const entries = centralDirectory(bytes);
    checkDeclaredSizes(entries, limits);
    const parts = new PackageParts();
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      if (entry.flags & 0x1) throw new ZipFormatError(`phần "${entry.name}" được mã hoá`);
      const raw = rawData(bytes, entry);
      if (entry.size <= KEPT_INFLATED_BYTES) {
        const data = inflatedData(raw, entry);
        if (crc32(data) >>> 0 !== entry.crc >>> 0) throw new ZipFormatError(`phần "${entry.name}" sai mã kiểm tra CRC`);
        parts.set(entry.name, data);
        continue;
      }
      for await (const piece of inflatedPieces(raw, entry)) void piece;
      parts.setContent(entry.name, { head: { raw, entry }, end: Buffer.alloc(0) });
    }
    return parts;
  }

  file(path: string): PackagePart | null;
  file(path: string, content: string | Buffer): this;
  file(path: string, content?: string | Buffer): PackagePart | null | this {
    if (content !== undefined) {
      this.set(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      return this;
    }
    const data = this.bytes(path);
    if (!data) return null;
    return {
      async: ((type: 'string' | 'nodebuffer') => Promise.resolve(type === 'string' ? data.toString('utf8') : data)) as PackagePart['async'],
    };
  }

  /** The part's bytes (not a copy for an inflated part), or undefined. */
  bytes(path: string): Buffer | undefined {
    const content = this.contents.get(path);
    return content && inflated(content);
  }

  /**
   * A new part written piece by piece: what `write` gets is deflated at once; `end` is the
   * part's last bytes, kept inflated so that `partEnd` can edit them.
   */
  stream(path: string): { write(data: Buffer): void; end(last: Buffer): void } {
    const head = new DeflatingPart();
    return {
      write: (data) => head.write(data),
      end: (last) => this.setContent(path, { head, end: last }),
    };
  }

  /** The part's bytes piece by piece, for a reader that can take them so (exceljs's parsers). */
  pieces(path: string): AsyncIterable<Buffer> | undefined {
    const content = this.contents.get(path);
    return content && pieces(content);
  }

  async partEnd(path: string, marker: string): Promise<PartEnd | null> {
    const content = this.contents.get(path);
    if (!content) return null;
    if (!Buffer.isBuffer(content) && !(content.head instanceof DeflatingPart) && content.head.cut === undefined) {
      // A part as read: its end is cut off its inflated bytes, the rest stays deflated.
      const { head } = content;
      const found = await lastMarker(head, marker);
      const at = found?.at ?? 0;
      this.setContent(path, { head: { ...head, cut: at }, end: found?.end ?? headBytes(head) });
      return this.partEnd(path, marker);
    }
    const bytes = Buffer.isBuffer(content) ? content : content.end;
    const at = bytes.lastIndexOf(marker);
    if (!Buffer.isBuffer(content) && at < 0 && headSize(content.head) > 0) {
      // The marker is in the part's deflated beginning: edit the whole part.
      this.set(path, inflated(content));
      return this.partEnd(path, marker);
    }
    const kept = bytes.subarray(0, Math.max(at, 0));
    return {
      text: bytes.toString('utf8', Math.max(at, 0)),
      replace: (text) => {
        const end = Buffer.concat([kept, Buffer.from(text, 'utf8')]);
        this.setContent(path, Buffer.isBuffer(content) ? end : { head: content.head, end });
      },
    };
  }

  remove(path: string): this {
    this.contents.delete(path);
    delete this.files[path];
    return this;
  }

  /** The inflated parts (a streamed one is inflated whole). */
  entries(): ZipEntry[] {
    return [...this.contents].map(([name, content]) => ({ name, data: inflated(content) }));
  }

  /** The package as a zip, parts in order; deflated unless `store`. */
  toZip(options: { store?: boolean; date?: Date } = {}): Buffer {
    return zipOf([...this.contents], options);
  }

  private set(path: string, data: Buffer): void {
    this.setContent(path, data);
  }

  private setContent(path: string, content: PartContent): void {
    this.contents.set(path, content);
    this.files[path] = { dir: false };
  }
}
