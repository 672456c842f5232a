// Where a server's CPU time went, from a V8 `.cpuprofile` (node --cpu-prof):
// self time by package (Medusa's, MikroORM's, pg's, ours…) and the hottest
// functions, leaving out the first `skipMs` (boot and warm-up) and idle time.
// Used by `BENCH_PROFILE=… npm run bench` (bench/README.md, "Profiles"); also
// runnable on its own: node bench/profile.mjs file.cpuprofile [skipMs].
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** The package a script URL belongs to: node_modules/<name>, ours, or node's own. */
function packageOf(url) {
  if (!url) return "(vm internals)"
  if (url.startsWith("node:")) return "(node)"
  const parts = url.split("node_modules/")
  if (parts.length > 1) {
    const rest = parts[parts.length - 1].split("/")
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const ours = url.match(/\/(src|\.medusa\/server\/src)\/(.*)$/)
  return ours ? `ours: ${ours[2].split("/").slice(0, 2).join("/")}` : url
}

/**
 * Self time (ms) by package and by function over the samples taken after
 * `skipMs` from the first one; idle and the profiler's own ticks are left out.
 */
export function summarizeProfile(file, { skipMs = 0, top = 25 } = {}) {
  const profile = JSON.parse(readFileSync(file, "utf8"))
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parentOf = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id)
  const selfUs = new Map()
  let at = 0
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0
    if (at < skipMs * 1000) continue
    const delta = profile.timeDeltas[i + 1] ?? 0
    const id = profile.samples[i]
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta)
  }
  const byPackage = new Map()
  const byFunction = new Map()
  const inclusive = new Map()
  const keyOf = (callFrame) => {
    const name = callFrame.functionName || "(anonymous)"
    const where = callFrame.url
      ? `${callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(src|\.medusa)\//, "$1/")}:${callFrame.lineNumber + 1}`
      : ""
    return `${name} ${where}`
  }
  let total = 0
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id)
    const name = callFrame.functionName || "(anonymous)"
    if (name === "(idle)" || name === "(program)" || name === "(root)") continue
    total += us
    const pkg = name.startsWith("(") ? name : packageOf(callFrame.url)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us)
    const key = keyOf(callFrame)
    byFunction.set(key, (byFunction.get(key) ?? 0) + us)
    // Inclusive time of our own functions: each distinct one on the stack once.
    const seen = new Set()
    for (let up = id; up !== undefined; up = parentOf.get(up)) {
      const frame = nodes.get(up).callFrame
      if (!/\/(src|\.medusa\/server\/src)\//.test(frame.url) || frame.url.includes("node_modules"))
        continue
      const upKey = keyOf(frame)
      if (seen.has(upKey)) continue
      seen.add(upKey)
      inclusive.set(upKey, (inclusive.get(upKey) ?? 0) + us)
    }
  }
  const sorted = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => ({ key, ms: us / 1000, share: total ? us / total : 0 }))
  return {
    totalMs: total / 1000,
    packages: sorted(byPackage),
    functions: sorted(byFunction),
    ours: sorted(inclusive),
  }
}

/** The summary as lines of text. */
export function formatSummary(title, summary) {
  const row = ({ key, ms, share }) =>
    `  ${(share * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${key}`
  return [
    `${title}: ${summary.totalMs.toFixed(0)} ms of CPU (idle left out)`,
    " by package:",
    ...summary.packages.map(row),
    " hottest functions (self time):",
    ...summary.functions.map(row),
    " our functions (inclusive: they and what they call):",
    ...summary.ours.map(row),
  ].join("\n")
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, skip] = process.argv.slice(2)
  console.log(formatSummary(file, summarizeProfile(file, { skipMs: Number(skip) || 0 })))
}
