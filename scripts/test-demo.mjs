// `npm run test:demo`: the demo never restarts (docs/ARCHITECTURE.md, "Demo").
//
// Runs `node scripts/demo.mjs` as a person would, its output redirected to a log
// file in the project root, on free ports, a fresh database (on the server
// DATABASE_URL / DB_HOST names, otherwise an embedded PostgreSQL in a temp dir)
// and its own data dir, so a developer's .data/ is left alone. Once the banner is
// up it notes which process holds the server's listening socket, then signs the
// demo's agreement quote, uploads a bill as the demo supplier against its
// purchase order, and writes a file into the project root. After each, and
// every moment in between, the same process must hold the same socket and answer
// /health; the signature's and the bill's emails must reach the demo's mail
// catcher (read through maildev's REST API).
//
// The server-only build is shared with test:scale and test:crash
// (scripts/lib/production-build.mjs, testBuildDir), so the admin is not built
// here (DISABLE_MEDUSA_ADMIN). TEST_DEMO_SCRIPT runs another demo script instead
// of scripts/demo.mjs (to see this test fail on an older demo). Linux only: the
// socket's owner is read from /proc.
/* global Blob, FormData */
import { spawn } from "node:child_process"
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  watch,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { printTail, ROOT, step } from "./lib/medusa-app.mjs"
import { freePort, urlFromDbEnv } from "./lib/postgres.mjs"
import { drawnSignature, freshDatabase, processTest } from "./lib/process-test.mjs"
import { testBuildDir } from "./lib/production-build.mjs"

const BANNER = "Client portal demo is running"
const BANNER_TIMEOUT_MS = 10 * 60 * 1000
const EMAIL_TIMEOUT_MS = 60 * 1000
const DEMO_SCRIPT = process.env.TEST_DEMO_SCRIPT || join(ROOT, "scripts", "demo.mjs")

