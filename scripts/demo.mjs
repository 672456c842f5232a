// `npm run demo`: the plugin running as a Medusa app with demo data, from a fresh clone.
//
//   1. a PostgreSQL: the one DATABASE_URL names (its database is created when
//      missing), otherwise an embedded one kept under .data/postgres (port 54329
//      when free) so later runs reuse it;
//   2. a mail catcher (maildev, scripts/lib/mail-catcher.mjs): SMTP on 1025 and
//      its web inbox on 1080 (other free ports when taken); Medusa sends every
//      email there through SMTP_URL;
//   3. `medusa db:migrate`, then the seed (src/scripts/demo/seed.ts: store,
//      catalog, buyer, admin, a "Supply agreement" template and two sent quotes,
//      one to accept and one to sign), which is safe to re-run and leaves what
//      we print in .data/demo.json; meanwhile the production build (`medusa
//      build`: server and admin, scripts/lib/production-build.mjs) in
//      .data/build, reused while src/ and the config are unchanged;
//   4. the storefront portal: `npm run build -w storefront-portal`, then served
//      from storefront-portal/dist on PORTAL_URL's port, with the backend URL and
//      the publishable key of the Client Portal sales channel (made by the seed
//      through ensurePortalChannel) injected into its index.html;
//   5. `medusa start` in the build (its STORE_CORS lets the portal in), which
//      watches no file, so writing files (signatures, bills, a log redirected into
//      the project) restarts nothing; until Ctrl-C, which stops Medusa first, then
//      the portal's server, the mail catcher and the embedded PostgreSQL.
//
// Nothing needs a terminal: `npm run demo > demo.log` works. Private files
// (signatures, signed PDFs, bills) go to .data/uploads-private, public uploads to
// .data/static (docs/ARCHITECTURE.md, "Demo").
//
// Environment: PORT (9000), PORTAL_URL (http://localhost:5173), DATABASE_URL,
// DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD (admin@example.com / supersecret),
// STORE_CORS (the portal's origin is added when missing), JWT_SECRET / COOKIE_SECRET
// (random for each run when unset, so a restart logs the admin out),
// DEMO_DATA_DIR (.data: database, build, files and demo.json; the process test
// uses its own), DEMO_INFO_FILE, DEMO_SMTP_PORT / DEMO_MAIL_PORT (1025 / 1080; 0 for
// any free port), SMTP_URL (send through that server instead: no catcher),
// SMTP_FROM, PORTAL_PRIVATE_UPLOAD_DIR.
/* global AbortSignal */
import { postgresKeeperReady, stopPostgresKeeper } from "./lib/postgres-keeper.mjs"
import { fork, spawn } from "node:child_process"
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs"
import net from "node:net"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { startMailCatcher } from "./lib/mail-catcher.mjs"
import { startServer } from "./lib/medusa-app.mjs"
import { freePort, startEmbeddedPostgres, urlFromDbEnv } from "./lib/postgres.mjs"
import { productionBuild } from "./lib/production-build.mjs"
import { medusaSecrets } from "./lib/secrets.mjs"
import { servePortal } from "./lib/serve-portal.mjs"

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..")
const DATA_DIR = resolve(ROOT, process.env.DEMO_DATA_DIR || ".data")
const PG_DATA_DIR = join(DATA_DIR, "postgres")
const PG_LOG_FILE = join(DATA_DIR, "postgres.log")
const INFO_FILE = resolve(ROOT, process.env.DEMO_INFO_FILE || join(DATA_DIR, "demo.json"))
const BUILD_DIR = resolve(ROOT, process.env.DEMO_BUILD_DIR || join(DATA_DIR, "build"))
// DISABLE_MEDUSA_ADMIN=true: no admin dashboard (built or served).
const ADMIN = process.env.DISABLE_MEDUSA_ADMIN !== "true"
// Outside every folder `medusa develop` watches, and outside the public static/.
const PRIVATE_DIR = resolve(
  ROOT,
  process.env.PORTAL_PRIVATE_UPLOAD_DIR || join(DATA_DIR, "uploads-private")
)
const STATIC_DIR = join(DATA_DIR, "static")
const PREFERRED_PG_PORT = 54329
const DB_NAME = "medusa_portal_demo"
const MEDUSA_BIN = join(ROOT, "node_modules", ".bin", "medusa")
const NPM = process.platform === "win32" ? "npm.cmd" : "npm"
const PORTAL_DIST = join(ROOT, "storefront-portal", "dist")
// medusa-config.ts's default STORE_CORS when none is set.
const DEFAULT_CORS = "http://localhost:5173,http://localhost:9000,http://localhost:7001"
const HEALTH_TIMEOUT_MS = 5 * 60 * 1000
const STOP_TIMEOUT_MS = 15 * 1000

