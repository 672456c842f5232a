// The scale part of `npm run bench` (BENCH_SCALE=1, issue 15): does a list cost
// the same with 100,000 quotes as with 1,000? See bench/README.md, "Scale run".
//
//   1. Measured at BENCH_QUOTES (1,000) quotes, all created and sent by the
//      plugin's workflows: the admin quote list (first page, status filter,
//      search by number, search by email) and the token view.
//   2. Bulk-inserted in SQL up to BENCH_SCALE_QUOTES (100,000): copies of a
//      seeded quote (its lines, shipping, terms) with spread statuses, emails,
//      companies and creation dates over two years, a live link for every open
//      one, and 1,000 quotes of the bench member's company with some staff
//      replies. Then VACUUM ANALYZE, as autovacuum would have done by then.
//   3. The same requests again (the same tokens, number and email), then the
//      member's hot paths, the dashboard and the quotes list, against Medusa's
//      GET /store/orders for the same customer with as many orders.
// Every request is timed one at a time (p50/p99 of BENCH_SCALE_RUNS after a warm-up).
import { cpus, loadavg } from "node:os"
import { performance } from "node:perf_hooks"

const DAY_MINUTES = 24 * 60
/** Quotes of the bench member's company, and orders of the member's customer. */
export const MEMBER_RECORDS = 1000
/** The number and the email searched at both sizes: a workflow quote, and the seeded buyer. */
const SEARCHED_NUMBER = 1500
const SEARCHED_EMAIL = "bench-buyer"

/**
 * `count` quotes copied from the template quote, ids `${prefix}${n}`. Statuses
 * cycle over twenty (draft 5 %, sent 25 %, viewed 15 %, accepted 30 %, declined
 * 10 %, expired 10 %, cancelled 5 %); creation dates spread over two years, valid
 * for 60 days: an open one past that is inserted expired, as the quarter-hourly
 * expiry job would have left it (so it writes nothing while we measure).
 * `email`/`company_id` null: one of 20,000 buyers at one of 500 companies.
 */
async function insertQuotes(client, { template, prefix, count, customerId, email, companyId }) {
  await client.query(
    `INSERT INTO portal_quote (id, status, customer_id, customer_email, company_id, region_id,
       sales_channel_id, currency_code, valid_until, deposit_percent, deposit_amount,
       raw_deposit_amount, shipping_address, shipping_option_id, shipping_method_name,
       shipping_amount, raw_shipping_amount, shipping_tax_lines, shipping_adjustments, terms,
       sent_at, accepted_at, declined_at, cancelled_at, expired_at, last_viewed_at,
       created_at, updated_at)
     SELECT $2::text || n, s.status, $3::text,
       coalesce($4::text, 'buyer-' || (n % 20000) || '@company-' || (n % 500) || '.example'),
       coalesce($5::text, 'comp_bulk_' || (n % 500)), t.region_id, t.sales_channel_id, t.currency_code,
       s.created + interval '60 days', t.deposit_percent, t.deposit_amount, t.raw_deposit_amount,
       t.shipping_address, t.shipping_option_id, t.shipping_method_name,
       t.shipping_amount, t.raw_shipping_amount, t.shipping_tax_lines, t.shipping_adjustments,
       t.terms,
       CASE WHEN s.status <> 'draft' THEN s.created + interval '1 hour' END,
       CASE WHEN s.status = 'accepted' THEN s.created + interval '3 days' END,
       CASE WHEN s.status = 'declined' THEN s.created + interval '3 days' END,
       CASE WHEN s.status = 'cancelled' THEN s.created + interval '2 days' END,
       CASE WHEN s.status = 'expired' THEN s.created + interval '60 days' END,
       CASE WHEN s.status IN ('viewed', 'accepted', 'declined') THEN s.created + interval '1 day' END,
       s.created, s.created
     FROM portal_quote t, generate_series(1, $6::int) n,
     LATERAL (SELECT
       (ARRAY['draft', 'sent', 'sent', 'sent', 'sent', 'sent', 'viewed', 'viewed', 'viewed',
              'accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted',
              'declined', 'declined', 'expired', 'expired', 'cancelled'])[n % 20 + 1] AS cycled,
       now() - interval '1 day' - ((n * 7919) % (730 * ${DAY_MINUTES})) * interval '1 minute' AS created
     ) c,
     LATERAL (SELECT c.created, CASE
       WHEN c.cycled IN ('sent', 'viewed') AND c.created + interval '60 days' <= now() THEN 'expired'
       ELSE c.cycled END AS status
     ) s
     WHERE t.id = $1::text`,
    [template, prefix, customerId, email, companyId, count]
  )
  // The template's lines (three required, one optional) on every copy.
  await client.query(
    `INSERT INTO portal_quote_item (id, variant_id, product_id, sku, thumbnail, title, description,
       quantity, unit_price, raw_unit_price, discount_percent, is_optional, is_selected, position,
       product_type_id, tax_lines, adjustments, quote_id, created_at, updated_at)
     SELECT 'quoitem_' || substr(q.id, 5) || '_' || substr(i.id, 9), i.variant_id, i.product_id, i.sku,
       i.thumbnail, i.title, i.description, i.quantity, i.unit_price, i.raw_unit_price,
       i.discount_percent, i.is_optional, i.is_selected, i.position, i.product_type_id,
       i.tax_lines, i.adjustments, q.id, q.created_at, q.created_at
     FROM portal_quote q JOIN portal_quote_item i ON i.quote_id = $1::text AND i.deleted_at IS NULL
     WHERE q.id LIKE $2::text || '%'`,
    [template, prefix]
  )
  // A live link for every sent or viewed quote (only its hash is stored).
  await client.query(
    `INSERT INTO portal_quote_link (id, token_hash, expires_at, quote_id, created_at, updated_at)
     SELECT 'quolink_' || substr(id, 5), encode(sha256(convert_to(id, 'UTF8')), 'hex'),
       valid_until, id, sent_at, sent_at
     FROM portal_quote WHERE id LIKE $1::text || '%' AND status IN ('sent', 'viewed')`,
    [prefix]
  )
}