async function run({ state, check }) {
  state.tmp = mkdtempSync(join(tmpdir(), "portal-demo-test-"))
  chmodSync(state.tmp, 0o755) // the embedded server runs as `postgres` and must reach its data
  const { dbEnv, database } = await freshDatabase(state, "portal_demo")
  const dataDir = join(state.tmp, "data")
  // In the project root, where `medusa develop` would see every line written.
  const logFile = join(ROOT, `demo-test-${process.pid}.log`)
  const touched = join(ROOT, `demo-test-${process.pid}.txt`)
  state.cleanupFiles = [logFile, touched]
  const port = await freePort()
  const portalPort = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: urlFromDbEnv(dbEnv, database),
    PORT: String(port),
    PORTAL_URL: `http://localhost:${portalPort}`,
    DEMO_DATA_DIR: dataDir,
    DEMO_BUILD_DIR: testBuildDir(),
    DISABLE_MEDUSA_ADMIN: "true",
    DEMO_SMTP_PORT: "0",
    DEMO_MAIL_PORT: "0",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  for (const name of [
    "SMTP_URL",
    "SMTP_FROM",
    "REDIS_URL",
    "DEMO_INFO_FILE",
    "PORTAL_PRIVATE_UPLOAD_DIR",
  ]) {
    delete env[name]
  }

  const fd = openSync(logFile, "w")
  const demo = spawn(process.execPath, [DEMO_SCRIPT], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", fd, fd],
  })
  closeSync(fd)
  state.groups.add(demo)
  demo.on("exit", () => state.groups.delete(demo))

  await step(`Running the demo (output in ${logFile.slice(ROOT.length + 1)})`, () =>
    waitForBanner(demo, logFile)
  )
  const log = readFileSync(logFile, "utf8")
  const inbox = log.match(/Emails\s+(http:\/\/localhost:\d+)/)?.[1]
  check(!!inbox, "the banner prints the mail catcher's inbox", inbox ?? "no Emails line")
  if (!inbox) return
  const info = JSON.parse(readFileSync(join(dataDir, "demo.json"), "utf8"))
  const base = `http://127.0.0.1:${port}`
  const key = info.portal_publishable_key ?? info.publishable_key

  const server = serverIdentity(port)
  check(!!server, "a process listens on the demo's port", server ? `pid ${server.pid}` : "")
  if (!server) return
  // Every moment, not only after each step: the same socket in the same process, answering.
  const watcher = watchServer(base, port, server)
  const same = async (label) => {
    const res = await fetch(`${base}/health`).catch(() => null)
    const now = serverIdentity(port)
    check(
      res?.ok && now?.pid === server.pid && now.inode === server.inode && !watcher.lapses.length,
      `…and the same server process answered throughout (${label})`,
      now
        ? `pid ${now.pid}${watcher.lapses.length ? `; ${watcher.lapses[0]}` : ""}`
        : "nobody listens"
    )
  }
  const emails = async () => {
    const res = await fetch(`${inbox}/api/email`)
    if (!res.ok) throw new Error(`the inbox answered ${res.status}`)
    return res.json()
  }
  /** The first email to `address` after the `since`th, its subject holding `about` if given. */
  const newEmailTo = async (address, since, about = "") => {
    const deadline = Date.now() + EMAIL_TIMEOUT_MS
    for (;;) {
      const found = (await emails())
        .slice(since)
        .find(
          (email) =>
            email.to?.some((to) => to.address === address) && email.subject?.includes(about)
        )
      if (found || Date.now() > deadline) return found
      await sleep(250)
    }
  }
  const headers = { "x-publishable-api-key": key }

  try {
    // The seed's work request was answered by staff: the buyer's email about it, readable.
    console.log("\nThe seeded work requests")
    const asked = info.work_requests?.work_requests?.find((r) => r.status === "waiting_on_client")
    check(!!asked, "the seed left a work request waiting on the client", asked?.number ?? "none")
    const replyMail = asked ? await newEmailTo(info.customer.email, 0, asked.number) : null
    check(
      !!replyMail?.text?.includes("floor plan"),
      "its reply reached the buyer's inbox with staff's words",
      replyMail?.subject ?? "none"
    )

    console.log("\nSigning the agreement quote")
    let before = (await emails()).length
    const token = info.agreement_quote.token
    const sign = await fetch(`${base}/store/portal/quote-links/${token}/sign`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({
        selected_item_ids: [],
        signer_name: "Demo Signer",
        signer_email: info.customer.email,
        signature: drawnSignature(),
        consent: true,
      }),
    })
    check(sign.status === 200, "the quote is signed", `${sign.status}`)
    const signedMail = await newEmailTo(info.customer.email, before)
    check(!!signedMail, "an email to the signer reached the inbox", signedMail?.subject ?? "none")
    await same("signing")

    console.log("\nUploading a supplier bill")
    before = (await emails()).length
    const supplier = info.portal_logins.find((l) => l.email === info.procurement.supplier_email)
    const auth = await fetch(`${base}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: supplier.email, password: supplier.password }),
    }).then((r) => r.json())
    const member = { ...headers, authorization: `Bearer ${auth.token}` }
    const pos = await fetch(`${base}/store/portal/purchase-orders`, { headers: member }).then((r) =>
      r.json()
    )
    const po = pos.purchase_orders?.find((p) => p.number === info.procurement.number)
    check(!!po, "the supplier sees the demo's purchase order", info.procurement.number)
    if (!po) return
    const form = new FormData()
    form.append("purchase_order_id", po.id)
    form.append("bill_number", `DEMO-${process.pid}`)
    form.append("amount", "100.00")
    form.append("due_date", new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10))
    form.append(
      "file",
      new Blob(
        [`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`],
        {
          type: "application/pdf",
        }
      ),
      "bill.pdf"
    )
    const bill = await fetch(`${base}/store/portal/supplier-bills`, {
      method: "POST",
      headers: member,
      body: form,
    })
    check(bill.status === 201, "the bill is uploaded", `${bill.status}`)
    const billMail = await newEmailTo(info.admin.email, before)
    check(!!billMail, "the staff alert about it reached the inbox", billMail?.subject ?? "none")
    await same("the bill")

    console.log("\nWriting a file into the project root")
    // Once our own watch has seen the file, any watcher of the project has been told too.
    const seen = new Promise((resolve) => {
      const w = watch(ROOT, (_event, name) => {
        if (name === touched.slice(ROOT.length + 1)) {
          w.close()
          resolve()
        }
      })
    })
    writeFileSync(touched, "written while the demo runs\n")
    await seen
    // Real work after the event, as a person would go on: sign in and read the orders.
    const buyer =
      info.portal_logins.find((l) => l.email === info.customer.email) ?? info.portal_logins[0]
    const signIn = await fetch(`${base}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: buyer.email, password: buyer.password }),
    })
    const { token: buyerToken } = await signIn.json()
    const orders = await fetch(`${base}/store/portal/orders`, {
      headers: { ...headers, authorization: `Bearer ${buyerToken}` },
    })
    check(orders.status === 200, "the buyer signs in and lists the orders", `${orders.status}`)
    await same("a file written into the project root")

    console.log("\nThe README's cart flows, with the demo's settings as seeded")
    await cartFlows({ base, key, token: buyerToken, email: buyer.email, info, check })
    await same("the cart flows")
  } finally {
    watcher.stop()
  }
}

/**
 * As the buyer, without touching a setting: a cart's Request a quote, and a
 * second cart placed as an order with the demo's priced freight option.
 */