if (process.argv[2] === "--postgres-keeper") {
  await runPostgresKeeper()
} else {
  await runDemo()
}

// ── the demo ────────────────────────────────────────────────────────────────

async function runDemo() {
  const startedAt = Date.now()
  const port = process.env.PORT || "9000"
  const portalUrl = (process.env.PORTAL_URL || "http://localhost:5173").replace(/\/+$/, "")
  let portalOrigin
  try {
    portalOrigin = new URL(portalUrl).origin
  } catch {
    console.error(`\n✖ PORTAL_URL is not a URL: ${portalUrl}`)
    process.exit(1)
  }
  const portalPort = Number(new URL(portalUrl).port || (portalUrl.startsWith("https:") ? 443 : 80))
  /** Process groups we started (each child leads its own), stopped on exit. */
  const groups = new Set()
  let keeper = null
  /** The storefront portal's static server, once started. */
  let portal = null
  /** The mail catcher, once started. */
  let mail = null
  let stopping = false
  let firstSignalAt = 0

  async function shutdown(code) {
    if (stopping) return
    stopping = true
    if (groups.size) console.log("\nStopping Medusa…")
    for (const child of groups) await stopGroup(child)
    if (portal) {
      console.log("Stopping the storefront portal…")
      await portal.close()
    }
    if (mail) {
      console.log("Stopping the mail catcher…")
      await mail.stop()
    }
    if (keeper && keeper.exitCode === null && keeper.signalCode === null) {
      console.log("Stopping PostgreSQL…")
      await stopPostgresKeeper(keeper, STOP_TIMEOUT_MS)
    }
    process.exit(code)
  }

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      // npm forwards the terminal's Ctrl-C, so one key press can arrive twice.
      if (stopping && Date.now() - firstSignalAt > 2000) {
        console.log("Forcing exit.")
        for (const child of groups) killGroup(child, "SIGKILL")
        keeper?.kill("SIGKILL")
        process.exit(1)
      }
      firstSignalAt ||= Date.now()
      void shutdown(0)
    })
  }

  async function fail(message) {
    console.error(`\n✖ ${message}`)
    await shutdown(1)
  }

  if (!existsSync(MEDUSA_BIN)) {
    return fail("node_modules/.bin/medusa is missing: run `npm install` first.")
  }
  if (!(await canListen(Number(port), process.env.HOST))) {
    return fail(`Port ${port} is already in use (another Medusa?). Stop it or set PORT=…`)
  }
  if (!(await canListen(portalPort, process.env.HOST))) {
    return fail(
      `Port ${portalPort} (PORTAL_URL ${portalUrl}) is already in use (a Vite dev server?). ` +
        "Stop it or set PORTAL_URL=http://localhost:<port>."
    )
  }

  // 1. The database.
  let databaseUrl = process.env.DATABASE_URL
  let databaseLabel
  if (databaseUrl) {
    databaseLabel = `${redact(databaseUrl)} (DATABASE_URL)`
    await step("Checking the database", () => ensureDatabase(databaseUrl))
  } else {
    const pg = await step("Starting the embedded PostgreSQL", async () => {
      keeper = forkKeeper()
      return await postgresKeeperReady(keeper)
    }).catch((error) => fail(error.message))
    if (!pg) return
    databaseUrl = urlFromDbEnv(pg.env, DB_NAME)
    databaseLabel = `embedded PostgreSQL on port ${pg.env.DB_PORT}, data in ${relative(ROOT, PG_DATA_DIR)}/`
  }

  // 2. The mail catcher, unless SMTP_URL names a real server.
  let smtpUrl = process.env.SMTP_URL
  if (!smtpUrl) {
    try {
      mail = await step("Starting the mail catcher", () =>
        startMailCatcher({
          smtpPort: Number(process.env.DEMO_SMTP_PORT ?? 1025),
          webPort: Number(process.env.DEMO_MAIL_PORT ?? 1080),
        })
      )
    } catch (error) {
      return fail(`The mail catcher did not start: ${error.message}`)
    }
    if (stopping) return
    smtpUrl = `smtp://${mail.host}:${mail.smtpPort}`
  }

  mkdirSync(PRIVATE_DIR, { recursive: true })
  const env = {
    ...process.env,
    ...medusaSecrets(),
    DATABASE_URL: databaseUrl,
    PORT: port,
    PORTAL_URL: portalUrl,
    // The portal calls the Store API, and signs contacts in, from its own origin.
    STORE_CORS: withOrigin(process.env.STORE_CORS || DEFAULT_CORS, portalOrigin),
    AUTH_CORS: withOrigin(process.env.AUTH_CORS || DEFAULT_CORS, portalOrigin),
    PORTAL_INSECURE_COOKIES: "true",
    PORTAL_PRIVATE_UPLOAD_DIR: PRIVATE_DIR,
    SMTP_URL: smtpUrl,
    SMTP_FROM: process.env.SMTP_FROM || "portal@demo.test",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DEMO_INFO_FILE: INFO_FILE,
  }

  // 3. The production build runs while the database is migrated and seeded and
  //    the storefront is built; their output is shown only when they fail.
  console.log(
    `› Building Medusa for production (${ADMIN ? "server and admin" : "server"}) in ${relative(ROOT, BUILD_DIR)}/…`
  )
  const buildStarted = Date.now()
  const build = productionBuild({ dir: BUILD_DIR, groups, env, admin: ADMIN }).then(
    (result) => ({ result }),
    (error) => ({ error })
  )
  for (const [label, cmd, args] of [
    ["Running migrations", MEDUSA_BIN, ["db:migrate", "--execute-safe-links"]],
    ["Seeding demo data", MEDUSA_BIN, ["exec", "./src/scripts/demo/seed.ts"]],
    ["Building the storefront portal", NPM, ["run", "build", "-w", "storefront-portal"]],
  ]) {
    try {
      await step(label, () => runQuietly(cmd, args, env, groups))
    } catch (error) {
      if (stopping) return
      return fail(`${label} failed:\n\n${error.output ?? error.message}`)
    }
    if (stopping) return
  }
  const built = await step("Waiting for the production build", () => build)
  if (stopping) return
  if (built.error) {
    const log = built.error.logFile ? readTail(built.error.logFile) : ""
    return fail(`The production build failed (${built.error.message}):\n\n${log}`)
  }
  console.log(
    built.result.reused
      ? "  reused: src/ and the config are unchanged since it was built"
      : `  built in ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`
  )

  // 4. The storefront portal, talking to the Medusa started next.
  try {
    const info = JSON.parse(readFileSync(INFO_FILE, "utf8"))
    portal = await servePortal({
      root: PORTAL_DIST,
      port: portalPort,
      host: process.env.HOST,
      config: {
        backendUrl: `http://localhost:${port}`,
        // The Client Portal channel's key (the portal's catalog); older demo files lack it.
        publishableKey: info.portal_publishable_key ?? info.publishable_key,
        ...(process.env.STRIPE_PUBLISHABLE_KEY
          ? { stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY }
          : {}),
      },
    })
  } catch (error) {
    return fail(`Serving the storefront portal failed: ${error.message}`)
  }
  if (stopping) return

  // 5. The server, its output straight to ours (a terminal or a file).
  console.log(`› Starting Medusa on port ${port} (medusa start)…`)
  linkStatic(built.result.server)
  const medusa = startServer(groups, {
    mode: "start",
    app: built.result.app,
    port,
    env: { ...env, LOG_LEVEL: process.env.LOG_LEVEL || "info" },
  })
  medusa.on("exit", (code, signal) => {
    groups.delete(medusa)
    if (!stopping) void fail(`Medusa exited (${signal ?? `code ${code}`}); see its output above.`)
  })

  const healthy = await waitForHealth(port, () => stopping || medusa.exitCode !== null)
  if (stopping) return
  if (!healthy) return fail(`Medusa did not answer http://localhost:${port}/health in time.`)
  printBanner({
    port,
    portalUrl,
    databaseLabel,
    mail,
    smtpUrl,
    seconds: (Date.now() - startedAt) / 1000,
  })
}