/**
 * Up to `total` quotes: the member's company's MEMBER_RECORDS (a staff reply on
 * every tenth) and the rest spread; then VACUUM ANALYZE.
 */
export async function bulkInsertQuotes(client, { total, member }) {
  const {
    rows: [{ count, template }],
  } = await client.query(
    `SELECT count(*)::int AS count, min(id) AS template FROM portal_quote WHERE deleted_at IS NULL`
  )
  await insertQuotes(client, {
    template,
    prefix: "quo_member_",
    count: MEMBER_RECORDS,
    customerId: member.customer_id,
    email: member.email,
    companyId: member.company_id,
  })
  await client.query(
    `INSERT INTO portal_quote_message (id, author_type, author_name, body, quote_id, created_at, updated_at)
     SELECT 'quomsg_' || substr(id, 5), 'staff', 'Bench staff', 'Lead time is three weeks.', id,
       created_at + interval '2 days', created_at + interval '2 days'
     FROM portal_quote WHERE id LIKE 'quo_member_%' AND status <> 'draft'
       AND substr(id, 12)::int % 10 = 0`
  )
  const { rows } = await client.query(`SELECT customer_id FROM portal_quote WHERE id = $1`, [
    template,
  ])
  await insertQuotes(client, {
    template,
    prefix: "quo_bulk_",
    count: Math.max(0, total - count - MEMBER_RECORDS),
    customerId: rows[0].customer_id,
    email: null,
    companyId: null,
  })
  await client.query(
    `VACUUM ANALYZE portal_quote, portal_quote_item, portal_quote_link, portal_quote_message`
  )
  const {
    rows: [after],
  } = await client.query(`SELECT count(*)::int AS count FROM portal_quote WHERE deleted_at IS NULL`)
  return after.count
}

// ── the run ─────────────────────────────────────────────────────────────────

/**
 * Called by bench/run.mjs with the server up and the seed's info: measures at
 * the seeded size, bulk-inserts, measures again with the member's paths, reports.
 */
