// `npm run test:crash`: a server killed with SIGKILL in the middle of signing and
// of accepting leaves nothing half done once the reconciler has run
// (docs/ARCHITECTURE.md, "Crash safety").
//
// One production build on a fresh database, seeded with a quote to sign (with an
// agreement and a deposit) and one to accept. The server starts with
// PORTAL_CRASH_POINT=sign:after-files, a sign request runs until the crash point
// (the files stored, the signed agreement written, no order yet) and the whole
// process group is killed; the same for an accept with accept:after-status (the
// quote accepted, no order yet). After a restart the half state is in the
// database and the private upload dir; the reconciler (`medusa exec
// src/scripts/ops/reconcile-half-done.ts`, grace 0) rolls it back, a second run
// changes nothing, and signing and accepting again each succeed exactly once
// with one order (and one deposit invoice for the signed quote).
//
// With a Redis answering at REDIS_URL the app runs on Medusa's Redis modules (database
// CRASH_REDIS_DB, default 14, emptied first), as in production: the quote locks the
// killed process held outlive it until their 120 s TTL, so the test also shows the
// reconciler skipping those quotes, waits for the locks to expire, and runs it
// again. Without REDIS_URL, in-memory modules. CRASH_SKIP_RECONCILE=1 skips the
// reconciler, to see the checks fail without it. PostgreSQL: a fresh
// database on the server DATABASE_URL / DB_HOST names, dropped at the end;
// otherwise an embedded one in a temp dir.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import {
  groupAlive,
  killGroup,
  pgClient,
  runMedusa,
  startServer,
  step,
  stopGroup,
  waitForHealth,
} from "./lib/medusa-app.mjs"
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
  throwawayApp,
} from "./lib/process-test.mjs"

const SKIP_RECONCILE = process.env.CRASH_SKIP_RECONCILE === "1"
const MARKER_TIMEOUT_MS = 120_000
const REDIS_DB = Number(process.env.CRASH_REDIS_DB || 14)
// The quote lock's TTL (src/workflows/quote/utils/lock-quote.ts) and a margin.
const LOCK_TTL_MS = 120_000 + 5_000
const RECONCILER = "./src/scripts/ops/reconcile-half-done.ts"