/**
 * Public uploads (static/ in the server's folder, which a rebuild replaces) are
 * kept in the data dir.
 */
function linkStatic(server) {
  mkdirSync(STATIC_DIR, { recursive: true })
  const link = join(server, "static")
  try {
    if (lstatSync(link).isSymbolicLink()) return
    rmSync(link, { recursive: true, force: true })
  } catch {
    // not there yet
  }
  symlinkSync(STATIC_DIR, link, "dir")
}

function printBanner({ port, portalUrl, databaseLabel, mail, smtpUrl, seconds }) {
  const info = JSON.parse(readFileSync(INFO_FILE, "utf8"))
  const api = `http://localhost:${port}`
  const line = "─".repeat(78)
  const until = (quote) => new Date(quote.valid_until).toUTCString()
  const signed = info.agreement_quote
  const curl = (quote) =>
    `  curl -H "x-publishable-api-key: ${info.portal_publishable_key ?? info.publishable_key}" ${api}/store/portal/quote-links/${quote.token}`
  console.log(
    [
      "",
      line,
      `  Client portal demo is running (ready in ${seconds.toFixed(0)} s)`,
      "",
      `  Storefront portal  ${portalUrl}   (open a quote link below)`,
      mail
        ? `  Emails             http://localhost:${mail.webPort}   (every email the demo sends; SMTP on ${mail.smtpPort})`
        : `  Emails             sent through ${redact(smtpUrl)} (SMTP_URL)`,
      ADMIN
        ? `  Admin dashboard    ${api}/app   (pre-built: served by medusa start)`
        : "  Admin dashboard    off (DISABLE_MEDUSA_ADMIN=true)",
      `  Admin login        ${info.admin.email} / ${info.admin.password}`,
      `  Publishable key    ${info.portal_publishable_key ?? info.publishable_key}   (${info.portal_sales_channel ?? "demo"} sales channel)`,
      "",
      `  Buyer ${info.customer.email}, two quotes:`,
      `  Quote ${info.quote.number.padEnd(13)}${info.quote.url}`,
      `                     accepted with a click; valid until ${until(info.quote)}`,
      `  Quote ${signed.number.padEnd(13)}${signed.url}`,
      `                     NEEDS SIGNING: the "${signed.agreement.name}", then the buyer pays a`,
      `                     ${signed.deposit_percent}% deposit invoice (system payment provider); valid until ${until(signed)}`,
      "",
      ...accountLines(info, portalUrl, api),
      "",
      ...catalogLines(info, api),
      ...procurementLines(info, portalUrl),
      "  The buyer's view of each quote, through the Store API:",
      curl(info.quote),
      curl(signed),
      "",
      `  Database           ${databaseLabel}`,
      `  Files              private ${relative(ROOT, PRIVATE_DIR) || "."}/, public ${relative(ROOT, STATIC_DIR)}/`,
      `  Demo data          ${relative(ROOT, INFO_FILE)} (npm run demo re-sends the quotes and the invitation: new links each run)`,
      "  Press Ctrl-C to stop.",
      line,
      "",
    ].join("\n")
  )
}

