// Draws the add-in icons (a green sheet with a table and a summing bar) at the sizes Office asks
// for, as PNGs, with no image library: shapes are rasterised with 4×4 supersampling and encoded
// with zlib. Run: node assets/make-icons.mjs
import { writeFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [33, 115, 70];
const WHITE = [255, 255, 255];
const GOLD = [255, 192, 0];

/** Colour of point (x, y) in a unit square, or null for transparent. */
function paint(x, y) {
  const r = 0.16;
  const inside = (cx, cy) =>
    (cx - Math.max(r, Math.min(1 - r, cx))) ** 2 + (cy - Math.max(r, Math.min(1 - r, cy))) ** 2 <=
    r * r;
  if (!inside(x, y)) return null;
  const inTable = x > 0.2 && x < 0.8 && y > 0.2 && y < 0.68;
  if (inTable) {
    const line = 0.035;
    const cols = [0.2, 0.4, 0.6, 0.8];
    const rows = [0.2, 0.36, 0.52, 0.68];
    if (cols.some((c) => Math.abs(x - c) < line) || rows.some((c) => Math.abs(y - c) < line))
      return WHITE;
    if (y < 0.36) return [60, 150, 100];
    return GREEN;
  }
  if (x > 0.2 && x < 0.8 && y > 0.74 && y < 0.84) return GOLD;
  if (Math.abs(x - 0.2) < 0.035 && y >= 0.2 && y <= 0.68) return WHITE;
  return GREEN;
}

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) writeFileSync(join(here, `icon-${size}.png`), png(size));
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
