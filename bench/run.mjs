// `npm run bench`: the plugin's buyer endpoints against Medusa's own store API,
// on one throwaway Medusa app, in one run. Never part of `npm test`; no thresholds.
//
//   1. PostgreSQL: a fresh database on the server DATABASE_URL (or DB_HOST…) names,
//      dropped at the end; otherwise an embedded server in a temp dir.
//   2. A snapshot of the app (src/, medusa-config.ts) in the temp dir: `medusa
//      db:migrate`, then src/scripts/bench/seed.ts (store, shipping, catalog, a
//      customer and BENCH_QUOTES quotes created and sent by the plugin's
//      workflows) while `medusa build` compiles the production server.
//   3. `medusa start` (production build; falls back to `medusa develop` if the
//      build fails) on a free port with LOG_LEVEL=error, warmed up.
//   4. autocannon, same duration and connections for each, in alternating rounds:
//      GET /store/portal/quote-links/:token   vs   GET /store/products?limit=20
//                                             and GET /store/regions/:id
//      GET /store/portal/products?limit=20   vs   GET /store/products?limit=20, both
//      as a signed-in portal member, under the portal's key, with the region_id
//   5. One request at a time, interleaved: accepting a sent quote (which creates
//      an order), signing a sent quote's agreement (an order, the signed PDF and its
//      private files) vs completing a prepared Medusa cart (which creates an order).
//   6. A summary of every ratio issue 22 sets a goal for, with the load average.
//   7. Everything is stopped and deleted on exit, failure or Ctrl-C.
//
// Environment: BENCH_DURATION (s, 10), BENCH_ROUNDS (alternating rounds it is split in, 2),
// BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 3),
// BENCH_RUNS (sequential runs each, 50), BENCH_WARMUP_RUNS (3), BENCH_QUOTES (1000),
// BENCH_VIEW_TOKENS (10), BENCH_SERVER (start | develop), DATABASE_URL.
import { postgresKeeperReady, stopPostgresKeeper } from "../scripts/lib/postgres-keeper.mjs"
import autocannon from "autocannon"
import { fork } from "node:child_process"
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import * as lib from "../scripts/lib/medusa-app.mjs"
import {
  externalDbEnv,
  freePort,
  startEmbeddedPostgres,
  urlFromDbEnv,
} from "../scripts/lib/postgres.mjs"
import { drawnSignature } from "../scripts/lib/process-test.mjs"
import { medusaSecrets } from "../scripts/lib/secrets.mjs"
import { formatSummary, summarizeProfile } from "./profile.mjs"
import * as scale from "./scale.mjs"

const DB_NAME = "portal_bench"
const STOP_TIMEOUT_MS = 15 * 1000
const PRODUCTS_PATH = "/store/products?limit=20"
const REGION_PATH = "/store/regions"
const LINK_PATH = "/store/portal/quote-links"
const PORTAL_CATALOG_PATH = "/store/portal/products?limit=20"

const intEnv = (name, fallback) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

const config = {
  duration: intEnv("BENCH_DURATION", 10),
  // The throughput comparisons alternate their endpoints in this many rounds.
  rounds: intEnv("BENCH_ROUNDS", 2),
  connections: intEnv("BENCH_CONNECTIONS", 10),
  warmup: intEnv("BENCH_WARMUP", 3),
  runs: intEnv("BENCH_RUNS", 50),
  warmupRuns: intEnv("BENCH_WARMUP_RUNS", 3),
  quotes: intEnv("BENCH_QUOTES", 1000),
  viewTokens: intEnv("BENCH_VIEW_TOKENS", 10),
  server: process.env.BENCH_SERVER === "develop" ? "develop" : "start",
  // The scale run (bench/scale.mjs) after the default measurements.
  scale: process.env.BENCH_SCALE === "1",
  scaleQuotes: intEnv("BENCH_SCALE_QUOTES", 100_000),
  scaleRuns: intEnv("BENCH_SCALE_RUNS", 200),
  scaleWarmup: intEnv("BENCH_SCALE_WARMUP", 10),
  explain: process.env.BENCH_EXPLAIN === "1",
  // Profiles instead of figures: the phases to profile, one server each (bench/README.md, "Profiles").
  profile: (process.env.BENCH_PROFILE ?? "")
    .split(",")
    .map((phase) => phase.trim())
    .filter(Boolean),
}

