// What the process-level checks (`npm run test:scale`, `npm run test:crash`) share:
// the ✓/✖ checks and exit code, cleanup on exit or Ctrl-C, a throwaway app with a
// fresh database, built while it is migrated and seeded with the benchmark seed
// (src/scripts/bench/seed.ts), Redis spoken directly, and a drawn signature.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PNG } from "pngjs"
import {
  createExternalDatabase,
  dropExternalDatabase,
  printTail,
  ROOT,
  runMedusa,
  snapshotApp,
  step,
  stopGroup,
} from "./medusa-app.mjs"
import { externalDbEnv, startEmbeddedPostgres, urlFromDbEnv } from "./postgres.mjs"
import { productionBuild, testBuildDir } from "./production-build.mjs"
import { medusaSecrets } from "./secrets.mjs"

/**
 * Runs `run({ state, check })` and exits: 0 when every check held, 1 otherwise.
 * Whatever `run` started (process groups, databases, the temp dir in `state`) is
 * stopped and deleted at the end, on failure and on Ctrl-C.
 */
export async function processTest(name, run) {
  const state = { groups: new Set(), tmp: null, embedded: null, externalDb: null }
  const failures = []
  const check = (ok, label, detail = "") => {
    console.log(`  ${ok ? "✓" : "✖"} ${label}${detail ? ` (${detail})` : ""}`)
    if (!ok) failures.push(label)
  }
  const cleanup = async () => {
    for (const child of [...state.groups]) await stopGroup(child)
    if (state.externalDb) {
      await dropExternalDatabase(state.externalDb.env, state.externalDb.name).catch(() => {})
    }
    await state.embedded?.stop().catch(() => {})
    if (state.tmp) rmSync(state.tmp, { recursive: true, force: true })
  }
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => void cleanup().finally(() => process.exit(130)))
  }
  try {
    await run({ state, check })
  } catch (error) {
    console.error(`\n✖ ${error.message}`)
    if (error.logFile) printTail(error.logFile)
    failures.push(error.message)
  } finally {
    await cleanup()
  }
  if (failures.length) {
    console.error(`\n${name} failed: ${failures.length} check(s)\n- ${failures.join("\n- ")}`)
    process.exit(1)
  }
  console.log(`\n${name} passed`)
  process.exit(0)
}

/** A temp dir (`prefix`-…) with `logs/` and a snapshot of the app in `app/`. */
export function throwawayApp(state, prefix) {
  const tmp = mkdtempSync(join(tmpdir(), `${prefix}-`))
  state.tmp = tmp
  chmodSync(tmp, 0o755) // the embedded server runs as `postgres` and must reach its data
  const logs = join(tmp, "logs")
  mkdirSync(logs)
  const app = join(tmp, "app")
  snapshotApp(app)
  return { tmp, logs, app }
}

/**
 * A fresh database on the server DATABASE_URL / DB_HOST names (dropped at the
 * end), otherwise on an embedded PostgreSQL in the temp dir.
 */
export async function freshDatabase(state, name) {
  const external = externalDbEnv()
  if (external) {
    const database = `${name}_${Date.now()}_${process.pid}`
    await createExternalDatabase(external, database)
    state.externalDb = { env: external, name: database }
    return { dbEnv: external, database }
  }
  state.embedded = await step("Starting an embedded PostgreSQL", () =>
    startEmbeddedPostgres({ dataDir: join(state.tmp, "postgres", "data"), persistent: false })
  )
  await state.embedded.createDatabase(name)
  return { dbEnv: state.embedded.env, database: name }
}

