import http from "node:http"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_PERMISSIONS, SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"
import {
  agreementTemplateBody,
  createAdminUser,
  createCustomerToken,
  openMembership,
  createSentQuote,
  createStore,
  quoteBody,
  settle,
} from "../helpers/fixtures"
import {
  changedTables,
  DbSnapshot,
  discoverRoutes,
  DiscoveredRoute,
  mapPool,
  mulberry32,
  pick,
  Random,
  rawRequest,
  RawRequest,
  snapshotDatabase,
} from "../helpers/fuzz"

jest.setTimeout(180_000)

/**
 * Malformed requests against every route of ours (found by scanning
 * src/api/**\/route.ts, so a new route is fuzzed without anyone listing it),
 * with valid credentials so the input reaches our validators, plus some
 * anonymous ones. No answer may be a 5xx, every 4xx is `{ type, message }`,
 * and the database ends exactly as it began. See docs/ARCHITECTURE.md.
 */
const SEED = Number(process.env.FUZZ_SEED || 20261130)
const MAX_REQUESTS = 9000
const CONCURRENCY = 4

/**
 * Tables that change without any input being accepted: the counter of failed
 * quote-link lookups (rate limiting counts refused tokens by design) and
 * Medusa's own workflow execution log.
 */
const VOLATILE_TABLES = /rate_limit|failure|^workflow_execution$/

const NUL = "\u0000"
const LONE_HIGH = "\ud800"
const LONE_LOW = "\udfff"
const BAD_TEXT = [NUL, LONE_HIGH, LONE_LOW, `a${NUL}b`, "\ud83d", `x${LONE_LOW}y`, NUL.repeat(3)]

/** Path ids no route should take: undecodable, NUL, traversal, overlong, lone surrogate. */
const BAD_IDS = [
  "%C0%AE",
  "%00",
  "abc%00def",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "..",
  "%ED%A0%80",
  "%FF",
  "%",
  "a%20b",
  "x".repeat(5000),
]

const BAD_QUERIES = [
  "q=%00",
  "q=a%00b",
  "q=%ED%A0%80",
  `q=${"a".repeat(500)}`,
  "limit=-1",
  "offset=-5",
  "limit=abc",
  "limit=1e999",
  "limit=99999999999999999999",
  "offset=1.5",
  "limit=",
  "limit[]=1&limit[]=2",
  "order=nope",
  "order=-nope",
  "order=%00",
  "order[x]=1",
  "fields=nope",
  "fields=*nope",
  "fields=%00",
  "a.b.c=1",
  "status=%00",
  "customer_id=%ED%A0%80",
  "%00=1",
]

/** Raw JSON text put where a number goes: out of every range of ours, or not a number. */
const BAD_NUMBERS = [
  "-1",
  "1e999",
  "-1e999",
  "9007199254740993",
  '"12"',
  '"NaN"',
  '"Infinity"',
  "true",
  "[]",
  "{}",
  "-0.000001",
  "1e308",
]
/** Raw JSON text put where a boolean goes. */
const BAD_BOOLEANS = ['"true"', "1", "0", '"yes"', "[]", "{}", '"\\u0000"']

/** Percent-encodes text, lone surrogates too (as their 3-byte CESU-8 form, which is not UTF-8). */
const percentEncode = (text: string) =>
  [...text]
    .map((char) => {
      const unit = char.charCodeAt(0)
      if (unit < 0xd800 || unit > 0xdfff || char.length === 2) return encodeURIComponent(char)
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join("")
    })
    .join("")

const RAW = "\u0001raw\u0001"
const json = (value: unknown, raw?: string) => {
  const text = JSON.stringify(value)
  return raw === undefined ? text : text.replace(JSON.stringify(RAW), raw)
}

type Leaf = { path: (string | number)[]; value: unknown }

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, [...path, Array.isArray(value) ? Number(key) : key])
    )
  }
  return [{ path, value }]
}

