// Prints the JavaScript each route loads first, gzip-compressed as a server
// would send it: the entry (the scripts and module preloads index.html names)
// plus the route's lazy chunk and the chunks it imports statically, read from
// Vite's manifest, plus the catalogs of the namespaces its pages read in the
// language whose catalogs weigh most (docs/ARCHITECTURE.md, "Languages"). Then
// every chunk, and fails when a route is over its budget: the quote link 90 KB,
// every other route 120 KB (issue 22), counted in bytes.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"

const QUOTE_LINK_BUDGET = 90 * 1024
const ROUTE_BUDGET = 120 * 1024
/** The catalog namespaces each route's pages read (src/lib/i18n.tsx, useT), beside `common`. */
const NAMESPACES = {
  "/q/:token (quote link)": ["quote"],
  "/sign-in": ["auth"],
  "/forgot-password": ["auth"],
  "/reset-password": ["auth"],
  "/invite/:token": ["auth"],
  "/account (dashboard, profile)": ["account"],
  "/account/quotes…": ["account", "quote"],
  "/account/orders…": ["account", "orders", "documents"],
  "/account/invoices…": ["account", "invoices"],
  "/account/documents": ["account", "documents"],
  "/account/work-requests…": ["account", "work-requests", "documents"],
  "/account/conversations…": ["account", "conversations"],
  "/account/catalog… (list, product, cart)": ["account", "catalog"],
  "/account/supplier… (purchase orders, bills)": ["account", "supplier"],
}

/** Each route and the module src/main.tsx loads lazily for it (or the chain of lazy modules). */
const ROUTES = {
  "/q/:token (quote link)": "src/features/quote/link/QuoteLinkRoutes.tsx",
  "/sign-in": "src/features/auth/SignInPage.tsx",
  "/forgot-password": "src/features/auth/ForgotPasswordPage.tsx",
  "/reset-password": "src/features/auth/ResetPasswordPage.tsx",
  "/invite/:token": "src/features/auth/AcceptInvitationPage.tsx",
  "/account (dashboard, profile)": "src/app/AccountRoutes.tsx",
  "/account/quotes…": [
    "src/app/AccountRoutes.tsx",
    "src/features/quote/member/MemberQuotesRoutes.tsx",
  ],
  "/account/orders…": ["src/app/AccountRoutes.tsx", "src/features/orders/OrdersRoutes.tsx"],
  "/account/invoices…": ["src/app/AccountRoutes.tsx", "src/features/invoices/InvoicesRoutes.tsx"],
  "/account/documents": ["src/app/AccountRoutes.tsx", "src/features/documents/DocumentsRoutes.tsx"],
  "/account/work-requests…": [
    "src/app/AccountRoutes.tsx",
    "src/features/work-requests/WorkRequestsRoutes.tsx",
  ],
  "/account/conversations…": [
    "src/app/AccountRoutes.tsx",
    "src/features/conversations/ConversationsRoutes.tsx",
  ],
  "/account/catalog… (list, product, cart)": [
    "src/app/AccountRoutes.tsx",
    "src/features/catalog/CatalogRoutes.tsx",
  ],
  "/account/supplier… (purchase orders, bills)": [
    "src/app/AccountRoutes.tsx",
    "src/features/supplier/SupplierRoutes.tsx",
  ],
}

const dist = new URL("../dist/", import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"))
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const gzip = new Map(
  readdirSync(join(dist, "assets"))
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const source = readFileSync(join(dist, "assets", file))
      return [`assets/${file}`, { raw: source.length, gzip: gzipSync(source, { level: 9 }).length }]
    })
)

/** The files a manifest entry needs before it runs: itself and its static imports, recursively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) closure(imported, seen)
  return seen
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
const entry = closure(entryKey)
const sum = (files) => [...files].reduce((total, file) => total + (gzip.get(file)?.gzip ?? 0), 0)

for (const [file, size] of [...gzip].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(
    `${entry.has(file) ? "entry   " : "lazy    "} ${file.padEnd(44)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)} gzip`
  )
}

/** A route's chunk: by its source, or by name when Vite keyed it as a shared chunk. */
const keyOf = (source) =>
  manifest[source]
    ? source
    : Object.keys(manifest).find(
        (key) =>
          manifest[key].isDynamicEntry &&
          manifest[key].name ===
            source
              .split("/")
              .pop()
              .replace(/\.tsx?$/, "")
      )

/** The catalogs of `namespaces` in the language in which they weigh most, in bytes (gzip). */
function heaviestCatalogs(namespaces) {
  const byLanguage = new Map()
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = key.match(/catalogs\/([^/]+)\/portal\/([^/.]+)\.ts$/)
    if (!match || !namespaces.includes(match[2])) continue
    byLanguage.set(match[1], (byLanguage.get(match[1]) ?? 0) + (gzip.get(chunk.file)?.gzip ?? 0))
  }
  return Math.max(0, ...byLanguage.values())
}

let over = false
console.log(
  `\nInitial JavaScript per route, its catalogs included (gzip, budget ${kb(QUOTE_LINK_BUDGET)} for the quote link, ${kb(ROUTE_BUDGET)} for the others):`
)
for (const [route, sources] of Object.entries(ROUTES)) {
  const keys = [sources].flat().map((source) => [source, keyOf(source)])
  const missing = keys.filter(([, key]) => !key).map(([source]) => source)
  if (missing.length) {
    console.error(`${route}: ${missing.join(", ")} not in the build's manifest`)
    over = true
    continue
  }
  const files = new Set(entry)
  for (const [, key] of keys) closure(key, files)
  const bytes = sum(files) + heaviestCatalogs(["common", ...NAMESPACES[route]])
  const budget = route.startsWith("/q/") ? QUOTE_LINK_BUDGET : ROUTE_BUDGET
  if (bytes > budget) over = true
  console.log(
    `  ${route.padEnd(32)} ${kb(bytes).padStart(10)} ${String(bytes).padStart(7)} B${bytes > budget ? `  over ${budget} B` : ""}`
  )
}
if (over) {
  console.error("A route is over its budget.")
  process.exit(1)
}
