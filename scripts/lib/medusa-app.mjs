// Runs throwaway Medusa apps for the benchmark and the scale test: a snapshot of
// this repository's app in a temp dir, `medusa` commands in their own process
// groups (so that a whole server can be stopped or killed), health checks, and
// fresh databases on an external PostgreSQL.
import { spawn } from "node:child_process"
import {
  closeSync,
  cpSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { basename, dirname, join } from "node:path"
import { performance } from "node:perf_hooks"
import { setTimeout as sleep } from "node:timers/promises"
import { fileURLToPath } from "node:url"
import { urlFromDbEnv } from "./postgres.mjs"

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
export const MEDUSA_BIN = join(ROOT, "node_modules", ".bin", "medusa")
const HEALTH_TIMEOUT_MS = 3 * 60 * 1000
const STOP_TIMEOUT_MS = 15 * 1000

/** src/ (without tests), medusa-config.ts and package.json, with this repository's node_modules. */
export function snapshotApp(app) {
  mkdirSync(app)
  cpSync(join(ROOT, "src"), join(app, "src"), {
    recursive: true,
    filter: (source) => basename(source) !== "__tests__",
  })
  for (const file of ["medusa-config.ts", "package.json"]) {
    cpSync(join(ROOT, file), join(app, file))
  }
  const tsconfig = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8"))
  tsconfig.include = [...(tsconfig.include ?? []), "medusa-config.ts"]
  tsconfig.exclude = [...new Set([...(tsconfig.exclude ?? []), "src/scripts"])]
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
  symlinkSync(join(ROOT, "node_modules"), join(app, "node_modules"), "dir")
}

/** Runs `medusa <args>` to completion in its own process group, its output in `log`. */
export function runMedusa(groups, args, { cwd, env, log }) {
  return new Promise((resolve, reject) => {
    const fd = openSync(log, "a")
    const child = spawn(MEDUSA_BIN, args, { cwd, env, detached: true, stdio: ["ignore", fd, fd] })
    closeSync(fd)
    groups.add(child)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      groups.delete(child)
      if (code === 0) return resolve()
      const error = new Error(`medusa ${args[0]} exited with ${signal ?? `code ${code}`}`)
      error.logFile = log
      reject(error)
    })
  })
}

/**
 * Starts `medusa start` on the production build (`mode: "start"`) or `medusa
 * develop`, on `port`, in its own process group; its output goes to `log`, or
 * to ours when there is none.
 */
export function startServer(groups, { mode = "start", app, port, env, log, nodeArgs = [] }) {
  const fd = log ? openSync(log, "a") : "inherit"
  const serverEnv = {
    ...env,
    PORT: String(port),
    LOG_LEVEL: env.LOG_LEVEL ?? "error",
    NODE_ENV: mode === "start" ? "production" : "development",
  }
  const child =
    mode === "start"
      ? spawn(process.execPath, [...nodeArgs, MEDUSA_BIN, "start"], {
          cwd: join(app, ".medusa", "server"),
          env: serverEnv,
          detached: true,
          stdio: ["ignore", fd, fd],
        })
      : spawn(MEDUSA_BIN, ["develop", "--no-lint"], {
          cwd: app,
          env: serverEnv,
          detached: true,
          stdio: ["ignore", fd, fd],
        })
  if (log) closeSync(fd)
  groups.add(child)
  child.on("exit", () => groups.delete(child))
  return child
}

export async function waitForHealth(base, server, log, interrupted = () => false) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  while (Date.now() < deadline && !interrupted()) {
    if (server.exitCode !== null || server.signalCode !== null) {
      const error = new Error(`Medusa exited (${server.signalCode ?? `code ${server.exitCode}`})`)
      error.logFile = log
      throw error
    }
    try {
      const res = await fetch(`${base}/health`)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await sleep(250)
  }
  if (interrupted()) return
  const error = new Error(
    `Medusa did not answer ${base}/health within ${HEALTH_TIMEOUT_MS / 1000} s`
  )
  error.logFile = log
  throw error
}

export const groupAlive = (child) => {
  try {
    process.kill(-child.pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the whole group, SIGKILL if it lingers. */
export async function stopGroup(child) {
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return // already gone
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS
  while (groupAlive(child)) {
    if (Date.now() > deadline) {
      killGroup(child)
      return
    }
    await sleep(100)
  }
}

/** SIGKILL to the whole group: the process dies mid-work, as on a crash. */
export function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL")
  } catch {
    // gone meanwhile
  }
}

export async function step(label, fn) {
  const started = performance.now()
  console.log(`› ${label}…`)
  const result = await fn()
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return result
}

export function printTail(file, lines = 40) {
  try {
    const text = readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n")
    console.error(
      `  last lines of ${basename(file)}:\n${text
        .split("\n")
        .map((l) => `    ${l}`)
        .join("\n")}`
    )
  } catch {
    // no log
  }
}

export async function pgClient(env, database) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: urlFromDbEnv(env, database) })
  await client.connect()
  return client
}

/** The database to connect to for CREATE/DROP DATABASE: DATABASE_URL's own, or `postgres`. */
const adminDatabase = () =>
  process.env.DATABASE_URL
    ? decodeURIComponent(new URL(process.env.DATABASE_URL).pathname.slice(1)) || "postgres"
    : "postgres"

export async function createExternalDatabase(env, name) {
  const client = await pgClient(env, adminDatabase())
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
}

export async function dropExternalDatabase(env, name) {
  const client = await pgClient(env, adminDatabase())
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