// ── the run ─────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = performance.now()
  /** What cleanup() must undo; filled in as the run goes. */
  const state = { tmp: null, groups: new Set(), keeper: null, externalDb: null, cleaning: null }
  const cleanup = () => (state.cleaning ??= cleanUp(state))

  let interrupted = false
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (interrupted) return
      interrupted = true
      console.log(`\n${signal}: stopping and cleaning up…`)
      void cleanup().finally(() => process.exit(130))
    })
  }
  // Last resort when we exit without cleanup() having finished.
  process.on("exit", () => cleanUpNow(state))

  let code = 0
  try {
    code = await run(state, () => interrupted)
  } catch (error) {
    if (!interrupted) {
      console.error(`\n✖ ${error.message}`)
      if (error.logFile) lib.printTail(error.logFile)
      code = 1
    }
  }
  if (interrupted) return // the signal handler finishes the job
  await cleanup()
  console.log(`Total runtime: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)
  process.exit(code)
}

async function run(state, interrupted) {
  const tmp = mkdtempSync(join(tmpdir(), "portal-bench-"))
  state.tmp = tmp
  chmodSync(tmp, 0o755) // the embedded server runs as `postgres` and must reach its data
  const logs = join(tmp, "logs")
  mkdirSync(logs)
  const infoFile = join(tmp, "bench.json")
  console.log(`Client portal benchmark (temp dir ${tmp}, load average ${loadAverage()})`)

  const app = join(tmp, "app")
  lib.snapshotApp(app)

  // 1. PostgreSQL and a fresh database.
  let databaseUrl
  let databaseLabel
  const external = externalDbEnv()
  if (external) {
    const name = `portal_bench_${Date.now()}_${process.pid}`
    await lib.step(`Creating database ${name} (DATABASE_URL / DB_HOST)`, () =>
      lib.createExternalDatabase(external, name)
    )
    state.externalDb = { env: external, name }
    databaseUrl = urlFromDbEnv(external, name)
    databaseLabel = `${external.DB_HOST}:${external.DB_PORT}, fresh database ${name}`
  } else {
    const pg = await lib.step("Starting an embedded PostgreSQL", async () => {
      state.keeper = fork(
        fileURLToPath(import.meta.url),
        ["--postgres-keeper", join(tmp, "postgres", "data"), join(logs, "postgres.log")],
        { detached: true, stdio: ["ignore", "ignore", "inherit", "ipc"] }
      )
      return postgresKeeperReady(state.keeper)
    })
    databaseUrl = urlFromDbEnv(pg.env, DB_NAME)
    databaseLabel = `embedded PostgreSQL on port ${pg.env.DB_PORT}`
  }
  if (interrupted()) return 130

  const env = {
    ...process.env,
    ...medusaSecrets(),
    DATABASE_URL: databaseUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const medusa = (args, options) => lib.runMedusa(state.groups, args, options)

  // 2. Migrations and seed, while the production build compiles.
  const acceptQuotes = config.runs + config.warmupRuns
  const seeded = lib.step(
    `Migrating and seeding ${config.quotes} quotes${config.server === "start" ? " (medusa build running alongside)" : ""}`,
    async () => {
      await medusa(["db:migrate", "--execute-safe-links"], {
        cwd: app,
        env,
        log: join(logs, "migrate.log"),
      })
      await medusa(["exec", "./src/scripts/bench/seed.ts"], {
        cwd: app,
        env: {
          ...env,
          LOG_LEVEL: "warn",
          BENCH_INFO_FILE: infoFile,
          BENCH_QUOTES: String(config.quotes),
          BENCH_VIEW_TOKENS: String(config.viewTokens),
          BENCH_ACCEPT_QUOTES: String(acceptQuotes),
          BENCH_SIGN_QUOTES: String(acceptQuotes),
          BENCH_CARTS: String(acceptQuotes),
          ...(config.scale
            ? { BENCH_ADMIN: "1", BENCH_MEMBER_ORDERS: String(scale.MEMBER_RECORDS) }
            : {}),
        },
        log: join(logs, "seed.log"),
      })
      for (const line of readFileSync(join(logs, "seed.log"), "utf8").split("\n")) {
        const at = line.indexOf("bench seed:")
        if (at >= 0) console.log(`  ${line.slice(at + "bench seed: ".length)}`)
      }
    }
  )
  const built =
    config.server === "start"
      ? medusa(["build", "--no-lint"], {
          cwd: app,
          env: { ...env, NODE_ENV: "production" },
          log: join(logs, "build.log"),
        }).then(
          () => null,
          (error) => error
        )
      : Promise.resolve(null)
  await seeded
  const buildStarted = performance.now()
  const buildError = await built
  if (performance.now() - buildStarted > 100) {
    console.log(
      `  (waited ${((performance.now() - buildStarted) / 1000).toFixed(1)} s more for the build)`
    )
  }
  if (interrupted()) return 130
  const info = JSON.parse(readFileSync(infoFile, "utf8"))

  // 3. The server.
  let mode = config.server
  if (buildError) {
    console.log(`! medusa build failed; falling back to medusa develop. Build output:`)
    lib.printTail(buildError.logFile, 15)
    mode = "develop"
  }
  if (config.profile.length)
    return profilePhases({ state, mode, app, env, logs, info, interrupted })
  const port = await freePort()
  const base = `http://localhost:${port}`
  const serverLabel =
    mode === "start"
      ? "medusa build + medusa start (NODE_ENV=production)"
      : "medusa develop (TypeScript via swc)"
  await lib.step(`Starting Medusa on port ${port}: ${serverLabel}`, async () => {
    const server = lib.startServer(state.groups, {
      mode,
      app,
      port,
      env: { ...env, LOG_LEVEL: "error" },
      log: join(logs, "server.log"),
    })
    await lib.waitForHealth(base, server, join(logs, "server.log"), interrupted)
  })
  if (interrupted()) return 130

  const headers = { "x-publishable-api-key": info.publishable_key }
  const viewPaths = info.view_tokens.map((token) => `${LINK_PATH}/${token}`)
  // Medusa's lightest read of one record by id, as a floor for the token view.
  const regionPath = `${REGION_PATH}/${info.region_id}`
  await checkOk(base, PRODUCTS_PATH, headers)
  await checkOk(base, regionPath, headers)
  await checkOk(base, viewPaths[0], headers)

  // The catalog pair: one member, the portal's key and channel, the same region for both,
  // so Medusa prices with the member's customer groups and ours with the company's.
  const memberHeaders = {
    "x-publishable-api-key": info.portal_publishable_key,
    authorization: `Bearer ${await signIn(base, info.member)}`,
  }
  const catalogPaths = {
    ours: `${PORTAL_CATALOG_PATH}&region_id=${info.region_id}`,
    medusa: `${PRODUCTS_PATH}&region_id=${info.region_id}`,
  }
  await checkOk(base, catalogPaths.ours, memberHeaders)
  await checkOk(base, catalogPaths.medusa, memberHeaders)

  // 4. Throughput.
  const loadBefore = loadAverage()
  await lib.step(`Warming up (${config.warmup} s each)`, async () => {
    await hammer(base, [PRODUCTS_PATH], headers, config.warmup)
    await hammer(base, [regionPath], headers, config.warmup)
    await hammer(base, viewPaths, headers, config.warmup)
    await hammer(base, [catalogPaths.medusa], memberHeaders, config.warmup)
    await hammer(base, [catalogPaths.ours], memberHeaders, config.warmup)
  })
  if (interrupted()) return 130
  // Each comparison alternates its endpoints in rounds (A B C, C B A, …) instead of one
  // long run each, so a burst of other work on the machine falls on all of them alike.
  const [products, region, links] = await lib.step(
    `Measuring GET ${PRODUCTS_PATH}, GET ${REGION_PATH}/:id and GET ${LINK_PATH}/:token (${viewPaths.length} tokens in turn), ${config.duration} s each in ${config.rounds} alternating rounds, ${config.connections} connections`,
    () =>
      hammerInRounds(base, [
        { paths: [PRODUCTS_PATH], headers },
        { paths: [regionPath], headers },
        { paths: viewPaths, headers },
      ])
  )
  if (interrupted()) return 130
  const [memberProducts, catalog] = await lib.step(
    `Measuring GET ${catalogPaths.medusa} and GET ${catalogPaths.ours} as a portal member, ${config.duration} s each in ${config.rounds} alternating rounds, ${config.connections} connections`,
    () =>
      hammerInRounds(base, [
        { paths: [catalogPaths.medusa], headers: memberHeaders },
        { paths: [catalogPaths.ours], headers: memberHeaders },
      ])
  )
  if (interrupted()) return 130

  // 5. Latency of accept and sign vs cart completion.
  const carts = await lib.step(`Preparing ${acceptQuotes} carts (not timed)`, () =>
    prepareCarts(base, headers, info, acceptQuotes)
  )
  if (interrupted()) return 130
  const sequential = await lib.step(
    `Timing ${config.runs} accepts, ${config.runs} signatures and ${config.runs} cart completions, one at a time, interleaved (+${config.warmupRuns} warm-up each)`,
    () => timeSequential(base, headers, info, carts, interrupted)
  )
  if (interrupted()) return 130

  const code = report({
    serverLabel,
    databaseLabel,
    info,
    products,
    region,
    links,
    catalog: { ours: catalog, medusa: memberProducts },
    sequential,
    viewTokens: viewPaths.length,
    loads: [loadBefore, loadAverage()],
  })
  if (!config.scale) return code

  // The scale run, on the same server after the measurements above, so that one
  // run prints every ratio (bench/scale.mjs).
  console.log(`\nMachine: ${scale.loadLine()}; database ${databaseLabel}; ${serverLabel}`)
  const scaleCode = await scale.runScale({
    base,
    info,
    databaseUrl,
    config,
    step: lib.step,
    signIn,
    interrupted,
  })
  return Math.max(code, scaleCode)
}

