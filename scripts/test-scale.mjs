// `npm run test:scale`: the plugin on Medusa's Redis modules, with real processes
// (docs/ARCHITECTURE.md, "Scale-out"). One PostgreSQL database and one Redis,
// the production build, and two topologies in turn:
//
//   A. two `medusa start` servers (MEDUSA_WORKER_MODE=server) and one worker;
//   B. two instances in `shared` mode, so jobs and subscribers run in both.
//
// In each: 50 accepts of one quote spread over both servers make one order; 20
// signs of one quote make one signature, one order, one deposit invoice and one
// email (sent by a subscriber); the scheduled jobs run once per tick across the
// instances; failed link lookups counted on both servers hit one shared limit.
//
// `--without-redis-modules` runs the same checks on a copy of medusa-config.ts
// that keeps Medusa's in-memory event bus, workflow engine, locking and cache:
// the negative control, which must fail.
//
// Skipped, with the reason printed, when no Redis answers at REDIS_URL
// (default redis://127.0.0.1:6379). Uses Redis database SCALE_REDIS_DB (default
// 13), which it empties before each topology. PostgreSQL: a fresh database on
// the server DATABASE_URL / DB_HOST names, dropped at the end; otherwise an
// embedded one in a temp dir.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { pgClient, startServer, step, stopGroup, waitForHealth } from "./lib/medusa-app.mjs"
import { freePort } from "./lib/postgres.mjs"
import {
  appEnv,
  buildMigrateSeed,
  count,
  drawnSignature,
  freshDatabase,
  processTest,
  redisCommand,
  redisDatabaseUrl,
  redisUnreachable,
  throwawayApp,
} from "./lib/process-test.mjs"

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const REDIS_DB = Number(process.env.SCALE_REDIS_DB || 13)
const ACCEPTS = 50
const SIGNS = 20
const JOB_INTERVAL_MS = 2000
const JOB_RUNS_OBSERVED = 4
// Above the concurrent requests: each in-flight lookup holds a unit until it succeeds.
const LINK_FAILURE_LIMIT = 60
const EMAIL_SETTLE_MS = 3000
const SIGNED_AGREEMENT_TEMPLATE = "portal-agreement-signed"
const JOBS = ["portal-expire-quotes", "portal-mark-overdue-invoices"]
const WITHOUT_REDIS_MODULES = process.argv.includes("--without-redis-modules")

const TOPOLOGIES = [
  { name: "two servers and a worker", modes: ["server", "server", "worker"] },
  { name: "two shared instances", modes: ["shared", "shared"] },
]

async function run({ state, check }) {
  const { tmp, logs, app } = throwawayApp(state, "portal-scale")
  if (WITHOUT_REDIS_MODULES) {
    const config = join(app, "medusa-config.ts")
    const text = readFileSync(config, "utf8")
    if (!text.includes("const redisModules = redisUrl")) {
      throw new Error("medusa-config.ts no longer declares `const redisModules = redisUrl`")
    }
    writeFileSync(
      config,
      text.replace("const redisModules = redisUrl", "const redisModules = false")
    )
  }
  console.log(
    `Scale test on Redis ${REDIS_URL} db ${REDIS_DB}` +
      `${WITHOUT_REDIS_MODULES ? ", WITHOUT Medusa's Redis modules (negative control)" : ""}` +
      ` (temp dir ${tmp})`
  )
  const { dbEnv, database } = await freshDatabase(state, "portal_scale")
  const env = appEnv(
    { dbEnv, database },
    {
      REDIS_URL: redisDatabaseUrl(REDIS_URL, REDIS_DB),
      // Every instance reads and writes the same private files, as with S3.
      PORTAL_PRIVATE_UPLOAD_DIR: join(tmp, "private-files"),
      PORTAL_JOB_INTERVAL_MS: String(JOB_INTERVAL_MS),
      PORTAL_LINK_FAILURE_LIMIT: String(LINK_FAILURE_LIMIT),
    }
  )
  const info = await buildMigrateSeed(state, {
    app,
    env,
    logs,
    seedEnv: {
      BENCH_QUOTES: String(TOPOLOGIES.length),
      BENCH_VIEW_TOKENS: "1",
      BENCH_ACCEPT_QUOTES: String(TOPOLOGIES.length - 1),
      BENCH_SIGN_QUOTES: String(TOPOLOGIES.length),
      BENCH_CARTS: "1",
    },
  })
  // The view token is a sent quote too: one accept quote per topology.
  const acceptTokens = [...info.view_tokens, ...info.accept_tokens]
  const db = await pgClient(dbEnv, database)
  try {
    for (const [index, topology] of TOPOLOGIES.entries()) {
      await runTopology(state, check, {
        topology,
        index,
        app,
        env,
        logs,
        db,
        publishableKey: info.publishable_key,
        acceptToken: acceptTokens[index],
        signToken: info.sign_tokens[index],
      })
    }
  } finally {
    await db.end()
  }
}

