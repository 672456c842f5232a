// Prints the size of the JavaScript the quote page loads first (the scripts and
// module preloads index.html names), gzip-compressed as a server would send it,
// and every other chunk, loaded later on demand.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"

const dist = new URL("../dist/", import.meta.url).pathname
const html = readFileSync(join(dist, "index.html"), "utf8")
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1])
)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const rows = readdirSync(join(dist, "assets"))
  .filter((file) => file.endsWith(".js"))
  .map((file) => {
    const source = readFileSync(join(dist, "assets", file))
    return {
      file: `assets/${file}`,
      raw: source.length,
      gzip: gzipSync(source, { level: 9 }).length,
    }
  })
  .sort((a, b) => b.gzip - a.gzip)

let initialGzip = 0
for (const row of rows) {
  const first = initial.has(row.file)
  if (first) initialGzip += row.gzip
  console.log(
    `${first ? "initial " : "lazy    "} ${row.file.padEnd(40)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)} gzip`
  )
}
console.log(`Initial JavaScript of the quote page: ${kb(initialGzip)} gzip (budget 150 KB)`)
if (initialGzip > 150 * 1024) {
  console.error("Over the 150 KB budget.")
  process.exit(1)
}