export async function runScale({ base, info, databaseUrl, config, step, signIn, interrupted }) {
  const loads = [["before measuring", loadLine()]]
  const options = { runs: config.scaleRuns, warmup: config.scaleWarmup }
  const admin = { authorization: `Bearer ${await signIn(base, info.admin, "user")}` }
  const store = { "x-publishable-api-key": info.publishable_key }
  const member = {
    "x-publishable-api-key": info.portal_publishable_key,
    "x-portal-company": info.member.company_id,
    authorization: `Bearer ${await signIn(base, info.member, "customer")}`,
  }
  const quotes = quoteEndpoints(base, { admin, store, viewTokens: info.view_tokens })
  const small = await step(`Timing ${quotes.length} endpoints at ${info.quote_count} quotes`, () =>
    timeEndpoints(quotes, options, interrupted)
  )
  if (interrupted()) return 130
  loads.push([`after ${info.quote_count}`, loadLine()])

  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const total = await step(`Bulk-inserting up to ${config.scaleQuotes} quotes in SQL`, () =>
      bulkInsertQuotes(client, { total: config.scaleQuotes, member: info.member })
    )
    if (interrupted()) return 130
    loads.push([`after the bulk insert`, loadLine()])
    const large = await step(`Timing ${quotes.length} endpoints at ${total} quotes`, () =>
      timeEndpoints(quotes, options, interrupted)
    )
    if (interrupted()) return 130
    const members = memberEndpoints(base, member)
    const memberResults = await step(
      `Timing the member's dashboard and quotes list and Medusa's GET /store/orders`,
      () => timeEndpoints(members, options, interrupted)
    )
    if (interrupted()) return 130
    loads.push(["after measuring", loadLine()])
    const explain = config.explain ? await explainLists(client, info.member) : null
    return scaleReport({
      sizes: [info.quote_count, total],
      small,
      large,
      member: memberResults,
      loads,
      runs: options.runs,
      warmup: options.warmup,
      explain,
    })
  } finally {
    await client.end()
  }
}

// ── timing ──────────────────────────────────────────────────────────────────