async function runTopology(state, check, { topology, index, app, env, logs, db, ...seed }) {
  console.log(`\n${String.fromCharCode(65 + index)}. ${topology.name}`)
  await redisCommand(REDIS_URL, [["SELECT", String(REDIS_DB)], ["FLUSHDB"]])
  // The failed-lookup counters of the previous topology (they live in PostgreSQL).
  await db.query(`DELETE FROM portal_rate_limit`)
  const instances = []
  for (const [n, mode] of topology.modes.entries()) {
    const port = await freePort()
    const log = join(logs, `topology-${index}-${n}-${mode}.log`)
    const child = startServer(state.groups, {
      app,
      port,
      log,
      env: { ...env, MEDUSA_WORKER_MODE: mode, LOG_LEVEL: "info" },
    })
    instances.push({ mode, base: `http://127.0.0.1:${port}`, child, log })
  }
  await step(`Starting ${topology.modes.join(", ")}`, () =>
    Promise.all(instances.map((i) => waitForHealth(i.base, i.child, i.log)))
  )
  const startedAt = Date.now()
  // Job runs are counted from here on: the log offsets now.
  for (const instance of instances) instance.from = readFileSync(instance.log, "utf8").length
  const servers = instances.filter((i) => i.mode !== "worker")
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": seed.publishableKey,
  }
  const post = (server, path, body) =>
    fetch(`${server.base}${path}`, { method: "POST", headers, body: JSON.stringify(body) })

  // 50 accepts of one quote over both servers → one order.
  const ordersBefore = await count(db, `SELECT count(*) FROM "order"`)
  const accepts = await Promise.all(
    Array.from({ length: ACCEPTS }, (_, n) =>
      post(servers[n % servers.length], `/store/portal/quote-links/${seed.acceptToken}/accept`, {
        selected_item_ids: [],
      }).then((res) => res.status)
    )
  )
  const acceptedQuote = await db.query(
    `SELECT q.id, q.status, q.order_id FROM portal_quote q
     JOIN portal_quote_link l ON l.quote_id = q.id WHERE l.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [seed.acceptToken]
  )
  check(
    accepts.filter((s) => s === 200).length === 1 && accepts.every((s) => s === 200 || s === 409),
    `${ACCEPTS} accepts over ${servers.length} servers: one succeeds, the rest are refused`,
    summarize(accepts)
  )
  check(
    (await count(db, `SELECT count(*) FROM "order"`)) === ordersBefore + 1 &&
      !!acceptedQuote.rows[0]?.order_id,
    "…and exactly one order exists for it"
  )

  // 20 signs of one quote → one signature, one order, one invoice, one email.
  const signature = drawnSignature()
  const signs = await Promise.all(
    Array.from({ length: SIGNS }, (_, n) =>
      post(servers[n % servers.length], `/store/portal/quote-links/${seed.signToken}/sign`, {
        selected_item_ids: [],
        signer_name: "Scale Signer",
        signer_email: `signer-${index}@example.com`,
        signature,
        consent: true,
      }).then((res) => res.status)
    )
  )
  const signed = await db.query(
    `SELECT q.id, q.order_id,
       (SELECT count(*) FROM portal_signed_agreement s WHERE s.quote_id = q.id) AS signatures,
       (SELECT count(*) FROM portal_invoice i WHERE i.order_id = q.order_id) AS invoices
     FROM portal_quote q JOIN portal_quote_link l ON l.quote_id = q.id
     WHERE l.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [seed.signToken]
  )
  const row = signed.rows[0] ?? {}
  check(
    signs.filter((s) => s === 200).length === 1 && signs.every((s) => s === 200 || s === 409),
    `${SIGNS} signs over ${servers.length} servers: one succeeds, the rest wait for it and are refused`,
    summarize(signs)
  )
  check(
    Number(row.signatures) === 1 && !!row.order_id && Number(row.invoices) === 1,
    "…one signed agreement, one order, one deposit invoice",
    `${row.signatures} signature(s), ${row.invoices} invoice(s)`
  )
  const emails = await settledCount(
    db,
    `SELECT count(*) FROM notification WHERE template = $1 AND "to" = $2`,
    [SIGNED_AGREEMENT_TEMPLATE, `signer-${index}@example.com`]
  )
  check(emails === 1, "…and one email, sent by a subscriber in one process", `${emails} sent`)

  // Failed link lookups on both servers share one limit.
  const lookups = []
  for (let n = 0; n < LINK_FAILURE_LIMIT + 4; n++) {
    const server = servers[n % servers.length]
    const res = await fetch(
      `${server.base}/store/portal/quote-links/not-a-real-token-${index}-${n}`,
      {
        headers,
      }
    )
    lookups.push(res.status)
  }
  const limited = lookups.slice(LINK_FAILURE_LIMIT)
  check(
    lookups.slice(0, LINK_FAILURE_LIMIT).every((s) => s === 404) && limited.every((s) => s === 429),
    `failed link lookups over both servers hit one limit of ${LINK_FAILURE_LIMIT}`,
    summarize(lookups)
  )

  // Scheduled jobs: each tick runs once across the instances.
  for (const job of JOBS) {
    const runs = await jobRuns(instances, job, JOB_RUNS_OBSERVED)
    const elapsed = Date.now() - startedAt
    const ticks = Math.floor(elapsed / JOB_INTERVAL_MS) + 1
    check(
      runs.total >= JOB_RUNS_OBSERVED && runs.total <= ticks,
      `${job} runs once per ${JOB_INTERVAL_MS / 1000} s tick across instances`,
      `${runs.total} run(s) in ${(elapsed / 1000).toFixed(1)} s, at most ${ticks} ticks; ${runs.by.join(" + ")} by instance`
    )
  }

  for (const instance of instances) await stopGroup(instance.child)
}