async function run({ state, check }) {
  const { tmp, logs, app } = throwawayApp(state, "portal-crash")
  const redisUrl = await crashRedis()
  console.log(
    `Crash test on ${redisUrl ? `Redis ${redisUrl}` : "in-memory modules"} (temp dir ${tmp})` +
      (SKIP_RECONCILE ? ", WITHOUT the reconciler" : "")
  )
  const { dbEnv, database } = await freshDatabase(state, "portal_crash")
  const privateDir = join(tmp, "private-files")
  const env = appEnv({ dbEnv, database }, { PORTAL_PRIVATE_UPLOAD_DIR: privateDir })
  if (redisUrl) env.REDIS_URL = redisUrl
  else delete env.REDIS_URL
  delete env.PORTAL_CRASH_POINT
  const medusa = (args, options) => runMedusa(state.groups, args, options)
  const info = await buildMigrateSeed(state, {
    app,
    env,
    logs,
    seedEnv: {
      BENCH_QUOTES: "2",
      BENCH_VIEW_TOKENS: "1",
      BENCH_ACCEPT_QUOTES: "1",
      BENCH_SIGN_QUOTES: "1",
      BENCH_CARTS: "1",
    },
  })
  const signToken = info.sign_tokens[0]
  const acceptToken = info.accept_tokens[0]
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": info.publishable_key,
  }
  const signBody = {
    selected_item_ids: [],
    signer_name: "Crash Signer",
    signer_email: "crash-signer@example.com",
    signature: drawnSignature(),
    consent: true,
  }
  const post = (base, path, body) =>
    fetch(`${base}${path}`, { method: "POST", headers, body: JSON.stringify(body) })

  const db = await pgClient(dbEnv, database)
  try {
    const signQuote = await quoteByToken(db, signToken)
    const acceptQuote = await quoteByToken(db, acceptToken)

    const server = async (name, extra = {}) => {
      const port = await freePort()
      const log = join(logs, `${name}.log`)
      const child = startServer(state.groups, {
        app,
        port,
        log,
        env: { ...env, LOG_LEVEL: "info", ...extra },
      })
      const base = `http://127.0.0.1:${port}`
      await waitForHealth(base, child, log)
      return { base, child, log }
    }

    // The buyer opens the accept quote first: it is `viewed` when accepted.
    await step("Crashing a sign after its files and signed agreement", async () => {
      const s = await server("crash-sign", { PORTAL_CRASH_POINT: "sign:after-files" })
      const view = await fetch(`${s.base}/store/portal/quote-links/${acceptToken}`, { headers })
      check(view.status === 200, "the accept quote's link opens", `${view.status}`)
      const pending = post(s.base, `/store/portal/quote-links/${signToken}/sign`, signBody).catch(
        () => "killed"
      )
      await crashAt(s, "sign:after-files", check)
      state.killedAt = Date.now()
      check((await pending) === "killed", "the sign request never answered: the process died")
    })
    await step("Crashing an accept after the status change", async () => {
      const s = await server("crash-accept", { PORTAL_CRASH_POINT: "accept:after-status" })
      const pending = post(s.base, `/store/portal/quote-links/${acceptToken}/accept`, {
        selected_item_ids: [],
      }).catch(() => "killed")
      await crashAt(s, "accept:after-status", check)
      state.killedAt = Date.now()
      check((await pending) === "killed", "the accept request never answered: the process died")
    })

    const s = await step("Restarting without crash points", () => server("restarted"))

    console.log("\nHalf state after the crashes")
    const signHalf = await quoteState(db, signQuote.id)
    const acceptHalf = await quoteState(db, acceptQuote.id)
    const strayFiles = privateFiles(privateDir)
    check(
      signHalf.signatures === 1 && !signHalf.order_id,
      "the signed quote has a signed agreement and no order",
      `status ${signHalf.status}`
    )
    check(
      acceptHalf.status === "accepted" && !acceptHalf.order_id,
      "the accepted quote is accepted without an order"
    )
    check(
      strayFiles.length === 2 && signHalf.tracked_files === 2,
      "the signature and the signed PDF are stored and tracked",
      `${strayFiles.length} file(s), ${signHalf.tracked_files} tracked`
    )

    if (!SKIP_RECONCILE && redisUrl) {
      // The killed process's locks are still in Redis: the reconciler must leave both quotes.
      const halfState = JSON.stringify([signHalf, acceptHalf, strayFiles])
      await step("Running the reconciler while the dead process's locks live", () =>
        reconcile(medusa, app, env, logs, 0)
      )
      const now = JSON.stringify([
        await quoteState(db, signQuote.id),
        await quoteState(db, acceptQuote.id),
        privateFiles(privateDir),
      ])
      check(now === halfState, "it skips both quotes: their locks are held")
      const wait = state.killedAt + LOCK_TTL_MS - Date.now()
      if (wait > 0) {
        await step(`Waiting ${Math.ceil(wait / 1000)} s for the locks to expire`, () => sleep(wait))
      }
    }
    if (!SKIP_RECONCILE) {
      await step("Running the reconciler (grace 0)", () => reconcile(medusa, app, env, logs, 1))
    }

    console.log("\nAfter the reconciler")
    const signAfter = await quoteState(db, signQuote.id)
    const acceptAfter = await quoteState(db, acceptQuote.id)
    check(
      (await count(
        db,
        `SELECT count(*) FROM portal_signed_agreement s JOIN portal_quote q ON q.id = s.quote_id
         WHERE q.order_id IS NULL AND s.deleted_at IS NULL`
      )) === 0,
      "no signed agreement without an order"
    )
    check(
      (await count(
        db,
        `SELECT count(*) FROM portal_quote WHERE status = 'accepted' AND order_id IS NULL AND deleted_at IS NULL`
      )) === 0,
      "no accepted quote without its order"
    )
    check(signAfter.status === "sent", "the signed quote is open again as sent", signAfter.status)
    check(
      acceptAfter.status === "viewed" && !acceptAfter.accepted_at,
      "the accepted quote is back to viewed, as before the accept",
      acceptAfter.status
    )
    const left = privateFiles(privateDir)
    check(
      strayFiles.every((file) => !left.includes(file)) && signAfter.tracked_files === 0,
      "the orphaned private files are gone from the private upload dir",
      `${left.length} file(s) left, ${signAfter.tracked_files} tracked`
    )
    check(
      acceptAfter.recoveries === 1 && signAfter.recoveries === 1,
      "each quote's timeline records the recovery",
      `${signAfter.recoveries} and ${acceptAfter.recoveries}`
    )

    if (!SKIP_RECONCILE) {
      const before = JSON.stringify([signAfter, acceptAfter, left])
      await step("Running the reconciler again", () => reconcile(medusa, app, env, logs, 2))
      const after = JSON.stringify([
        await quoteState(db, signQuote.id),
        await quoteState(db, acceptQuote.id),
        privateFiles(privateDir),
      ])
      check(before === after, "a second run changes nothing")
    }

    console.log("\nSigning and accepting again")
    const signs = []
    for (let n = 0; n < 2; n++) {
      signs.push(
        (await post(s.base, `/store/portal/quote-links/${signToken}/sign`, signBody)).status
      )
    }
    check(
      signs[0] === 200 && signs[1] === 409,
      "signing again succeeds once, then 409",
      signs.join(", ")
    )
    const signed = await quoteState(db, signQuote.id)
    check(
      signed.status === "accepted" &&
        !!signed.order_id &&
        signed.orders === 1 &&
        signed.signatures === 1 &&
        signed.invoices === 1,
      "…with one order, one signed agreement and one deposit invoice",
      `${signed.orders} order(s), ${signed.signatures} signature(s), ${signed.invoices} invoice(s)`
    )
    check(
      privateFiles(privateDir).length === 2 && signed.tracked_files === 0,
      "…its two private files stored and no longer tracked",
      `${privateFiles(privateDir).length} file(s)`
    )
    const accepts = []
    for (let n = 0; n < 2; n++) {
      accepts.push(
        (
          await post(s.base, `/store/portal/quote-links/${acceptToken}/accept`, {
            selected_item_ids: [],
          })
        ).status
      )
    }
    check(
      accepts[0] === 200 && accepts[1] === 409,
      "accepting again succeeds once, then 409",
      accepts.join(", ")
    )
    const accepted = await quoteState(db, acceptQuote.id)
    check(
      accepted.status === "accepted" && !!accepted.order_id && accepted.orders === 1,
      "…with exactly one order",
      `${accepted.orders} order(s)`
    )
    await stopGroup(s.child)
  } finally {
    await db.end()
  }
}