/** Medusa's environment for the app on that database: secrets, no admin, no telemetry. */
export function appEnv({ dbEnv, database }, extra = {}) {
  return {
    ...process.env,
    ...medusaSecrets(),
    DATABASE_URL: urlFromDbEnv(dbEnv, database),
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

/**
 * The production server (`medusa build` without the admin, shared by the process
 * tests and reused while the sources are unchanged: testBuildDir) while the
 * database is migrated and seeded with the benchmark seed (`seedEnv`: its BENCH_*
 * counts); the build is linked as `app`'s .medusa/server. Answers what the seed
 * wrote (BenchInfo).
 */
export async function buildMigrateSeed(state, { app, env, logs, seedEnv }) {
  const medusa = (args, options) => runMedusa(state.groups, args, options)
  const infoFile = join(state.tmp, "seed.json")
  // A snapshot whose config a test changed (test:scale's negative control) is built
  // as it is, in place; otherwise the shared build serves.
  const changed =
    readFileSync(join(app, "medusa-config.ts"), "utf8") !==
    readFileSync(join(ROOT, "medusa-config.ts"), "utf8")
  const log = join(logs, "build.log")
  const built = changed
    ? medusa(["build", "--no-lint"], { cwd: app, env: { ...env, NODE_ENV: "production" }, log })
    : productionBuild({ dir: testBuildDir(), groups: state.groups, env, admin: false, log })
  // Awaited below; a failing seed stops the build, which must not crash us meanwhile.
  built.catch(() => {})
  await step("Migrating and seeding (medusa build running alongside)", async () => {
    await medusa(["db:migrate", "--execute-safe-links"], {
      cwd: app,
      env,
      log: join(logs, "migrate.log"),
    })
    await medusa(["exec", "./src/scripts/bench/seed.ts"], {
      cwd: app,
      env: { ...env, LOG_LEVEL: "warn", BENCH_INFO_FILE: infoFile, ...seedEnv },
      log: join(logs, "seed.log"),
    })
  })
  const shared = await step("Building the production server", () => built)
  if (!changed) {
    if (shared.reused) console.log("  (reused: the sources are unchanged since it was built)")
    mkdirSync(join(app, ".medusa"), { recursive: true })
    rmSync(join(app, ".medusa", "server"), { recursive: true, force: true })
    symlinkSync(shared.server, join(app, ".medusa", "server"), "dir")
  }
  return JSON.parse(readFileSync(infoFile, "utf8"))
}

/** `SELECT count(*) …` as a number. */
export async function count(db, sql, params = []) {
  const { rows } = await db.query(sql, params)
  return Number(rows[0].count)
}

/** A signature as the pad sends it: a transparent PNG with a wavy stroke. */
export function drawnSignature() {
  const image = new PNG({ width: 400, height: 120 })
  for (let x = 20; x < 270; x++) {
    for (let dy = -1; dy <= 1; dy++) {
      const i = ((60 + dy + Math.round(10 * Math.sin(x / 15))) * 400 + x) * 4
      image.data[i + 3] = 255
    }
  }
  return `data:image/png;base64,${PNG.sync.write(image).toString("base64")}`
}

/** Redis spoken directly (RESP): each command's reply line, or the first error. */
export function redisCommand(url, commands) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({
      host: hostname || "127.0.0.1",
      port: Number(port) || 6379,
    })
    let reply = ""
    socket.setTimeout(3000, () => socket.destroy(new Error("no answer within 3 s")))
    socket.on("error", reject)
    socket.on("data", (chunk) => {
      reply += chunk.toString()
      const lines = reply.split("\r\n").filter(Boolean)
      if (lines.length >= commands.length) {
        socket.end()
        const error = lines.find((line) => line.startsWith("-"))
        return error ? reject(new Error(error.slice(1))) : resolve(lines)
      }
    })
    socket.on("connect", () => {
      socket.write(
        commands
          .map(
            (args) =>
              `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`
          )
          .join("")
      )
    })
  })
}

/** `url` with its database number replaced by `db`. */
export const redisDatabaseUrl = (url, db) => `${url.replace(/\/\d*$/, "")}/${db}`

/** Why no Redis answers at `url`, or null when one does. */
export async function redisUnreachable(url) {
  try {
    const [reply] = await redisCommand(url, [["PING"]])
    return reply === "+PONG" ? null : `it answered ${reply}`
  } catch (error) {
    return error.message
  }
}