/** Waits until `job` has run `atLeast` times over all instances' logs (at most 60 s). */
async function jobRuns(instances, job, atLeast) {
  const deadline = Date.now() + 60_000
  const marker = `job ${job} ran`
  for (;;) {
    const by = instances.map(
      (i) => readFileSync(i.log, "utf8").slice(i.from).split(marker).length - 1
    )
    const total = by.reduce((a, b) => a + b, 0)
    if (total >= atLeast || Date.now() > deadline) return { total, by }
    await sleep(200)
  }
}

/**
 * A count that an asynchronous subscriber raises: polled until it is non-zero
 * (at most 60 s), then read again after a settling pause, so that a second,
 * late delivery would be counted too.
 */
async function settledCount(db, sql, params) {
  const deadline = Date.now() + 60_000
  while ((await count(db, sql, params)) === 0 && Date.now() < deadline) await sleep(250)
  await sleep(EMAIL_SETTLE_MS)
  return count(db, sql, params)
}

const summarize = (statuses) =>
  Object.entries(statuses.reduce((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))
    .map(([status, n]) => `${n}× ${status}`)
    .join(", ")

// Last, so that every constant above is initialised before it runs.
const reason = await redisUnreachable(REDIS_URL)
if (reason) {
  console.log(`test:scale skipped: no Redis at ${REDIS_URL} (${reason})`)
  process.exit(0)
}
await processTest("test:scale", run)