/** GET `path` and read the whole answer; throws on non-2xx. */
async function get(base, path, headers) {
  const res = await fetch(base + path, { headers })
  const text = await res.text()
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`)
  return text
}

/**
 * `fire(n)` one at a time: `warmup` runs not counted, then `runs` timed from
 * sending to the last byte. Failures are collected, not thrown.
 */
async function timeSequential(fire, { runs, warmup }) {
  const ms = []
  const failures = []
  for (let n = 0; n < warmup + runs; n++) {
    const started = performance.now()
    try {
      await fire(n)
      if (n >= warmup) ms.push(performance.now() - started)
    } catch (error) {
      failures.push(error.message)
    }
  }
  return { ...percentiles(ms), failures }
}

function percentiles(values) {
  const sorted = [...values].sort((x, y) => x - y)
  const at = (p) =>
    sorted.length
      ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
      : NaN
  return { n: sorted.length, p50: at(50), p99: at(99) }
}

/** The admin list as the dashboard asks it (newest first, 20 a page) and the token view. */
export function quoteEndpoints(base, { admin, store, viewTokens }) {
  const list = "/admin/portal/quotes?limit=20&offset=0&order=-created_at"
  return [
    ["admin list, first page", () => get(base, list, admin)],
    ["admin list, status=sent", () => get(base, `${list}&status=sent`, admin)],
    [
      `admin list, q=Q-${SEARCHED_NUMBER}`,
      () => get(base, `${list}&q=Q-${SEARCHED_NUMBER}`, admin),
    ],
    [`admin list, q=${SEARCHED_EMAIL}`, () => get(base, `${list}&q=${SEARCHED_EMAIL}`, admin)],
    [
      `token view, ${viewTokens.length} tokens in turn`,
      (n) => get(base, `/store/portal/quote-links/${viewTokens[n % viewTokens.length]}`, store),
    ],
  ]
}

/**
 * The member's dashboard (the storefront's DashboardPage asks these at once:
 * the contact, open quotes, unread replies, due invoices, recent orders) and
 * quotes list, and Medusa's order list for the same customer.
 */
export function memberEndpoints(base, headers) {
  const dashboard = [
    "/store/portal/me",
    "/store/portal/quotes?status=sent&status=viewed&limit=5",
    "/store/portal/quotes?has_unread=true&limit=1",
    "/store/portal/invoices?status=unpaid&status=overdue&limit=50",
    "/store/portal/orders?limit=5",
  ]
  return [
    [
      "dashboard (5 requests at once)",
      () => Promise.all(dashboard.map((path) => get(base, path, headers))),
    ],
    [
      "GET /store/portal/quotes?limit=20",
      () => get(base, "/store/portal/quotes?limit=20", headers),
    ],
    ["GET /store/orders?limit=20 (Medusa)", () => get(base, "/store/orders?limit=20", headers)],
  ]
}

export async function timeEndpoints(endpoints, options, interrupted) {
  const results = []
  for (const [label, fire] of endpoints) {
    if (interrupted()) break
    results.push({ label, ...(await timeSequential(fire, options)) })
  }
  return results
}

// ── EXPLAIN ─────────────────────────────────────────────────────────────────

/**
 * The statements behind the admin list and the member list, in the shape
 * MikroORM issues them (page, then count), with the searched values; printed
 * with BENCH_EXPLAIN=1 at the large size.
 */
export async function explainLists(client, member) {
  const live = `deleted_at IS NULL`
  const page = `ORDER BY created_at DESC LIMIT 20`
  const company = `company_id = '${member.company_id}' AND status <> 'draft' AND ${live}`
  const statements = [
    ["first page", `SELECT * FROM portal_quote WHERE ${live} ${page}`],
    ["first page, count", `SELECT count(*) FROM portal_quote WHERE ${live}`],
    ["status=sent", `SELECT * FROM portal_quote WHERE status = 'sent' AND ${live} ${page}`],
    ["status=sent, count", `SELECT count(*) FROM portal_quote WHERE status = 'sent' AND ${live}`],
    [
      "number",
      `SELECT * FROM portal_quote WHERE display_number = ${SEARCHED_NUMBER} AND ${live} ${page}`,
    ],
    [
      "email",
      `SELECT * FROM portal_quote WHERE customer_email ILIKE '%${SEARCHED_EMAIL}%' AND ${live} ${page}`,
    ],
    [
      "email, count",
      `SELECT count(*) FROM portal_quote WHERE customer_email ILIKE '%${SEARCHED_EMAIL}%' AND ${live}`,
    ],
    ["member list", `SELECT * FROM portal_quote WHERE ${company} ${page}`],
    ["member list, count", `SELECT count(*) FROM portal_quote WHERE ${company}`],
  ]
  const out = []
  for (const [label, sql] of statements) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)
    out.push(`  ${label}:`, ...rows.map((row) => `    ${row["QUERY PLAN"]}`))
  }
  return out
}

// ── the report ──────────────────────────────────────────────────────────────

export const loadLine = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${cpus().length} CPUs`

const fmt = (value) => (Number.isFinite(value) ? value.toFixed(1) : "n/a")
const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : "n/a"

export function scaleReport({ sizes, small, large, member, loads, runs, warmup, explain }) {
  const problems = []
  const line = "─".repeat(100)
  const [s, l] = sizes
  const out = [
    "",
    line,
    `Scale run: ${s} quotes, then ${l} (bulk-inserted), same server; one request at a time,`,
    `${runs} timed after ${warmup} warm-up per endpoint (ms)`,
    `  machine   ${process.platform} ${process.arch}, Node ${process.version}`,
    ...loads.map(([label, load]) => `            ${load} (${label})`),
    "",
    `  ${"endpoint".padEnd(40)}${`p50@${s}`.padStart(10)}${`p99@${s}`.padStart(10)}${`p50@${l}`.padStart(12)}${`p99@${l}`.padStart(12)}${"p50 ratio".padStart(11)}${"p99 ratio".padStart(11)}`,
  ]
  for (const [n, a] of small.entries()) {
    const b = large[n]
    out.push(
      `  ${a.label.padEnd(40)}${fmt(a.p50).padStart(10)}${fmt(a.p99).padStart(10)}${fmt(b?.p50).padStart(12)}${fmt(b?.p99).padStart(12)}${ratio(b?.p50, a.p50).padStart(11)}${ratio(b?.p99, a.p99).padStart(11)}`
    )
  }
  out.push(
    `  (ratio: ${l} / ${s}; the number and email searched are the same at both sizes, so are the tokens)`,
    "",
    `  Member of a company with ${MEMBER_RECORDS} quotes (${l} in all) vs Medusa for a customer with ${MEMBER_RECORDS} orders:`,
    `  ${"endpoint".padEnd(40)}${"p50".padStart(10)}${"p99".padStart(10)}${"p50 / Medusa".padStart(14)}${"p99 / Medusa".padStart(14)}`
  )
  const medusa = member[member.length - 1]
  for (const r of member) {
    out.push(
      `  ${r.label.padEnd(40)}${fmt(r.p50).padStart(10)}${fmt(r.p99).padStart(10)}${(r === medusa ? "" : ratio(r.p50, medusa?.p50)).padStart(14)}${(r === medusa ? "" : ratio(r.p99, medusa?.p99)).padStart(14)}`
    )
  }
  for (const r of [...small, ...large, ...member]) {
    if (r.failures.length)
      problems.push(`${r.label}: ${r.failures.length} failed, first: ${r.failures[0]}`)
  }
  if (explain) out.push("", `EXPLAIN (ANALYZE, BUFFERS) at ${l} quotes:`, ...explain)
  out.push("")
  if (problems.length) out.push("RUN INVALID:", ...problems.map((p) => `  - ${p}`))
  else out.push("Run valid: every request answered 2xx.")
  out.push(line)
  console.log(out.join("\n"))
  return problems.length ? 1 : 0
}