// ── profiles ────────────────────────────────────────────────────────────────

const PROFILE_PHASES = ["view", "catalog", "products", "accept", "sign", "complete"]

/**
 * `BENCH_PROFILE=accept,sign…`: for each phase, a fresh server under `--cpu-prof`, warmed
 * up, then the phase's requests (autocannon for the reads, one at a time for the writes),
 * then a graceful stop that writes the profile, summarised without boot and warm-up.
 */
async function profilePhases({ state, mode, app, env, logs, info, interrupted }) {
  const unknown = config.profile.filter((phase) => !PROFILE_PHASES.includes(phase))
  if (unknown.length) {
    throw new Error(
      `BENCH_PROFILE: unknown ${unknown.join(", ")}; use ${PROFILE_PHASES.join(", ")}`
    )
  }
  const out = mkdtempSync(join(tmpdir(), "portal-profiles-"))
  const headers = { "x-publishable-api-key": info.publishable_key }
  const signature = drawnSignature()
  for (const phase of config.profile) {
    if (interrupted()) return 130
    const dir = join(out, phase)
    const port = await freePort()
    const base = `http://localhost:${port}`
    const server = lib.startServer(state.groups, {
      mode,
      app,
      port,
      env: { ...env, LOG_LEVEL: "error" },
      nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
      log: join(logs, `server-${phase}.log`),
    })
    const spawned = performance.now()
    await lib.waitForHealth(base, server, join(logs, `server-${phase}.log`), interrupted)
    const member = {
      "x-publishable-api-key": info.portal_publishable_key,
      authorization: `Bearer ${await signIn(base, info.member)}`,
    }
    const runs = config.runs
    const carts =
      phase === "complete" ? await prepareCarts(base, headers, info, runs + config.warmupRuns) : []
    const paths = {
      view: info.view_tokens.map((token) => `${LINK_PATH}/${token}`),
      catalog: [`${PORTAL_CATALOG_PATH}&region_id=${info.region_id}`],
      products: [`${PRODUCTS_PATH}&region_id=${info.region_id}`],
    }[phase]
    const post = (n) =>
      phase === "accept"
        ? timedPost(base, headers, `${LINK_PATH}/${info.accept_tokens[n]}/accept`, {
            selected_item_ids: [],
          })
        : phase === "sign"
          ? timedPost(base, headers, `${LINK_PATH}/${info.sign_tokens[n]}/sign`, {
              selected_item_ids: [],
              signer_name: "Bench Buyer",
              signer_email: info.customer.email,
              signature,
              consent: true,
            })
          : timedPost(base, headers, `/store/carts/${carts[n]}/complete`, {})
    let figure
    let skipMs = 0
    if (paths) {
      const phaseHeaders = phase === "view" ? headers : member
      await hammer(base, paths, phaseHeaders, config.warmup)
      skipMs = performance.now() - spawned
      const result = await hammer(base, paths, phaseHeaders, config.duration)
      figure = `${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms`
    } else {
      for (let n = 0; n < config.warmupRuns; n++) await post(n)
      skipMs = performance.now() - spawned
      const ms = []
      for (let n = config.warmupRuns; n < config.warmupRuns + runs; n++) {
        const res = await post(n)
        if (res.status !== 200)
          throw new Error(`${phase} answered ${res.status}: ${res.text.slice(0, 300)}`)
        ms.push(res.ms)
      }
      figure = `${runs} runs, p50 ${stats(ms).p50.toFixed(1)} ms`
    }
    await lib.stopGroup(server)
    const [file] = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))
    if (!file) throw new Error(`No profile was written for ${phase} in ${dir}`)
    console.log(
      `\n${formatSummary(`${phase} (${figure})`, summarizeProfile(join(dir, file), { skipMs }))}`
    )
  }
  console.log(`\nProfiles (open in Chrome DevTools): ${out}`)
  return 0
}

