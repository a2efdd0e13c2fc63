// Draws the add-in icons (a green rounded square with a white "Σ") and writes them to
// assets/icon-<size>.png. Pure Node: pixels are rendered with supersampled coverage and
// encoded as RGBA PNG with zlib and our own CRC32, so no image library is needed.
// Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const GREEN: Rgb = [0x1b, 0x7a, 0x48];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SUBSAMPLES = 8; // per axis: 64 samples per pixel is plenty for smooth edges

type Rgb = [number, number, number];
type Point = [number, number];
/** Shapes are tested in unit coordinates: (0,0) top-left, (1,1) bottom-right of the icon. */
type Shape = (x: number, y: number) => boolean;

function roundedSquare(margin: number, radius: number): Shape {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  return (x, y) => {
    const dx = Math.max(lo - x, 0, x - hi);
    const dy = Math.max(lo - y, 0, y - hi);
    return dx * dx + dy * dy <= radius * radius;
  };
}

function rectangle(x0: number, y0: number, x1: number, y1: number): Shape {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** A stroke of the given width from a to b, with round ends. */
function segment(a: Point, b: Point, width: number): Shape {
  const [ax, ay] = a;
  const vx = b[0] - ax;
  const vy = b[1] - ay;
  const lengthSquared = vx * vx + vy * vy;
  const half = width / 2;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / lengthSquared));
    const dx = x - (ax + t * vx);
    const dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= half * half;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

/**
 * The glyph's box is snapped to whole pixels so the bars stay crisp at 16 and 32 px, and the
 * stroke never drops below two pixels so the diagonals stay visible at 16 px.
 */
function sigma(size: number): Shape {
  const stroke = Math.max(2, Math.round(0.11 * size)) / size;
  const left = Math.round(0.27 * size) / size;
  const right = 1 - left;
  const top = Math.round(0.2 * size) / size;
  const bottom = 1 - top;
  const tip: Point = [left + 0.62 * (right - left), 0.5];
  return union(
    rectangle(left, top, right, top + stroke),
    rectangle(left, bottom - stroke, right, bottom),
    segment([left + stroke / 2, top + stroke / 2], tip, stroke),
    segment(tip, [left + stroke / 2, bottom - stroke / 2], stroke),
  );
}

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size)) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

/** Straight (non-premultiplied) RGBA, row-major. */
export function renderIcon(size: number): Buffer {
  const tile = roundedSquare(0.03, 0.2);
  const glyph = sigma(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const tileAlpha = coverage(tile, px, py, size);
      // The glyph lies inside the tile, so it blends over green without touching alpha.
      const glyphAlpha = tileAlpha > 0 ? coverage(glyph, px, py, size) : 0;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(GREEN[channel] * (1 - glyphAlpha) + WHITE[channel] * glyphAlpha);
      }
      pixels[offset + 3] = Math.round(tileAlpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // bytes 10-12: deflate compression, adaptive filtering, no interlace (all zero)
  const rowLength = width * 4;
  const scanlines = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each scanline starts with filter type 0 (None).
    rgba.copy(scanlines, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const assetsDir = join(__dirname, '..', 'assets');
  mkdirSync(assetsDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(assetsDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
