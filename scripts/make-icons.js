// Draws the Teams app icons into appPackage/: color.png (192x192, full colour) and outline.png (32x32, white on
// transparent). The motif is a speech bubble holding a stylised "L" (for "leder"). Shapes are signed-distance
// functions sampled 4x4 per pixel for smooth edges; the PNG writer uses only node's zlib (CRC32 + IHDR/IDAT/IEND).
// Run: node scripts/make-icons.js   (the PNGs are committed; rerun only when the drawing changes)
'use strict';

const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

// --- PNG ---------------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** pixels: Uint8Array of width*height*channels bytes; channels 3 (RGB, colour type 2) or 4 (RGBA, colour type 6). */
function encodePng(width, height, channels, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = channels === 4 ? 6 : 2; // colour type
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(pixels.buffer, pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- shapes (signed distance: negative inside) -----------------------------------------------------------------

function roundedRect(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    const ox = Math.max(qx, 0);
    const oy = Math.max(qy, 0);
    return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function triangle(a, b, c) {
  const edges = [[a, b], [b, c], [c, a]];
  const cross = (p, q, r) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const orientation = Math.sign(cross(a, b, c));
  return (x, y) => {
    let d = Infinity;
    let inside = true;
    for (let e = 0; e < 3; e++) {
      const [p, q] = edges[e];
      const ex = q[0] - p[0];
      const ey = q[1] - p[1];
      const wx = x - p[0];
      const wy = y - p[1];
      const t = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
      const dx = wx - ex * t;
      const dy = wy - ey * t;
      d = Math.min(d, Math.sqrt(dx * dx + dy * dy));
      if (Math.sign(ex * wy - ey * wx) === -orientation) inside = false;
    }
    return inside ? -d : d;
  };
}

const union = (a, b) => (x, y) => Math.min(a(x, y), b(x, y));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
/** The band of width w just inside the shape's edge. */
const stroke = (shape, w) => (x, y) => { const d = shape(x, y); return Math.max(d, -w - d); };

/** Fraction of the pixel (px, py) covered by the shape, from n x n samples; `scale` maps pixels to design units. */
function coverage(shape, px, py, scale, n = 4) {
  // Every distance used here is exact or an underestimate, so a pixel whose centre is farther from the edge than
  // half its diagonal is wholly inside or outside: no need to sample it (same result, much faster).
  const centre = shape((px + 0.5) * scale, (py + 0.5) * scale);
  if (Math.abs(centre) > scale * 0.75) return centre < 0 ? 1 : 0;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (shape((px + (i + 0.5) / n) * scale, (py + (j + 0.5) / n) * scale) <= 0) hits++;
    }
  }
  return hits / (n * n);
}

// --- the motif, drawn on a 96 x 96 design grid ------------------------------------------------------------------

// Edges sit on multiples of 3 units (one pixel of the 32 px outline icon) so the small icon stays crisp.
const bubble = union(roundedRect(15, 18, 81, 66, 12), triangle([27, 60], [45, 60], [21, 81]));
const letterL = union(roundedRect(36, 27, 45, 57, 1.5), roundedRect(36, 48, 63, 57, 1.5));

const ACCENT = [0x1f, 0x5a, 0x8c]; // deep blue, also manifest accentColor #1F5A8C
const WHITE = [0xff, 0xff, 0xff];

function drawColor(size) {
  const scale = 96 / size;
  const pixels = new Uint8Array(size * size * 3);
  // A white bubble on the accent colour; the letter is cut out of the bubble, so it shows the accent colour too.
  const bubbleWithoutLetter = subtract(bubble, letterL);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const white = coverage(bubbleWithoutLetter, x, y, scale);
      const o = (y * size + x) * 3;
      for (let ch = 0; ch < 3; ch++) pixels[o + ch] = Math.round(WHITE[ch] * white + ACCENT[ch] * (1 - white));
    }
  }
  return encodePng(size, size, 3, pixels);
}

function drawOutline(size) {
  const scale = 96 / size;
  // Line weight of 2 px at 32 px: 6 design units. The letter is filled.
  const shape = union(stroke(bubble, 6), letterL);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      pixels[o] = 255;
      pixels[o + 1] = 255;
      pixels[o + 2] = 255;
      pixels[o + 3] = Math.round(255 * coverage(shape, x, y, scale));
    }
  }
  return encodePng(size, size, 4, pixels);
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'appPackage');
  writeFileSync(join(dir, 'color.png'), drawColor(192));
  writeFileSync(join(dir, 'outline.png'), drawOutline(32));
  process.stdout.write(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}\n`);
}

module.exports = { encodePng, crc32, drawColor, drawOutline };
