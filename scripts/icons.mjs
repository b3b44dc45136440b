// Draws the Zielplaner icons (a target with a check mark) as PNGs into assets/, without any image
// library: pixels are computed with 4x4 supersampling and written with node:zlib. Run after changing
// the motif: `node scripts/icons.mjs`. The PNGs are committed; the manifest references them.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent brand blue
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10]; // Excel green, for the check mark

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment a-b (unit square coordinates). */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Colour at a point of the unit square, or null for transparent. Later layers win. */
function motif(x, y, size) {
  const r = Math.hypot(x - 0.5, y - 0.5);
  let c = null;
  // target: blue disc, white ring, blue ring, white ring, blue bull's eye (fewer rings when tiny)
  const rings = size <= 16 ? [0.48, 0.3, 0.14] : [0.48, 0.38, 0.28, 0.18, 0.08];
  for (let i = 0; i < rings.length; i++) if (r <= rings[i]) c = i % 2 === 0 ? BLUE : WHITE;
  // check mark in the lower right, with a white outline so it reads on the target
  const w = size <= 16 ? 0.09 : 0.075;
  const d = Math.min(segDist(x, y, 0.42, 0.72, 0.6, 0.9), segDist(x, y, 0.6, 0.9, 0.97, 0.45));
  if (d <= w + 0.06) c = WHITE;
  if (d <= w) c = GREEN;
  return c;
}

export function draw(size) {
  const S = 4; // supersampling per axis
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = motif((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((a / (S * S)) * 255);
      }
    }
  }
  return png(size, out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(root, 'assets'), { recursive: true });
  for (const s of SIZES) {
    const file = join(root, 'assets', `icon-${s}.png`);
    writeFileSync(file, draw(s));
    console.log(`assets/icon-${s}.png`);
  }
}
