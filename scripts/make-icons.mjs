// Draws the Relais icon (a blue tile with a white "hand-off" arrow) as PNGs, with no
// dependencies, so the icons are reproducible: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

function crc32(buf) {
  let c,
    crc = 0xffffffff
  for (const b of buf) {
    c = (crc ^ b) & 0xff
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crc = (crc >>> 8) ^ c
  }
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

function png(size) {
  const rows = []
  const r = size * 0.2
  for (let y = 0; y < size; y++) {
    const row = [0]
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size,
        v = (y + 0.5) / size
      const dx = Math.max(r - x - 0.5, 0, x + 0.5 - (size - r)),
        dy = Math.max(r - y - 0.5, 0, y + 0.5 - (size - r))
      const inside = dx * dx + dy * dy <= r * r
      // Arrow: a shaft from left to centre, then a head pointing right.
      const shaft = u > 0.2 && u < 0.58 && Math.abs(v - 0.5) < 0.09
      const head = u >= 0.5 && u < 0.82 && Math.abs(v - 0.5) < (0.82 - u) * 0.95
      const dot = (u - 0.22) ** 2 + (v - 0.27) ** 2 < 0.006
      if (!inside) row.push(0, 0, 0, 0)
      else if (shaft || head || dot) row.push(255, 255, 255, 255)
      else row.push(29, 78, 216, 255)
    }
    rows.push(Buffer.from(row))
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

for (const size of [16, 32, 48, 128]) writeFileSync(`extension/public/icon/${size}.png`, png(size))