/** The contacts' portal logins and the pending invitation (src/scripts/demo/accounts.ts). */
function accountLines(info, portalUrl, api) {
  const logins = info.portal_logins ?? []
  const width = Math.max(0, ...logins.map((l) => `${l.email} / ${l.password}`.length)) + 2
  const invitation = info.invitation
  return [
    `  Portal logins      sign in at ${portalUrl}/sign-in (or POST ${api}/auth/customer/emailpass)`,
    ...logins.map(
      (l) => `  ${`${l.email} / ${l.password}`.padEnd(width)}${l.company}, team ${l.team}`
    ),
    ...(invitation
      ? [
          invitation.url
            ? `  Invitation         ${invitation.email} (${invitation.company}, team ${invitation.team}), pending:`
            : `  Invitation         ${invitation.email} (${invitation.company}) was accepted: that contact has a login`,
          ...(invitation.url
            ? [
                `                     ${invitation.url}`,
                `                     valid until ${new Date(invitation.expires_at).toUTCString()}; re-issued each run`,
              ]
            : []),
        ]
      : []),
  ]
}

/** The portal's catalog (src/scripts/demo/portal-catalog.ts); older demo files lack it. */
function catalogLines(info, api) {
  const c = info.portal_catalog
  if (!c) return []
  const key = info.portal_publishable_key ?? info.publishable_key
  return [
    `  Catalog            ${c.products.length} products in the ${info.portal_sales_channel ?? "portal"} channel: ${c.products.join(", ")}`,
    `  Discounts          ${c.blanket_discount_percent}% for every portal company (blanket), ${c.company_discount.percent}% more for ${c.company_discount.company}`,
    ...c.price_breaks.map(
      (b, i) => `  ${i ? "".padEnd(19) : "Price breaks".padEnd(19)}${b.variant}: ${b.tiers}`
    ),
    `  Stock              shown as ${c.stock_display} (low at ≤ ${c.low_stock_threshold}), incoming ${c.show_incoming ? "shown" : "hidden"}`,
    `                     low: ${c.low.variant}, ${c.low.available} left`,
    `                     out: ${c.out.variant}`,
    `                     incoming: ${c.incoming.variant}, ${c.incoming.incoming} on the way${c.incoming.expected_at ? `, expected ${c.incoming.expected_at}` : ""}`,
    "  A member's catalog (token from the sign-in above):",
    `  curl -H "x-publishable-api-key: ${key}" -H "authorization: Bearer $TOKEN" "${api}/store/portal/products?limit=20"`,
    "",
  ]
}

