// `npm test`: static checks, then unit, module and HTTP tests against a real
// PostgreSQL (embedded unless DB_HOST / DATABASE_URL name one), then the browser
// tests (e2e: builds the storefront portal and the admin dashboard, then drives
// Chromium against them and a real Medusa: CHROMIUM_PATH, else /usr/bin/chromium,
// else npm's @sparticuz/chromium, see e2e/support/browser.ts). Ends with one line
// "N passed, N failed" totalled over every suite.
//
//   node scripts/test.mjs                 everything
//   node scripts/test.mjs unit http       only those parts
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { externalDbEnv, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { medusaSecrets } from "./lib/secrets.mjs"

// "package" packs the plugin and installs it into a fresh Medusa store; slow, so it
// runs by default only in CI (CI=true) or when asked for.
const ALL = ["typecheck", "lint", "format", "unit", "modules", "http", "e2e", "package"]
const DEFAULT = ALL.filter((p) => p !== "package" || process.env.CI === "true")
const NEEDS_DB = new Set(["modules", "http", "e2e"])
const requested = process.argv.slice(2)
const parts = requested.length ? requested : DEFAULT

const unknown = parts.filter((p) => !ALL.includes(p))
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(", ")}. Choose from: ${ALL.join(", ")}`)
  process.exit(2)
}

const env = {
  LOG_LEVEL: "error",
  ...process.env,
  // One pair for every part of this run; jest also sets its own (integration-tests/setup.js).
  ...medusaSecrets(),
  MEDUSA_DISABLE_TELEMETRY: "true",
  NODE_ENV: "test",
}
let passed = 0
let failed = 0
const failures = []
// How long each part took, printed at the end (docs/ARCHITECTURE.md, "Tests").
const took = []
const timed = async (label, work) => {
  const start = Date.now()
  const ok = await work()
  took.push(`${label} ${Math.round((Date.now() - start) / 1000)} s`)
  return ok
}

// Asynchronous on purpose: the embedded PostgreSQL writes its log through this
// process, and a blocked event loop would fill that pipe and stall the server.
function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n── ${label} ──`)
  return timed(
    label,
    () =>
      new Promise((resolve) => {
        const child = spawn(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } })
        child.on("error", () => resolve(false))
        child.on("exit", (code) => resolve(code === 0))
      })
  )
}

async function check(label, cmd, args, extraEnv) {
  count(label, await run(label, cmd, args, extraEnv))
}

function count(label, ok) {
  if (ok) {
    passed++
  } else {
    failed++
    failures.push(label)
  }
}

// Like run(), with the output held back and printed whole once the command ends,
// so commands running side by side don't interleave theirs.
function runQuietly(label, cmd, args) {
  return timed(
    label,
    () =>
      new Promise((resolve) => {
        const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env })
        const output = []
        child.stdout.on("data", (chunk) => output.push(chunk))
        child.stderr.on("data", (chunk) => output.push(chunk))
        const done = (ok) => {
          console.log(`\n── ${label} ──`)
          process.stdout.write(Buffer.concat(output))
          resolve(ok)
        }
        child.on("error", () => done(false))
        child.on("exit", (code) => done(code === 0))
      })
  )
}

// The static checks are independent single-threaded processes: two at a time use
// both cores.
async function checkSideBySide(checks, lanes = 2) {
  const queue = [...checks]
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [label, cmd, args] = next
        count(label, await runQuietly(label, cmd, args))
      }
    })
  )
}

async function jest(suite, extraEnv) {
  const out = join(".jest", `${suite}.json`)
  mkdirSync(".jest", { recursive: true })
  rmSync(out, { force: true })
  // Every HTTP and browser file boots a whole Medusa, and one process for all of
  // them ran out of heap: files run in workers that jest replaces once they hold
  // more than 1.5 GB after a file. Files run two at a time: each has its own
  // database, a copy of one migrated template (integration-tests/helpers/
  // template-database.js), and every server it starts (Medusa; for browser files
  // also the storefront, the admin and the mail catcher) takes a free port.
  const ok = await run(
    `${suite} tests`,
    "npx",
    [
      "jest",
      `--maxWorkers=${suite === "http" || suite === "e2e" ? 2 : 1}`,
      "--workerIdleMemoryLimit=1536MB",
      "--forceExit",
      "--json",
      `--outputFile=${out}`,
    ],
    {
      TEST_TYPE: suite,
      NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=6144",
      ...extraEnv,
    }
  )
  try {
    const report = JSON.parse(readFileSync(out, "utf8"))
    passed += report.numPassedTests
    failed += report.numFailedTests
    // A suite that fails to load has no failed tests of its own; count it.
    const broken = report.testResults.filter(
      (r) => r.status === "failed" && r.assertionResults.every((a) => a.status !== "failed")
    ).length
    failed += broken
    if (!ok || report.numFailedTests || broken) failures.push(`${suite} tests`)
  } catch {
    failed++
    failures.push(`${suite} tests (no report)`)
  }
}

let db = null
let dbFolder = null
try {
  const statics = []
  if (parts.includes("typecheck")) {
    // In this order: the generated Query types are rewritten in the first seconds of
    // typecheck-build, which the storefront's check outlasts before the server's
    // check (which reads them) starts.
    statics.push(
      // As `medusa build` checks: with the Query types it generates (scripts/typecheck-build.mjs).
      ["typecheck (generated Query types)", "node", ["scripts/typecheck-build.mjs"]],
      ["typecheck (storefront portal)", "npx", ["tsc", "--noEmit", "-p", "storefront-portal"]],
      ["typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.check.json"]],
      ["typecheck (admin extensions)", "npx", ["tsc", "--noEmit", "-p", "src/admin"]]
    )
  }
  if (parts.includes("lint")) statics.push(["lint", "npx", ["eslint", "."]])
  if (parts.includes("format")) statics.push(["format", "npx", ["prettier", "--check", "."]])
  await timed("static checks", () => checkSideBySide(statics))
  if (parts.includes("unit")) await jest("unit")
  if (parts.includes("package"))
    await check("package install", "node", ["scripts/test-package.mjs"])

  const dbParts = parts.filter((p) => NEEDS_DB.has(p))
  if (dbParts.length) {
    let dbEnv = externalDbEnv()
    if (dbEnv) {
      console.log(`\nUsing PostgreSQL at ${dbEnv.DB_HOST}:${dbEnv.DB_PORT}`)
    } else {
      dbFolder = mkdtempSync(join(tmpdir(), "portal-test-"))
      db = await startEmbeddedPostgres({ dataDir: join(dbFolder, "pg"), persistent: false })
      dbEnv = db.env
      console.log(`\nStarted embedded PostgreSQL on port ${dbEnv.DB_PORT}`)
    }
    for (const suite of dbParts) {
      // The browser tests serve storefront-portal/dist and the admin dashboard in
      // .medusa/admin: build both first, and count a failed build as a failure
      // rather than testing a stale one.
      if (suite === "e2e") {
        const before = failed
        await check("storefront portal build", "npm", ["run", "build", "-w", "storefront-portal"])
        await check("admin dashboard build", "npx", ["medusa", "build", "--admin-only"])
        if (failed > before) continue
      }
      await jest(suite, dbEnv)
    }
  }
} finally {
  if (db) await db.stop()
  if (dbFolder) rmSync(dbFolder, { recursive: true, force: true })
}

console.log(`\nTook: ${took.join(", ")}`)
if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