/** Waits for the crash point's marker in the server's log, then kills its process group. */
async function crashAt(server, point, check) {
  const marker = `crash point ${point} reached`
  const deadline = Date.now() + MARKER_TIMEOUT_MS
  while (!readFileSync(server.log, "utf8").includes(marker)) {
    if (Date.now() > deadline) {
      const error = new Error(`the server never reached the crash point ${point}`)
      error.logFile = server.log
      throw error
    }
    await sleep(100)
  }
  killGroup(server.child)
  while (groupAlive(server.child)) await sleep(50)
  check(true, `reached ${point}; the process group was killed with SIGKILL`)
}

async function reconcile(medusa, app, env, logs, n) {
  await medusa(["exec", RECONCILER], {
    cwd: app,
    env: { ...env, LOG_LEVEL: "info", PORTAL_RECONCILE_GRACE_MS: "0" },
    log: join(logs, `reconcile-${n}.log`),
  })
}

async function quoteByToken(db, token) {
  const { rows } = await db.query(
    `SELECT q.id FROM portal_quote q JOIN portal_quote_link l ON l.quote_id = q.id
     WHERE l.token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [token]
  )
  if (!rows[0]) throw new Error("the seeded quote was not found by its token")
  return rows[0]
}

/** What the checks compare: the quote, its orders, signatures, invoices, tracked files, recoveries. */
async function quoteState(db, id) {
  const { rows } = await db.query(
    `SELECT q.status, q.order_id, q.accepted_at,
       (SELECT count(*) FROM "order" o WHERE o.metadata->>'portal_quote_id' = q.id AND o.deleted_at IS NULL) AS orders,
       (SELECT count(*) FROM portal_signed_agreement s WHERE s.quote_id = q.id AND s.deleted_at IS NULL) AS signatures,
       (SELECT count(*) FROM portal_invoice i WHERE i.order_id = q.order_id) AS invoices,
       (SELECT count(*) FROM portal_private_file f WHERE f.quote_id = q.id AND f.deleted_at IS NULL) AS tracked_files,
       (SELECT count(*) FROM portal_quote_event e WHERE e.quote_id = q.id
          AND e.data->>'recovered' = 'acceptance_rolled_back') AS recoveries
     FROM portal_quote q WHERE q.id = $1`,
    [id]
  )
  const row = rows[0]
  return {
    status: row.status,
    order_id: row.order_id,
    accepted_at: row.accepted_at ? new Date(row.accepted_at).toISOString() : null,
    orders: Number(row.orders),
    signatures: Number(row.signatures),
    invoices: Number(row.invoices),
    tracked_files: Number(row.tracked_files),
    recoveries: Number(row.recoveries),
  }
}

function privateFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
}

/**
 * REDIS_URL with database CRASH_REDIS_DB, emptied, when a Redis answers there;
 * otherwise null (in-memory modules).
 */
async function crashRedis() {
  if (!process.env.REDIS_URL) return null
  const url = redisDatabaseUrl(process.env.REDIS_URL, REDIS_DB)
  try {
    await redisCommand(url, [["SELECT", String(REDIS_DB)], ["FLUSHDB"]])
    return url
  } catch (error) {
    console.log(`No Redis at ${process.env.REDIS_URL} (${error.message}): in-memory modules`)
    return null
  }
}

// Last, so that every constant above is initialised before it runs.
await processTest("test:crash", run)