/** The supplier's purchase order (src/scripts/demo/procurement.ts); older demo files lack it. */
function procurementLines(info, portalUrl) {
  const p = info.procurement
  if (!p) return []
  return [
    `  Purchase order     ${p.number} to ${p.supplier_company} (${p.status}): ${p.line.quantity} × ${p.line.variant} at $${p.line.unit_cost}`,
    `                     ${p.promised_at ? `promised for ${p.promised_at}` : "no date promised yet"}; customers see it as incoming in the catalog`,
    `                     the supplier's view: sign in as ${p.supplier_email} at ${portalUrl}/sign-in, then Supplier`,
    "",
  ]
}

// ── children ────────────────────────────────────────────────────────────────

async function step(label, fn) {
  const started = Date.now()
  console.log(`› ${label}…`)
  const result = await fn()
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result
}

/** Runs `cmd <args>` in its own process group, keeping its output for an error report. */
function runQuietly(cmd, args, env, groups) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    groups.add(child)
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      groups.delete(child)
      if (code === 0) return resolve()
      const name = cmd === MEDUSA_BIN ? "medusa" : cmd
      const error = new Error(`${name} ${args[0]} exited with ${signal ?? `code ${code}`}`)
      error.output = output.trim()
      reject(error)
    })
  })
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
    return true
  } catch {
    return false // already gone
  }
}

