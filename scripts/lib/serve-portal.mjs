// A small static server for the built storefront portal (storefront-portal/dist),
// used by `npm run demo` and the browser tests:
//
//   - files with their content type; /assets/* (content-hashed by Vite) cached for a year;
//   - every other path without a file (/q/<token>, /q/<token>/sign, …) gets index.html,
//     so the client-side router can take over;
//   - index.html carries the runtime config, `window.__PORTAL_CONFIG__ = {…}`, injected
//     right before </head>, so one build serves any backend and publishable key.
//
// No proxy: the portal calls the Medusa backend directly, which allows the portal's
// origin through STORE_CORS.
import { createReadStream } from "node:fs"
import { readFile, stat } from "node:fs/promises"
import http from "node:http"
import { extname, join, resolve, sep } from "node:path"
import { CONTENT_TYPES, contentType, listen } from "./http-server.mjs"

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // Quote links carry their secret in the path.
  "Referrer-Policy": "no-referrer",
}

/**
 * The `<script>` that hands the runtime config to the app. `<` is escaped so no
 * value can close the script element; U+2028/9 so old parsers keep it one line.
 */
export function configScript(config) {
  // The store's language (the server's PORTAL_LOCALE) for pages whose reader is not known.
  const language = process.env.PORTAL_LOCALE?.split(/[-_]/)[0]
  const json = JSON.stringify({ ...(language ? { defaultLanguage: language } : {}), ...config })
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
  return `<script>window.__PORTAL_CONFIG__ = ${json}</script>`
}

/** index.html with the config script placed right before </head>. */
export function injectConfig(html, config) {
  const script = configScript(config)
  const at = html.search(/<\/head>/i)
  return at === -1 ? `${script}\n${html}` : `${html.slice(0, at)}${script}\n${html.slice(at)}`
}

/**
 * Serves `root` (the Vite build) on `port` (0 picks a free one).
 *
 * @param {{ root: string, port?: number, host?: string,
 *   config: { backendUrl: string, publishableKey: string, stripePublishableKey?: string }
 *     | (() => { backendUrl: string, publishableKey: string, stripePublishableKey?: string }) }} options
 *   `config` may be a function, read on every page request (the tests learn the
 *   backend's address only after the portal's own URL is fixed).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function servePortal({ root, port = 0, host, config }) {
  const base = resolve(root)
  const indexFile = join(base, "index.html")
  // Fails early, with a hint, when the storefront has not been built.
  await stat(indexFile).catch(() => {
    throw new Error(
      `${indexFile} is missing: build the storefront first (npm run build -w storefront-portal).`
    )
  })
  const currentConfig = typeof config === "function" ? config : () => config

  async function sendIndex(req, res) {
    const html = await readFile(indexFile, "utf8")
    const body = Buffer.from(injectConfig(html, currentConfig()))
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": CONTENT_TYPES[".html"],
      "Content-Length": body.length,
      // The config can change between runs; the page itself is tiny.
      "Cache-Control": "no-store",
    })
    res.end(req.method === "HEAD" ? undefined : body)
  }

  async function handle(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: "GET, HEAD" }).end()
      return
    }
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://portal").pathname)
    } catch {
      res
        .writeHead(400, { ...SECURITY_HEADERS, "Content-Type": CONTENT_TYPES[".txt"] })
        .end("Bad request")
      return
    }
    if (pathname.includes("\0")) {
      res
        .writeHead(400, { ...SECURITY_HEADERS, "Content-Type": CONTENT_TYPES[".txt"] })
        .end("Bad request")
      return
    }
    // resolve() normalises "..": anything that lands outside the build is not ours to serve.
    const file = resolve(base, `.${pathname}`)
    const inside = file === base || file.startsWith(base + sep)
    const isAsset = pathname.startsWith("/assets/")

    if (file === indexFile || file === base) {
      await sendIndex(req, res)
      return
    }
    if (inside) {
      const info = await stat(file).catch(() => null)
      if (info?.isFile()) {
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          "Content-Type": contentType(extname(file)),
          "Content-Length": info.size,
          "Cache-Control": isAsset ? "public, max-age=31536000, immutable" : "no-cache",
        })
        if (req.method === "HEAD") {
          res.end()
          return
        }
        createReadStream(file)
          .on("error", () => res.destroy())
          .pipe(res)
        return
      }
    }
    // A missing asset (or a file-looking path) is a real 404, never the app shell:
    // a browser would otherwise try to run HTML as JavaScript.
    if (!inside || isAsset || extname(pathname)) {
      res
        .writeHead(404, { ...SECURITY_HEADERS, "Content-Type": CONTENT_TYPES[".txt"] })
        .end("Not found")
      return
    }
    await sendIndex(req, res)
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) {
        res.writeHead(500, { ...SECURITY_HEADERS, "Content-Type": CONTENT_TYPES[".txt"] })
      }
      res.end(`Internal error: ${error.message}`)
    })
  })

  return listen(server, port, host)
}