// ── measurements ────────────────────────────────────────────────────────────

/**
 * Each of `endpoints` for `config.duration` seconds in all, as `config.rounds` rounds that
 * alternate their order (A B C, C B A, …: with two, a drift of the machine's load cancels out). Answers one result per endpoint in autocannon's
 * shape: requests per second over all its rounds, the median of its rounds' p50 latencies,
 * the worst p99, and the summed counts.
 */
async function hammerInRounds(base, endpoints) {
  const seconds = Math.max(1, Math.round(config.duration / config.rounds))
  const results = endpoints.map(() => [])
  for (let round = 0; round < config.rounds; round++) {
    const order = endpoints.map((_, i) => i)
    if (round % 2) order.reverse()
    for (const i of order) {
      results[i].push(await hammer(base, endpoints[i].paths, endpoints[i].headers, seconds))
    }
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  const sum = (runs, pick) => runs.reduce((total, run) => total + pick(run), 0)
  return results.map((runs) => {
    const total = sum(runs, (run) => run.requests.total)
    const statusCodeStats = {}
    for (const run of runs) {
      for (const [code, { count }] of Object.entries(run.statusCodeStats ?? {})) {
        statusCodeStats[code] = { count: (statusCodeStats[code]?.count ?? 0) + count }
      }
    }
    return {
      requests: { average: total / sum(runs, (run) => run.duration), total },
      latency: {
        p50: median(runs.map((run) => run.latency.p50)),
        p99: Math.max(...runs.map((run) => run.latency.p99)),
      },
      non2xx: sum(runs, (run) => run.non2xx),
      errors: sum(runs, (run) => run.errors),
      timeouts: sum(runs, (run) => run.timeouts),
      statusCodeStats,
    }
  })
}

/** autocannon against `paths` (taken in turn), all connections sharing the rotation. */
async function hammer(base, paths, headers, duration) {
  let next = 0
  return autocannon({
    url: base,
    connections: config.connections,
    duration,
    headers,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  })
}

/** A customer's (or with `actor` "user", an admin's) bearer token, as their sign-in gets it. */
async function signIn(base, { email, password }, actor = "customer") {
  const res = await fetch(`${base}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok || !body.token) {
    throw new Error(`Signing in ${email} answered ${res.status}: ${JSON.stringify(body)}`)
  }
  return body.token
}

async function checkOk(base, path, headers) {
  const res = await fetch(base + path, { headers })
  if (!res.ok) {
    throw new Error(`GET ${path} answered ${res.status}: ${(await res.text()).slice(0, 500)}`)
  }
}

async function api(base, headers, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text)
}

/**
 * Carts ready to complete, through the store API as a storefront does it: a
 * cart created with the buyer's email, the same lines an accepted quote orders
 * and a US address (one request instead of one per line: same cart, faster
 * setup), the flat-rate shipping method, a payment session with the system provider.
 */
async function prepareCarts(base, headers, info, count) {
  const address = {
    first_name: "Bench",
    last_name: "Buyer",
    company: "Bench Co",
    address_1: "100 Industrial Way",
    city: "Columbus",
    province: "OH",
    postal_code: "43215",
    country_code: "us",
  }
  const prepare = async (n) => {
    const { cart } = await api(base, headers, "POST", "/store/carts", {
      region_id: info.region_id,
      sales_channel_id: info.sales_channel_id,
      email: info.customer.email,
      items: info.cart_items[n],
      shipping_address: address,
      billing_address: address,
    })
    await api(base, headers, "POST", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: info.shipping_option_id,
    })
    const { payment_collection } = await api(base, headers, "POST", "/store/payment-collections", {
      cart_id: cart.id,
    })
    await api(
      base,
      headers,
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" }
    )
    return cart.id
  }
  const ids = new Array(count)
  const concurrency = 4
  for (let start = 0; start < count; start += concurrency) {
    const batch = []
    for (let n = start; n < Math.min(count, start + concurrency); n++) {
      batch.push(prepare(n).then((id) => (ids[n] = id)))
    }
    await Promise.all(batch)
  }
  return ids
}

/** One POST, timed from sending to the last byte of the answer. */
async function timedPost(base, headers, path, body) {
  const started = performance.now()
  const res = await fetch(base + path, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  const ms = performance.now() - started
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // reported below
  }
  return { ms, status: res.status, json, text }
}

async function timeSequential(base, headers, info, cartIds, interrupted) {
  const accept = { ms: [], failures: [] }
  const sign = { ms: [], failures: [] }
  const complete = { ms: [], failures: [] }
  const { accept_tokens: acceptTokens, sign_tokens: signTokens } = info
  const signature = drawnSignature()
  const total = Math.min(acceptTokens.length, signTokens.length, cartIds.length)
  for (let n = 0; n < total && !interrupted(); n++) {
    const counted = n >= config.warmupRuns
    const a = await timedPost(base, headers, `${LINK_PATH}/${acceptTokens[n]}/accept`, {
      selected_item_ids: [],
    })
    if (a.status === 200 && a.json?.order?.id) {
      if (counted) accept.ms.push(a.ms)
    } else {
      accept.failures.push(`${a.status} ${a.text.slice(0, 300)}`)
    }
    const s = await timedPost(base, headers, `${LINK_PATH}/${signTokens[n]}/sign`, {
      selected_item_ids: [],
      signer_name: "Bench Buyer",
      signer_email: info.customer.email,
      signature,
      consent: true,
    })
    if (s.status === 200 && s.json?.order?.id && s.json?.signed_agreement) {
      if (counted) sign.ms.push(s.ms)
    } else {
      sign.failures.push(`${s.status} ${s.text.slice(0, 300)}`)
    }
    const c = await timedPost(base, headers, `/store/carts/${cartIds[n]}/complete`, {})
    if (c.status === 200 && c.json?.type === "order") {
      if (counted) complete.ms.push(c.ms)
    } else {
      complete.failures.push(`${c.status} ${c.text.slice(0, 300)}`)
    }
  }
  return { accept, sign, complete }
}

// ── the report ──────────────────────────────────────────────────────────────

function report({
  serverLabel,
  databaseLabel,
  info,
  products,
  region,
  links,
  catalog,
  sequential,
  viewTokens,
  loads,
}) {
  const problems = []
  const line = "─".repeat(86)
  const out = [
    "",
    line,
    "Client portal benchmark",
    `  server    ${serverLabel}, LOG_LEVEL=error, ${process.env.REDIS_URL ? "Redis modules (REDIS_URL)" : "in-memory event bus, cache, locking"}`,
    `  database  ${databaseLabel}`,
    `  data      ${info.quote_count} sent quotes (3 required + 1 optional line each), 20 products × 3 variants`,
    `  machine   ${process.platform} ${process.arch}, Node ${process.version}; load average ${loads[0]}`,
    `            before measuring, ${loads[1].replace(/ on .*/, "")} after (other work on the machine skews figures)`,
    "",
    `Throughput: autocannon, ${config.duration} s each in ${config.rounds} alternating rounds, ${config.connections} connections, after ${config.warmup} s warm-up each`,
    `  ${"endpoint".padEnd(52)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"non-2xx".padStart(9)}${"errors".padStart(8)}`,
  ]
  const row = (label, r) => {
    const errors = r.errors + r.timeouts
    out.push(
      `  ${label.padEnd(52)}${r.requests.average.toFixed(1).padStart(9)}${String(r.latency.p50).padStart(9)}${String(r.latency.p99).padStart(9)}${String(r.non2xx).padStart(9)}${String(errors).padStart(8)}`
    )
    if (r.non2xx) problems.push(`${label}: ${r.non2xx} non-2xx answers ${statusSummary(r)}`)
    if (errors) problems.push(`${label}: ${r.errors} errors, ${r.timeouts} timeouts`)
  }
  row(`GET ${PRODUCTS_PATH} (Medusa)`, products)
  row(`GET ${REGION_PATH}/:id (Medusa)`, region)
  row(`GET ${LINK_PATH}/:token (ours, ${viewTokens} tokens)`, links)
  const versus = (label, theirs) =>
    out.push(
      `  ${label.padEnd(52)}${ratio(links.requests.average, theirs.requests.average).padStart(9)}${ratio(links.latency.p50, theirs.latency.p50).padStart(9)}`
    )
  versus(`token view / ${PRODUCTS_PATH}`, products)
  versus(`token view / ${REGION_PATH}/:id`, region)
  out.push(
    `  (requests: products ${products.requests.total}, region ${region.requests.total}, ours ${links.requests.total};`,
    "   every GET of ours reads the quote in one statement that writes the view only when one is due)"
  )
  out.push(
    "",
    "  Catalog, as a signed-in portal member under the portal's key, same region, 20 products:"
  )
  row(`GET /store/products?limit=20&region_id (Medusa)`, catalog.medusa)
  row(`GET /store/portal/products?limit=20&region_id (ours)`, catalog.ours)
  out.push(
    `  ${"ours / Medusa".padEnd(52)}${ratio(catalog.ours.requests.average, catalog.medusa.requests.average).padStart(9)}${ratio(catalog.ours.latency.p50, catalog.medusa.latency.p50).padStart(9)}`,
    "  (Medusa: calculated prices for the member's groups; ours: the same prices for the active",
    "   company's group, price breaks, net prices through the promotion module, stock indications)"
  )

  const { accept, sign, complete } = sequential
  const a = stats(accept.ms)
  const s = stats(sign.ms)
  const c = stats(complete.ms)
  out.push(
    "",
    `Latency, one request at a time, interleaved, ${config.warmupRuns} warm-up runs each not counted`,
    `  ${"request".padEnd(52)}${"runs".padStart(6)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"mean ms".padStart(9)}`
  )
  const latencyRow = (label, x) =>
    out.push(
      `  ${label.padEnd(52)}${String(x.n).padStart(6)}${fmt(x.p50).padStart(9)}${fmt(x.p95).padStart(9)}${fmt(x.p99).padStart(9)}${fmt(x.mean).padStart(9)}`
    )
  const latencyRatio = (label, x) =>
    out.push(
      `  ${label.padEnd(52)}${"".padStart(6)}${ratio(x.p50, c.p50).padStart(9)}${ratio(x.p95, c.p95).padStart(9)}${ratio(x.p99, c.p99).padStart(9)}${ratio(x.mean, c.mean).padStart(9)}`
    )
  latencyRow(`POST ${LINK_PATH}/:token/accept (ours)`, a)
  latencyRow(`POST ${LINK_PATH}/:token/sign (ours)`, s)
  latencyRow("POST /store/carts/:id/complete (Medusa)", c)
  latencyRatio("accept / cart completion", a)
  latencyRatio("sign / cart completion", s)
  out.push(
    `  (all three create one order with ${info.accept_order_lines} lines × qty 2 for the same customer; sign also`,
    "   renders the signed PDF and stores it and the signature as private files, and the quote's 20 %",
    "   deposit invoice; cart prepared beforehand with address, flat-rate shipping method and a",
    "   pp_system_default payment session)"
  )
  for (const [label, failures] of [
    ["accept", accept.failures],
    ["sign", sign.failures],
    ["cart completion", complete.failures],
  ]) {
    if (failures.length) {
      problems.push(`${label}: ${failures.length} failed, first: ${failures[0]}`)
    }
  }

  // Every ratio issue 22 sets a goal for, in one block (no thresholds: figures only).
  const goal = (label, value, target) =>
    out.push(`  ${label.padEnd(52)}${value.padStart(9)}   goal ${target}`)
  out.push("", "Issue 22 ratios, this run:")
  goal(
    "catalog throughput / Medusa product list",
    ratio(catalog.ours.requests.average, catalog.medusa.requests.average),
    "≥ 1.0x"
  )
  goal("accept p50 / cart completion p50", ratio(a.p50, c.p50), "≤ 0.8x")
  goal("sign p50 / cart completion p50", ratio(s.p50, c.p50), "≤ 1.5x")
  goal(
    `token view throughput / ${REGION_PATH}/:id`,
    ratio(links.requests.average, region.requests.average),
    "≥ 1.0x"
  )
  goal(
    "token view p50 / regions/:id p50 (lower is faster)",
    ratio(links.latency.p50, region.latency.p50),
    "≤ 1.0x"
  )
  out.push(`  load average ${loads[0]} before measuring, ${loads[1].replace(/ on .*/, "")} after`)

  out.push("")
  if (problems.length) {
    out.push("RUN INVALID:", ...problems.map((p) => `  - ${p}`))
  } else {
    out.push("Run valid: every request answered 2xx, no errors or timeouts.")
  }
  out.push(line)
  console.log(out.join("\n"))
  return problems.length ? 1 : 0
}

function statusSummary(result) {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${code}×${count}`)
  return codes.length ? `(${codes.join(", ")})` : ""
}

function stats(values) {
  if (!values.length) return { n: 0, p50: NaN, p95: NaN, p99: NaN, mean: NaN }
  const sorted = [...values].sort((x, y) => x - y)
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), mean }
}

const loadAverage = () =>
  `${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${cpus().length} CPUs`

const fmt = (value) => (Number.isFinite(value) ? value.toFixed(1) : "n/a")
const ratio = (ours, theirs) =>
  Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0
    ? `${(ours / theirs).toFixed(2)}x`
    : "n/a"

// ── the app and its processes ───────────────────────────────────────────────

/** Medusa first (it holds connections), then PostgreSQL, then the files. */
async function cleanUp(state) {
  for (const child of [...state.groups]) await lib.stopGroup(child)
  state.groups.clear()
  if (state.keeper) {
    await stopPostgresKeeper(state.keeper, STOP_TIMEOUT_MS)
    state.keeper = null
  }
  if (state.externalDb) {
    await lib
      .dropExternalDatabase(state.externalDb.env, state.externalDb.name)
      .catch((error) =>
        console.error(`Could not drop database ${state.externalDb.name}: ${error.message}`)
      )
    state.externalDb = null
  }
  if (state.tmp) {
    rmSync(state.tmp, { recursive: true, force: true })
    state.tmp = null
  }
}

/** Synchronous fallback on exit: kill what is left and delete the temp dir. */
function cleanUpNow(state) {
  for (const child of state.groups) lib.killGroup(child)
  if (state.keeper) {
    // The keeper stops PostgreSQL when its parent goes away; make sure it hears.
    try {
      process.kill(-state.keeper.pid, "SIGTERM")
    } catch {
      // gone
    }
  }
  if (state.tmp && existsSync(state.tmp)) {
    rmSync(state.tmp, { recursive: true, force: true })
  }
}

/**
 * The embedded server lives under this helper, in its own process group: the
 * terminal's Ctrl-C reaches the benchmark, which stops Medusa before PostgreSQL.
 * The helper also stops PostgreSQL (deleting its data) if the benchmark dies.
 */
async function runPostgresKeeper(dataDir, logFile) {
  const log = (message) => {
    try {
      writeFileSync(logFile, String(message), { flag: "a" })
    } catch {
      // the temp dir is going away
    }
  }
  let pg
  try {
    pg = await startEmbeddedPostgres({ dataDir, persistent: false, log })
    await pg.createDatabase(DB_NAME)
  } catch (error) {
    process.send({
      type: "error",
      message: `The embedded PostgreSQL did not start: ${error?.message ?? error}. Log: ${logFile}`,
    })
    await pg?.stop().catch(() => {})
    process.exit(1)
  }
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await pg.stop().catch(() => {})
    process.exit(0)
  }
  process.on("message", (message) => message?.type === "stop" && void stop())
  process.on("disconnect", () => void stop())
  process.send({ type: "ready", env: pg.env })
}

// Last, so that every constant above is initialised before it runs.
if (process.argv[2] === "--postgres-keeper") {
  await runPostgresKeeper(process.argv[3], process.argv[4])
} else {
  await main()
}