/** SIGTERM to the whole group (develop forks the server), SIGKILL if it lingers. */
async function stopGroup(child) {
  if (!killGroup(child, "SIGTERM")) return
  const deadline = Date.now() + STOP_TIMEOUT_MS
  while (killGroup(child, 0)) {
    if (Date.now() > deadline) {
      killGroup(child, "SIGKILL")
      return
    }
    await sleep(100)
  }
}

async function waitForHealth(port, gaveUp) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  while (Date.now() < deadline && !gaveUp()) {
    try {
      const res = await fetch(`http://localhost:${port}/health`, {
        signal: AbortSignal.timeout(2000),
      })
      if (res.ok) return true
    } catch {
      // not up yet
    }
    await sleep(500)
  }
  return false
}

// ── PostgreSQL ──────────────────────────────────────────────────────────────

/**
 * The embedded server runs under a helper process in its own process group, so
 * the terminal's Ctrl-C reaches Medusa but not PostgreSQL: we stop PostgreSQL
 * only after Medusa has let go of it. The helper also stops it if we die.
 */
function forkKeeper() {
  return fork(fileURLToPath(import.meta.url), ["--postgres-keeper"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  })
}

async function runPostgresKeeper() {
  mkdirSync(DATA_DIR, { recursive: true })
  let recent = ""
  const log = (message) => {
    const text = String(message)
    recent = (recent + text).slice(-4000)
    appendFileSync(PG_LOG_FILE, text.endsWith("\n") ? text : `${text}\n`)
  }
  let pg
  try {
    const port = (await portFreeOnLoopback(PREFERRED_PG_PORT))
      ? PREFERRED_PG_PORT
      : await freePort()
    pg = await startEmbeddedPostgres({ dataDir: PG_DATA_DIR, persistent: true, port, log })
    await pg.createDatabase(DB_NAME)
  } catch (error) {
    const lock = /postmaster\.pid|lock file/i.test(recent)
      ? " Another `npm run demo` seems to be using .data/postgres; stop it first."
      : ""
    process.send({
      type: "error",
      message:
        `The embedded PostgreSQL did not start${error?.message ? `: ${error.message}` : ""}.${lock}\n` +
        `  Log: ${relative(ROOT, PG_LOG_FILE)}\n${indent(recent.trim().split("\n").slice(-8).join("\n"))}`,
    })
    await pg?.stop().catch(() => {})
    process.exit(1)
  }
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await pg.stop()
    process.exit(0)
  }
  process.on("message", (message) => message?.type === "stop" && void stop())
  process.on("disconnect", () => void stop())
  process.send({ type: "ready", env: pg.env })
}

/** For DATABASE_URL: creates its database when the server has none of that name. */
async function ensureDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  if (!name) return
  const { default: pg } = await import("pg")
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  try {
    await client.connect()
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
      console.log(`  created database ${name}`)
    }
  } catch (error) {
    // Maybe no rights on "postgres"; the migrations report a real problem clearly.
    console.log(`  could not check database ${name} (${error.message}); trying anyway`)
  } finally {
    await client.end().catch(() => {})
  }
}

// ── helpers ─────────────────────────────────────────────────────────────────

/** Whether a server could listen on `port` (at `host`, or every address like Medusa). */
function canListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

/** PostgreSQL listens on "localhost": 127.0.0.1 and, where there is IPv6, ::1. */
async function portFreeOnLoopback(port) {
  if (!(await canListen(port, "127.0.0.1"))) return false
  const v6 = await new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", (error) =>
      resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")
    )
    server.listen(port, "::1", () => server.close(() => resolve(true)))
  })
  return v6
}

/** A comma-separated CORS list with `origin` in it. */
function withOrigin(list, origin) {
  const origins = list
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean)
  return origins.includes(origin) ? origins.join(",") : [...origins, origin].join(",")
}

function redact(url) {
  const u = new URL(url)
  if (u.password) u.password = "***"
  return u.toString()
}

function readTail(file, lines = 30) {
  try {
    return indent(readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n"))
  } catch {
    return ""
  }
}

function indent(text) {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n")
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