function withLeaf(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>
  let node = copy
  path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>))
  node[path[path.length - 1]] = value
  return copy
}

function placeBadText(random: Random, original: string, bad: string): string {
  const at = Math.floor(random() * (original.length + 1))
  return pick(random, [
    bad,
    `${bad}${original}`,
    `${original}${bad}`,
    original.slice(0, at) + bad + original.slice(at),
  ])
}

const JSON_HEADERS = { "content-type": "application/json" }
const BOUNDARY = "fuzzboundary"

function multipart(
  parts: { field?: string; filename?: string; type?: string; data: string | Buffer }[],
  boundary = BOUNDARY
): Buffer {
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition =
      part.field === undefined
        ? ""
        : `Content-Disposition: form-data; name="${part.field}"` +
          (part.filename === undefined ? "" : `; filename="${part.filename}"`) +
          "\r\n"
    chunks.push(
      Buffer.from(
        `--${boundary}\r\n${disposition}` +
          (part.type ? `Content-Type: ${part.type}\r\n` : "") +
          "\r\n",
        "latin1"
      ),
      Buffer.from(part.data),
      Buffer.from("\r\n")
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return Buffer.concat(chunks)
}

const PDF = Buffer.from("%PDF-1.7\n%fuzz\n%%EOF\n")
const pdfPart = (field = "file") => ({
  field,
  filename: "agreement.pdf",
  type: "application/pdf",
  data: PDF,
})

/** Everything wrong a multipart upload can be; the verify route must answer 4xx to each. */
function multipartCases(): { label: string; headers: Record<string, string>; body: Buffer }[] {
  const type = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` }
  const complete = multipart([pdfPart()])
  return [
    {
      label: "multipart: file over the size limit",
      headers: type,
      body: multipart([{ ...pdfPart(), data: Buffer.alloc(25 * 1024 * 1024 + 1, 0x20) }]),
    },
    { label: "multipart: wrong field name", headers: type, body: multipart([pdfPart("document")]) },
    { label: "multipart: two files", headers: type, body: multipart([pdfPart(), pdfPart()]) },
    {
      label: "multipart: truncated body",
      headers: type,
      body: complete.subarray(0, complete.length - 20),
    },
    {
      label: "multipart: truncated in the headers",
      headers: type,
      body: complete.subarray(0, 40),
    },
    {
      label: "multipart: no boundary",
      headers: { "content-type": "multipart/form-data" },
      body: complete,
    },
    {
      label: "multipart: boundary mismatch",
      headers: { "content-type": "multipart/form-data; boundary=other" },
      body: complete,
    },
    { label: "multipart: empty body", headers: type, body: Buffer.alloc(0) },
    {
      label: "multipart: part without disposition",
      headers: type,
      body: multipart([{ data: PDF, type: "application/pdf" }]),
    },
    {
      label: "multipart: NUL in the file name",
      headers: type,
      body: multipart([{ ...pdfPart(), filename: `a${NUL}.pdf` }]),
    },
    {
      label: "multipart: text field only",
      headers: type,
      body: multipart([{ field: "note", data: `x${NUL}` }]),
    },
    {
      label: "multipart: a thousand parts",
      headers: type,
      body: multipart(Array.from({ length: 1000 }, (_, i) => ({ field: `f${i}`, data: "x" }))),
    },
    {
      label: "multipart: garbage",
      headers: type,
      body: Buffer.from("\u0000\u0001garbage--\r\n\r\n", "latin1"),
    },
  ]
}

type FuzzCase = RawRequest & { route: string; label: string }

medusaIntegrationTestRunner({
  inApp: true,
  // Refused tokens count towards the per-address lookup limit; keep it out of
  // reach so valid-token cases still reach the validators.
  env: { PORTAL_LINK_FAILURE_LIMIT: "1000000" },
  testSuite: ({ api, getContainer }) => {
    it("answers every malformed request to our routes with a 4xx and changes nothing", async () => {
      const container = getContainer()
      const random = mulberry32(SEED)
      const { user, headers: admin } = await createAdminUser(container)
      const store = await createStore(container)
      // The store's customer is a contact of one company, a customer and a supplier, with every
      // permission, so member routes of both sides reach their validators.
      const company = await api.post(
        "/admin/portal/companies",
        { name: "Fuzz Buyer Co", is_customer: true, is_supplier: true },
        admin
      )
      const everything = await api.post(
        "/admin/portal/teams",
        { name: "Everything", permissions: [...CUSTOMER_PERMISSIONS, ...SUPPLIER_PERMISSIONS] },
        admin
      )
      const added = await api.post(
        `/admin/portal/companies/${company.data.company.id}/members`,
        { customer_id: store.customer.id, team_ids: [everything.data.team.id] },
        admin
      )
      await openMembership(container, added.data.member.id)
      const member = {
        ...store.storeHeaders.headers,
        authorization: `Bearer ${await createCustomerToken(container, store.customer.id, store.customer.email)}`,
      }
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const { quote, token } = await createSentQuote(api, admin, store)
      const optional = quote.items.find((item: { is_optional: boolean }) => item.is_optional)

      // Well-formed ids nothing has, so procurement routes get past their path checks.
      const PO_ID = "po_01FUZZFUZZFUZZFUZZFUZZFUZZ"
      const LINE_ID = "poline_01FUZZFUZZFUZZFUZZFUZZFUZZ"
      const poLines = [
        { variant_id: "variant_01FUZZFUZZFUZZFUZZFUZZFUZZ", quantity: 2, unit_cost: 12.5 },
      ]
      const idFor = (path: string) =>
        path.includes("/quotes/")
          ? quote.id
          : path.includes("/agreement-templates/")
            ? template.data.agreement_template.id
            : path.includes("/invoices/")
              ? "inv_01FUZZFUZZFUZZFUZZFUZZFUZZ"
              : path.includes("/purchase-orders/")
                ? PO_ID
                : path.includes("/supplier-bills/")
                  ? "sbill_01FUZZFUZZFUZZFUZZFUZZFUZZ"
                  : path.includes("/documents/")
                    ? "pdoc_01FUZZFUZZFUZZFUZZFUZZFUZZ"
                    : path.includes("/document-requests/")
                      ? "pdreq_01FUZZFUZZFUZZFUZZFUZZFUZZ"
                      : path.includes("/work-requests/")
                        ? "pwreq_01FUZZFUZZFUZZFUZZFUZZFUZZ"
                        : path.includes("/conversations/")
                          ? "pconv_01FUZZFUZZFUZZFUZZFUZZFUZZ"
                          : "fuzz_01FUZZFUZZFUZZFUZZFUZZFUZZ"
      const paramValue = (route: DiscoveredRoute, param: string) =>
        ({
          id: idFor(route.path),
          item_id: quote.items[0].id,
          token,
          invoice_id: "inv_01FUZZFUZZFUZZFUZZFUZZFUZZ",
          document_id: "pdoc_01FUZZFUZZFUZZFUZZFUZZFUZZ",
        })[param] ?? "fuzz_01FUZZFUZZFUZZFUZZFUZZFUZZ"
      const fill = (route: DiscoveredRoute, replace?: { param: string; value: string }) =>
        route.path.replace(/:(\w+)/g, (_, param: string) =>
          replace?.param === param ? replace.value : paramValue(route, param)
        )
      const TOKEN_ROUTES = ["/store/portal/quote-links", "/store/portal/invitations"]
      const authFor = (path: string) =>
        path.startsWith("/admin")
          ? admin.headers
          : TOKEN_ROUTES.some((prefix) => path.startsWith(prefix))
            ? store.storeHeaders.headers
            : member

      const item = { title: "Toner", description: "Black", quantity: 3, unit_price: 80 }
      const validUntil = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
      const selection = { selected_item_ids: [optional.id] }
      /** A valid-looking body per route; a route not listed gets a generic one. */
      const BODIES: Record<string, unknown> = {
        "POST /admin/portal/quotes": quoteBody(store),
        "POST /admin/portal/quotes/:id": {
          terms: "Net 60.",
          internal_note: "note",
          deposit_percent: 20,
          valid_until: validUntil,
        },
        "POST /admin/portal/quotes/:id/items": { items: [item] },
        "POST /admin/portal/quotes/:id/items/:item_id": item,
        "POST /admin/portal/quotes/:id/messages": { body: "Any update?" },
        "POST /admin/portal/agreement-templates": agreementTemplateBody(),
        "POST /admin/portal/agreement-templates/:id": {
          name: "Renamed",
          body: "Hello {{customer.first_name}}",
        },
        "POST /admin/portal/agreement-templates/preview": {
          name: "Preview",
          body: "Hello {{customer.first_name}}",
        },
        "POST /admin/portal/settings": {
          display_name: "Acme",
          primary_color: "#1d4ed8",
          default_validity_days: 30,
          default_deposit_percent: 25,
          consent_text: "I agree",
          logo_url: "https://example.com/logo.png",
          notification_recipients: {
            quote_viewed: [user.id],
            order_placed: { user_ids: [user.id], staff_group_ids: [], template: "fuzz-template" },
          },
          stock_display: "indication",
          low_stock_threshold: 3,
          show_incoming: true,
          allow_quote_requests: true,
          allow_place_order: false,
          hide_prices: true,
          portal_discount_percent: 5,
          documents_enabled: true,
        },
        "POST /admin/portal/staff-groups": { name: "Fuzz group", user_ids: [user.id] },
        "POST /admin/portal/staff-groups/:id": { name: "Fuzz group 2", user_ids: [] },
        "POST /admin/portal/companies": {
          name: "Fuzz Co",
          allow_portal: true,
          is_customer: true,
          is_supplier: false,
          discount_percent: 5,
        },
        "POST /admin/portal/companies/:id": { name: "Fuzz Co 2", allow_portal: false },
        "POST /admin/portal/companies/:id/members": {
          customer: { email: "fuzz@acme.test", first_name: "Fuzz", last_name: "Buyer" },
          team_ids: ["pteam_01FUZZFUZZFUZZFUZZFUZZFUZZ"],
        },
        "POST /admin/portal/companies/:id/members/:member_id": {
          status: "disabled",
          team_ids: ["pteam_01FUZZFUZZFUZZFUZZFUZZFUZZ"],
        },
        "POST /admin/portal/teams": { name: "Fuzz team", permissions: ["quotes.view"] },
        "POST /admin/portal/teams/:id": { name: "Fuzz team 2", permissions: ["orders.view"] },
        "POST /store/portal/invitations/accept": {
          // A well-formed token no invitation has: refused with the neutral 404.
          token,
          password: "a fuzzing password",
          first_name: "Fuzz",
          last_name: "Buyer",
        },
        "POST /store/portal/me": {
          first_name: "Fuzz",
          last_name: "Buyer",
          phone: "+1 555 0100",
          marketing_opt_in: true,
          emails: { quotes: false, orders: true },
        },
        "POST /store/portal/quotes/:id/selection": selection,
        "POST /store/portal/quotes/:id/accept": selection,
        "POST /store/portal/quotes/:id/decline": { reason: "Too expensive" },
        "POST /store/portal/quotes/:id/messages": { body: "When?" },
        "POST /store/portal/quotes/:id/sign": {
          ...selection,
          signer_name: "Bea Buyer",
          signature: "data:image/png;base64,iVBORw0KGgo=",
          consent: true,
        },
        "POST /store/portal/quote-links/:token/selection": selection,
        "POST /store/portal/quote-links/:token/accept": selection,
        "POST /store/portal/quote-links/:token/decline": { reason: "Too expensive" },
        "POST /store/portal/quote-links/:token/messages": { body: "When?", author_name: "Bea" },
        "POST /store/portal/quote-links/:token/sign": {
          ...selection,
          signer_name: "Bea Buyer",
          signer_email: "bea@acme.test",
          signature: "data:image/png;base64,iVBORw0KGgo=",
          consent: true,
        },
        "POST /store/portal/quote-links/:token/invoices/:invoice_id/payment-sessions": {
          provider_id: "pp_system_default",
          data: { note: "x" },
        },
        "POST /store/portal/quote-links/:token/invoices/:invoice_id/pay": {
          payment_session_id: "payses_fuzz",
        },
        "POST /store/portal/invoices/:id/payment-sessions": {
          provider_id: "pp_system_default",
          data: { note: "x" },
        },
        "POST /store/portal/invoices/:id/pay": { payment_session_id: "payses_fuzz" },
        "POST /store/portal/cart-company": { cart_id: "cart_01FUZZFUZZFUZZFUZZFUZZFUZZ" },
        "POST /store/portal/quote-requests": {
          cart_id: "cart_01FUZZFUZZFUZZFUZZFUZZFUZZ",
          note: "Please quote",
        },
        "POST /admin/portal/purchase-orders": {
          supplier_company_id: "pcomp_01FUZZFUZZFUZZFUZZFUZZFUZZ",
          stock_location_id: "sloc_01FUZZFUZZFUZZFUZZFUZZFUZZ",
          currency_code: "usd",
          notes: "Dock 2",
          lines: poLines,
        },
        "POST /admin/portal/purchase-orders/:id": { notes: "Dock 3", lines: poLines },
        "POST /admin/portal/purchase-orders/:id/receive": {
          lines: [{ line_id: LINE_ID, quantity: 1 }],
        },
        "POST /admin/portal/purchase-orders/:id/cancel": { reason: "Not needed" },
        "POST /admin/portal/purchase-orders/:id/decline-change": { message: "As ordered" },
        "POST /admin/portal/supplier-bills/:id/reject": { reason: "Wrong amount" },
        "POST /store/portal/purchase-orders/:id/acknowledge": {
          lines: [{ line_id: LINE_ID, promised_at: "2030-01-31" }],
          note: "On time",
        },
        "POST /store/portal/purchase-orders/:id/request-change": { message: "Split delivery?" },
        // The upload's text fields, sent as JSON here; multipartCases() sends broken uploads.
        "POST /store/portal/supplier-bills": {
          purchase_order_id: PO_ID,
          bill_number: "FUZZ-1",
          amount: "10.00",
          due_date: "2030-01-31",
        },
      }
      const GENERIC_BODY = { note: "fuzz", count: 1, tags: ["a"] }

      const cases: FuzzCase[] = []
      for (const route of ROUTES) {
        for (const method of route.methods) {
          const name = `${method} ${route.path}`
          const path = fill(route)
          const headers = authFor(route.path)
          const ownCases: FuzzCase[] = []
          const add = (label: string, request: Partial<RawRequest>) =>
            ownCases.push({ route: name, label, method, path, headers, ...request })
          const sendsBody = method !== "GET"
          const body = BODIES[name] ?? GENERIC_BODY
          const jsonCase = (label: string, text: string, extra: Record<string, string> = {}) =>
            add(label, { headers: { ...headers, ...JSON_HEADERS, ...extra }, body: text })

          for (const param of route.params) {
            for (const bad of BAD_IDS) {
              add(`path :${param}=${bad.slice(0, 20)}`, {
                path: fill(route, { param, value: bad }),
                ...(sendsBody
                  ? { headers: { ...headers, ...JSON_HEADERS }, body: json(body) }
                  : {}),
              })
            }
          }
          for (const query of BAD_QUERIES) {
            add(`query ${query.slice(0, 30)}`, {
              path: `${path}?${query}`,
              ...(sendsBody ? { headers: { ...headers, ...JSON_HEADERS }, body: json(body) } : {}),
            })
          }
          for (let i = 0; i < 6; i++) {
            const bad = pick(random, BAD_TEXT)
            add(`query random text #${i}`, {
              path: `${path}?${pick(random, ["q", "fields", "order", "status", "x"])}=${percentEncode(
                placeBadText(random, "abc", bad)
              )}`,
            })
          }

          if (sendsBody) {
            for (const leaf of leaves(body)) {
              const at = leaf.path.join(".")
              if (typeof leaf.value === "string") {
                for (const bad of [NUL, LONE_HIGH, pick(random, BAD_TEXT)]) {
                  jsonCase(
                    `body ${at} with ${JSON.stringify(bad)}`,
                    json(withLeaf(body, leaf.path, placeBadText(random, leaf.value, bad)))
                  )
                }
              }
              if (typeof leaf.value === "number" || typeof leaf.value === "boolean") {
                for (let i = 0; i < 3; i++) {
                  const raw = pick(
                    random,
                    typeof leaf.value === "number" ? BAD_NUMBERS : BAD_BOOLEANS
                  )
                  jsonCase(`body ${at}=${raw}`, json(withLeaf(body, leaf.path, RAW), raw))
                }
              }
            }
            jsonCase("body key with NUL", json({ ...(body as object), [`k${NUL}`]: 1 }))
            jsonCase("body key lone surrogate", json({ ...(body as object), [LONE_HIGH]: 1 }))
            jsonCase("body nested 5,000 levels", '{"a":'.repeat(5000) + "1" + "}".repeat(5000))
            jsonCase("body arrays 5,000 deep", `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`)
            jsonCase(
              "body nested 64 levels in a field",
              json(
                withLeaf(body, leaves(body)[0].path, RAW),
                '{"a":'.repeat(64) + "1" + "}".repeat(64)
              )
            )
            jsonCase("body top-level array", json([body]))
            jsonCase("body top-level string", json("text"))
            jsonCase("body null", "null")
            jsonCase("body invalid JSON", '{"a":')
            jsonCase("body unquoted keys", "{a:1}")
            jsonCase("body trailing brace", `${json(body)}}`)
            jsonCase("body 150 KB", json({ ...(body as object), pad: "x".repeat(150 * 1024) }))
            jsonCase("body 3 MB", json({ ...(body as object), pad: "x".repeat(3 * 1024 * 1024) }))
            jsonCase("body latin1 charset", json(body), {
              "content-type": "application/json; charset=latin1",
            })
            jsonCase(
              "body invalid UTF-8",
              Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString(
                "latin1"
              )
            )
            add("body as text/plain", {
              headers: { ...headers, "content-type": "text/plain" },
              body: json(body),
            })
            add("body form-urlencoded", {
              headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
              body: "note=%00&count=1&a[b][c][d][e][f][g]=1",
            })
            add("body application/xml", {
              headers: { ...headers, "content-type": "application/xml" },
              body: "<a>1</a>",
            })
            add("body without content type", { headers, body: json(body) })
            if (!route.upload) {
              add("body multipart on a JSON route", {
                headers: {
                  ...headers,
                  "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
                },
                body: multipart([pdfPart()]),
              })
            }
          }
          // A route file's upload is its write (its GET, if any, reads no body).
          if (route.upload && sendsBody) {
            for (const upload of multipartCases()) {
              add(upload.label, { headers: { ...headers, ...upload.headers }, body: upload.body })
            }
          }
          // A few of each route's cases again without credentials.
          const anonymous = [0, Math.floor(ownCases.length / 2), ownCases.length - 1]
          for (const index of new Set(anonymous)) {
            const original = ownCases[index]
            const {
              authorization: _a,
              "x-publishable-api-key": _k,
              ...rest
            } = original.headers ?? {}
            ownCases.push({ ...original, label: `${original.label} (anonymous)`, headers: rest })
          }
          cases.push(...ownCases)
        }
      }

      expect(ROUTES.length).toBeGreaterThan(20)
      expect(cases.length).toBeGreaterThanOrEqual(1000)
      expect(cases.length).toBeLessThanOrEqual(MAX_REQUESTS)

      const before = await settledSnapshot(() => snapshotDatabase(container, VOLATILE_TABLES))
      const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
      const baseUrl = api.defaults.baseURL as string
      const results = await mapPool(cases, CONCURRENCY, async (fuzzCase) => {
        try {
          return { fuzzCase, response: await rawRequest(baseUrl, fuzzCase, agent) }
        } catch (error) {
          return { fuzzCase, error: error as Error }
        }
      })
      agent.destroy()
      const after = await snapshotDatabase(container, VOLATILE_TABLES)

      const histogram: Record<string, number> = {}
      const failures: string[] = []
      const accepted: string[] = []
      for (const { fuzzCase, response, error } of results) {
        const where = `${fuzzCase.route} [${fuzzCase.label}]`
        const status = response?.status ?? 0
        histogram[status] = (histogram[status] ?? 0) + 1
        if (!response) {
          failures.push(`${where}: no response (${error?.message})`)
        } else if (status >= 500) {
          failures.push(`${where}: ${status} ${response.text.slice(0, 200)}`)
        } else if (status >= 400) {
          const body = response.json
          // Medusa's authenticate answers an anonymous admin request with a bare
          // `{ message }` 401 before any code of ours runs; only that is exempt.
          const medusaAuth = status === 401 && body?.message === "Unauthorized"
          if (
            !medusaAuth &&
            (typeof body?.type !== "string" || typeof body?.message !== "string")
          ) {
            failures.push(
              `${where}: ${status} without { type, message }: ${response.text.slice(0, 200)}`
            )
          }
        } else {
          accepted.push(`${where}: ${status}`)
        }
      }
      console.log(
        [
          `fuzz: seed ${SEED} (FUZZ_SEED), ${cases.length} requests over ${ROUTES.length} routes`,
          `status histogram: ${JSON.stringify(histogram)}`,
          ...(accepted.length ? ["accepted (2xx/3xx):", ...accepted] : []),
        ].join("\n")
      )
      expect(failures).toEqual([])
      expect(accepted).toEqual([])
      expect(changedTables(before, after)).toEqual([])
    })

    it("marks our responses nosniff, errors included", async () => {
      const { headers: admin } = await createAdminUser(getContainer())
      const store = await createStore(getContainer())
      const responses = await Promise.all([
        settle(api.get("/admin/portal/quotes", admin)),
        settle(api.get("/admin/portal/quotes/quote_missing", admin)),
        settle(api.get("/admin/portal/quotes?limit=-1", admin)),
        settle(api.get(`/store/portal/quote-links/${"x".repeat(43)}`, store.storeHeaders)),
        settle(
          api.post(
            `/store/portal/quote-links/${"x".repeat(43)}/decline`,
            { reason: NUL },
            store.storeHeaders
          )
        ),
      ])
      expect(responses.map((res) => res.status)).toEqual([200, 404, 400, 404, 400])
      for (const res of responses) {
        expect(res.headers["x-content-type-options"]).toBe("nosniff")
      }
    })
  },
})

const ROUTES = discoverRoutes(join(__dirname, "../../src/api"))

/** Snapshots until two in a row agree, so background work from the set-up is not counted. */
async function settledSnapshot(take: () => Promise<DbSnapshot>): Promise<DbSnapshot> {
  let previous = await take()
  for (let attempt = 0; attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const current = await take()
    if (!changedTables(previous, current).length) return current
    previous = current
  }
  return previous
}
