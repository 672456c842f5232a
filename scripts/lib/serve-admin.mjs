// Serves the built Medusa admin dashboard (`medusa build --admin-only`, in
// .medusa/admin) under /app, and proxies every other path (/admin, /auth, /store,
// /static, …) to a Medusa server, so that the dashboard and the API share one
// origin: the dashboard's default backend URL is "/" and its session cookie then
// just works. The browser tests use it, because medusaIntegrationTestRunner boots
// Medusa with the admin disabled.
//
//   - /app/<file>   that file of the build (assets cached, the rest revalidated);
//   - /app/<route>  index.html (the dashboard's client-side router takes over);
//   - /             a redirect to /app;
//   - anything else goes to the backend unchanged (method, path, headers, body),
//     and its answer comes back unchanged, Set-Cookie included.
//
// Node's http module only: no proxy dependency.
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import http from "node:http"
import { extname, join, resolve, sep } from "node:path"
import { CONTENT_TYPES, contentType, listen } from "./http-server.mjs"

export const ADMIN_BASE = "/app"

// Connection-level headers that must not be passed through a proxy (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "upgrade",
])

function withoutHopByHop(headers) {
  const out = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) out[name] = value
  }
  return out
}

function plain(res, status, text) {
  if (!res.headersSent) res.writeHead(status, { "Content-Type": CONTENT_TYPES[".txt"] })
  res.end(text)
}

/**
 * Serves `root` (the admin build) under /app on `port` (0 picks a free one) and
 * proxies the rest to `backend`.
 *
 * @param {{ root: string, backend: string | (() => string), port?: number, host?: string }} options
 *   `backend` is the Medusa server's URL, e.g. http://localhost:9000; it may be a
 *   function, read on every request (the tests know it only once Medusa is up).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 *   `url` is the origin; the dashboard is at `${url}/app`.
 */
export async function serveAdmin({ root, backend, port = 0, host }) {
  const base = resolve(root)
  const indexFile = join(base, "index.html")
  await stat(indexFile).catch(() => {
    throw new Error(
      `${indexFile} is missing: build the admin dashboard first (npx medusa build --admin-only).`
    )
  })
  const currentBackend = typeof backend === "function" ? backend : () => backend
  // Reused connections to Medusa; destroyed on close so nothing keeps the process alive.
  const agent = new http.Agent({ keepAlive: true })

  async function sendFile(req, res, file, { cache }) {
    const info = await stat(file)
    res.writeHead(200, {
      "Content-Type": contentType(extname(file)),
      "Content-Length": info.size,
      "Cache-Control": cache ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    })
    if (req.method === "HEAD") return res.end()
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res)
  }

  async function serveStatic(req, res, pathname) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end()
      return
    }
    const rest = pathname.slice(ADMIN_BASE.length) || "/"
    const file = resolve(base, `.${rest}`)
    const inside = file === base || file.startsWith(base + sep)
    if (inside && file !== base) {
      const info = await stat(file).catch(() => null)
      if (info?.isFile()) {
        await sendFile(req, res, file, { cache: rest.startsWith("/assets/") })
        return
      }
    }
    // A missing asset is a real 404, never the app shell (the browser would run HTML as JS).
    if (!inside || rest.startsWith("/assets/") || extname(rest)) {
      plain(res, 404, "Not found")
      return
    }
    await sendFile(req, res, indexFile, { cache: false })
  }

  function proxy(req, res) {
    const target = new URL(req.url ?? "/", currentBackend())
    const upstream = http.request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        agent,
        headers: {
          ...withoutHopByHop(req.headers),
          host: target.host,
          "x-forwarded-host": req.headers.host ?? "",
          "x-forwarded-proto": "http",
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers))
        answer.pipe(res)
        answer.on("error", () => res.destroy())
      }
    )
    upstream.on("error", (error) => plain(res, 502, `Bad gateway: ${error.message}`))
    req.pipe(upstream)
  }

  async function handle(req, res) {
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://admin").pathname)
    } catch {
      plain(res, 400, "Bad request")
      return
    }
    if (pathname.includes("\0")) {
      plain(res, 400, "Bad request")
      return
    }
    if (pathname === "/") {
      res.writeHead(302, { Location: `${ADMIN_BASE}/` }).end()
      return
    }
    if (pathname === ADMIN_BASE || pathname.startsWith(`${ADMIN_BASE}/`)) {
      await serveStatic(req, res, pathname)
      return
    }
    proxy(req, res)
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => plain(res, 500, `Internal error: ${error.message}`))
  })

  return listen(server, port, host, () => agent.destroy())
}