async function cartFlows({ base, key, token, email, info, check }) {
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": key,
    authorization: `Bearer ${token}`,
  }
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    return { status: res.status, data: await res.json().catch(() => ({})) }
  }
  const me = (await call("GET", "/store/portal/me")).data
  check(
    me.ordering?.allow_quote_requests === true && me.ordering?.allow_place_order === true,
    "the portal takes quote requests and orders",
    JSON.stringify(me.ordering ?? null)
  )
  const { data: products } = await call("GET", "/store/products?limit=1&fields=variants.id")
  const variantId = products.products?.[0]?.variants?.[0]?.id
  const cartWithLine = async () => {
    const { data } = await call("POST", "/store/carts", { region_id: info.region_id })
    const cartId = data.cart?.id
    await call("POST", "/store/portal/cart-company", { cart_id: cartId })
    const line = await call("POST", `/store/carts/${cartId}/line-items`, {
      variant_id: variantId,
      quantity: 2,
    })
    if (line.status !== 200) {
      throw new Error(`adding ${variantId} to a cart answered ${line.status}: ${line.data.message}`)
    }
    return cartId
  }

  const requested = await call("POST", "/store/portal/quote-requests", {
    cart_id: await cartWithLine(),
  })
  check(
    requested.status === 201 && requested.data.quote?.status === "requested",
    "Request a quote from the cart",
    `${requested.status} ${requested.data.quote?.status ?? requested.data.message ?? ""}`
  )

  const cartId = await cartWithLine()
  await call("POST", `/store/carts/${cartId}`, {
    email,
    shipping_address: {
      first_name: "Demo",
      last_name: "Buyer",
      address_1: "100 Main Street",
      city: "Columbus",
      province: "us-oh",
      postal_code: "43215",
      country_code: "us",
    },
  })
  const { data: options } = await call("GET", `/store/shipping-options?cart_id=${cartId}`)
  const priced = options.shipping_options?.find((o) => Number(o.amount) > 0)
  check(!!priced, "the cart is offered a priced shipping option", priced?.name ?? "none")
  if (!priced) return
  await call("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: priced.id })
  const { data: pc } = await call("POST", "/store/payment-collections", { cart_id: cartId })
  await call("POST", `/store/payment-collections/${pc.payment_collection?.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const placed = await call("POST", `/store/carts/${cartId}/complete`)
  check(
    placed.status === 200 && placed.data.type === "order",
    "Place order completes the cart into an order",
    `${placed.status} ${placed.data.type ?? placed.data.message ?? ""}`
  )
}

/** Waits for the banner in the demo's log; throws when the demo exits first. */
async function waitForBanner(demo, logFile) {
  const deadline = Date.now() + BANNER_TIMEOUT_MS
  for (;;) {
    if (readFileSync(logFile, "utf8").includes(BANNER)) return
    if (demo.exitCode !== null || demo.signalCode !== null || Date.now() > deadline) {
      const error = new Error(
        demo.exitCode !== null || demo.signalCode !== null
          ? `the demo exited (${demo.signalCode ?? `code ${demo.exitCode}`}) before its banner`
          : `no banner within ${BANNER_TIMEOUT_MS / 60000} minutes`
      )
      error.logFile = logFile
      throw error
    }
    await sleep(250)
  }
}

/**
 * The listening socket on `port` (its inode, from /proc/net/tcp*) and the process
 * holding it: a restarted server listens on a new socket, from a new process.
 */
function serverIdentity(port) {
  const inode = listeningInode(port)
  if (!inode) return null
  const target = `socket:[${inode}]`
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === target) return { pid: Number(pid), inode }
      } catch {
        // closed meanwhile
      }
    }
  }
  return { pid: null, inode }
}

/** Checks the server's socket and /health until stopped; `lapses` lists what went wrong. */
function watchServer(base, port, server) {
  const lapses = []
  let running = true
  const loop = (async () => {
    while (running) {
      const res = await fetch(`${base}/health`).catch(() => null)
      if (!res?.ok) lapses.push(`/health did not answer at ${new Date().toISOString()}`)
      if (listeningInode(port) !== server.inode) {
        lapses.push(`another socket listened at ${new Date().toISOString()}`)
      } else if (!existsSync(`/proc/${server.pid}`)) {
        lapses.push(`process ${server.pid} was gone at ${new Date().toISOString()}`)
      }
      await sleep(200)
    }
  })()
  return {
    lapses,
    stop() {
      running = false
      return loop
    },
  }
}

/** The inode of the socket listening on `port`, or null. */
function listeningInode(port) {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue
    for (const line of readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols[3] === "0A" && cols[1].endsWith(hex)) return cols[9]
    }
  }
  return null
}

// Last, so that every constant above is initialised before it runs. The demo's
// log leaves the project root at the end; its tail is printed when anything failed.
await processTest("test:demo", async ({ state, check }) => {
  let failed = false
  const tracked = (ok, ...rest) => {
    failed ||= !ok
    check(ok, ...rest)
  }
  try {
    await run({ state, check: tracked })
  } catch (error) {
    failed = true
    delete error.logFile
    throw error
  } finally {
    const [logFile, ...others] = state.cleanupFiles ?? []
    if (failed && logFile) printTail(logFile, 60)
    for (const file of [logFile, ...others]) if (file) rmSync(file, { force: true })
  }
})
